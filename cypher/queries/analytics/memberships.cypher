// Who takes part in which context, valid in the time window [$from, $until] (ISO dates or null):
// - EVENT: a role (organiser, participant, speaker, moderator) at an event, one of its parts or
//   agenda items counts for the top-level event; the event itself must fall in the window.
// - UNDERTAKING: a role in a project counts for it and for the programmes/initiatives it is part of.
// - ORGANISATION: a person affiliated with an organisation or one of its units, or a unit, counts
//   for the top-level organisation.
// Every relationship on the way must be valid in the window. Restrict with $actors / $contexts (null = all).
// The query starts from the given actors, or from the possible members of the given contexts (index
// seeks, so the work stays local to them); only without either does it look at every actor.
WITH CASE WHEN $from IS NULL THEN null ELSE date($from) END AS from,
     CASE WHEN $until IS NULL THEN null ELSE date($until) END AS until
CALL () {
  WITH 1 AS whole WHERE $actors IS NULL AND $contexts IS NULL
  MATCH (a:Actor)
  RETURN a
  UNION
  UNWIND coalesce($actors, []) AS key
  MATCH (a:Entity {key: key}) WHERE a:Actor
  RETURN a
  UNION
  // Possible members of a context: actors tied to it, to its parts (sub-events, projects of a
  // programme, units) or to their agenda items. A superset; the branches below decide.
  WITH 1 AS scoped WHERE $actors IS NULL
  UNWIND coalesce($contexts, []) AS key
  MATCH (:Entity {key: key})<-[:PART_OF*0..4]-(part:Entity)
  OPTIONAL MATCH (part)-[:HAS_AGENDA_ITEM]->(item:AgendaItem)
  WITH DISTINCT part, collect(item) AS items
  UNWIND [part] + items AS target
  MATCH (a:Actor)-[:ORGANISED|PARTICIPATED_IN|SPOKE_AT|MODERATED|RESPONSIBLE_FOR|FUNDS|COORDINATES|PARTNER_IN|LEADS|SUPPORTS|AFFILIATED_WITH|PART_OF]->(target)
  RETURN DISTINCT a
}
WITH DISTINCT a, from, until
CALL (a, from, until) {
  MATCH (a)-[r:ORGANISED|PARTICIPATED_IN|SPOKE_AT|MODERATED]->(x)
  WHERE 'EVENT' IN $kinds AND (x:Event OR x:AgendaItem)
    AND (until IS NULL OR coalesce(r.activeFrom, r.validFrom, date('0001-01-01')) <= until) AND (from IS NULL OR coalesce(r.activeUntil, r.validTo, date('9999-12-31')) >= from)
  // An agenda item counts as its event (every owning event, or itself without one); only agenda items
  // are expanded (see analytics/membership-structure.cypher).
  WITH a, r, x, from, until,
       CASE WHEN x:AgendaItem THEN [(x)<-[:HAS_AGENDA_ITEM]-(owner:Event) | owner] ELSE [] END AS owners
  UNWIND CASE WHEN size(owners) = 0 THEN [x] ELSE owners END AS event
  WITH a, r, event, from, until
  WHERE (until IS NULL OR event.startDate <= until) AND (from IS NULL OR coalesce(event.endDate, event.startDate) >= from)
  OPTIONAL MATCH (event)-[:PART_OF*1..4]->(root:Event)
  WHERE NOT (root)-[:PART_OF]->(:Event)
  RETURN [r] AS rels, coalesce(root, event) AS context, 'EVENT' AS kind, event.startDate AS start,
         coalesce(event.endDate, CASE WHEN r.activeUntil < date('9999-12-31') THEN r.activeUntil END, event.startDate) AS end
  UNION ALL
  MATCH (a)-[r:RESPONSIBLE_FOR|FUNDS|COORDINATES|PARTNER_IN|LEADS|SUPPORTS]->(u:Undertaking)
  WHERE 'UNDERTAKING' IN $kinds
    AND (until IS NULL OR coalesce(r.activeFrom, r.validFrom, date('0001-01-01')) <= until) AND (from IS NULL OR coalesce(r.activeUntil, r.validTo, date('9999-12-31')) >= from)
  MATCH p = (u)-[:PART_OF*0..3]->(context:Undertaking)
  // A role cannot outlast the undertaking: its period bounds roles without dates of their own.
  WHERE all(x IN nodes(p) WHERE (until IS NULL OR x.startDate IS NULL OR x.startDate <= until) AND (from IS NULL OR x.endDate IS NULL OR x.endDate >= from))
    AND all(rel IN relationships(p) WHERE (until IS NULL OR coalesce(rel.activeFrom, rel.validFrom, date('0001-01-01')) <= until) AND (from IS NULL OR coalesce(rel.activeUntil, rel.validTo, date('9999-12-31')) >= from))
  RETURN [r] + relationships(p) AS rels, context, 'UNDERTAKING' AS kind, null AS start, null AS end
  UNION ALL
  MATCH (a)-[r:AFFILIATED_WITH|PART_OF]->(o:Organisation)
  WHERE 'ORGANISATION' IN $kinds
    AND (until IS NULL OR coalesce(r.activeFrom, r.validFrom, date('0001-01-01')) <= until) AND (from IS NULL OR coalesce(r.activeUntil, r.validTo, date('9999-12-31')) >= from)
  MATCH p = (o)-[:PART_OF*0..4]->(context:Organisation)
  WHERE NOT (context)-[:PART_OF]->(:Organisation)
    AND all(rel IN relationships(p) WHERE (until IS NULL OR coalesce(rel.activeFrom, rel.validFrom, date('0001-01-01')) <= until) AND (from IS NULL OR coalesce(rel.activeUntil, rel.validTo, date('9999-12-31')) >= from))
  RETURN [r] + relationships(p) AS rels, context, 'ORGANISATION' AS kind, null AS start, null AS end
}
// Undertakings and organisations: where every relationship on the way is active (each is cut to its
// ends' lifespans). Open ends (0001-01-01, 9999-12-31) leave as null.
WITH a, rels, context, kind, from, until,
     coalesce(start, reduce(s = date('0001-01-01'), rel IN rels | CASE WHEN coalesce(rel.activeFrom, rel.validFrom) > s THEN coalesce(rel.activeFrom, rel.validFrom) ELSE s END)) AS start,
     coalesce(end, reduce(e = date('9999-12-31'), rel IN rels | CASE WHEN coalesce(rel.activeUntil, rel.validTo) < e THEN coalesce(rel.activeUntil, rel.validTo) ELSE e END)) AS end
// None when the relationships on the way are never active at once (as in membership-structure.cypher).
WHERE start <= end
WITH a, rels, context, kind, from, until,
     CASE WHEN start > date('0001-01-01') THEN start END AS date,
     CASE WHEN end < date('9999-12-31') THEN end END AS end
WHERE $contexts IS NULL OR context.key IN $contexts
RETURN a.key AS actorKey,
       a.name AS actorName,
       // Names over time, read only when the window has an end: the caller names the actor and the
       // context as they were called then.
       CASE WHEN until IS NULL THEN null ELSE {names: a.nameHistory, from: a.nameHistoryFrom, to: a.nameHistoryTo} END AS actorNameHistory,
       CASE WHEN a:Organisation THEN 'Organisation' ELSE 'Person' END AS actorType,
       CASE WHEN a:Organisation THEN [s IN [a.sector] WHERE s IS NOT NULL]
            ELSE apoc.coll.sort(apoc.coll.toSet([s IN [(a)-[r:AFFILIATED_WITH]->(o:Organisation)
                 WHERE (until IS NULL OR coalesce(r.activeFrom, r.validFrom, date('0001-01-01')) <= until) AND (from IS NULL OR coalesce(r.activeUntil, r.validTo, date('9999-12-31')) >= from)
                 | coalesce(o.sector, head([(o)-[:PART_OF*1..4]->(parent:Organisation) WHERE parent.sector IS NOT NULL | parent.sector]))] WHERE s IS NOT NULL])) END AS actorSectors,
       context.key AS contextKey,
       context.name AS contextName,
       CASE WHEN until IS NULL THEN null ELSE {names: context.nameHistory, from: context.nameHistoryFrom, to: context.nameHistoryTo} END AS contextNameHistory,
       kind AS contextKind,
       [label IN labels(context) WHERE label IN $entityTypes][0] AS contextType,
       CASE WHEN context:Organisation THEN context.sector ELSE null END AS contextSector,
       toString(date) AS date,
       toString(end) AS until,
       [rel IN rels | {type: type(rel), sources: rel.sources, sourceTitles: coalesce(rel.sourceTitles, []), quotes: rel.quotes, locators: coalesce(rel.locators, [])}] AS evidence
ORDER BY actorKey, contextKey
