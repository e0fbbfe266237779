// The structure of the memberships of analytics/memberships.cypher, without evidence or names: one
// row per actor with its sectors and its contexts [contextKey, kind, start, sector of an organisation
// context, end, dated, undertakings just inside the context], dates as YYYYMMDD integers (0: unknown).
// Same rules and parameters as analytics/memberships.cypher (keep the two in step); the co-creation
// network selects its actors from this and reads the evidence of the kept ties afterwards.
// $everyActor: a row for every actor read, with no memberships too (the whole graph's EVENT memberships
// are read apart, by analytics/event-membership-structure.cypher, and need the actors' sectors).
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
OPTIONAL CALL (a, from, until) {
  MATCH (a)-[r:ORGANISED|PARTICIPATED_IN|SPOKE_AT|MODERATED]->(x)
  WHERE 'EVENT' IN $kinds AND (x:Event OR x:AgendaItem)
    AND (until IS NULL OR coalesce(r.activeFrom, r.validFrom, date('0001-01-01')) <= until) AND (from IS NULL OR coalesce(r.activeUntil, r.validTo, date('9999-12-31')) >= from)
  // An agenda item counts as its event (every owning event, or itself without one). Only agenda items
  // are expanded: looking for an owner of every event read all of its participations (948 000 db hits
  // for the whole graph at size M).
  WITH a, r, x, from, until,
       CASE WHEN x:AgendaItem THEN [(x)<-[:HAS_AGENDA_ITEM]-(owner:Event) | owner] ELSE [] END AS owners
  UNWIND CASE WHEN size(owners) = 0 THEN [x] ELSE owners END AS event
  WITH a, r, event, from, until
  WHERE (until IS NULL OR event.startDate <= until) AND (from IS NULL OR coalesce(event.endDate, event.startDate) >= from)
  OPTIONAL MATCH (event)-[:PART_OF*1..4]->(root:Event)
  WHERE NOT (root)-[:PART_OF]->(:Event)
  // The event's days: its end, else the end of the part's active interval (an event of a known month
  // lasts the month), else its start day. An event always dates its memberships.
  RETURN coalesce(root, event) AS context, 'EVENT' AS kind, event.startDate AS start,
         coalesce(event.endDate, CASE WHEN r.activeUntil < date('9999-12-31') THEN r.activeUntil END, event.startDate) AS end,
         1 AS dated, null AS inside
  UNION ALL
  MATCH (a)-[r:RESPONSIBLE_FOR|FUNDS|COORDINATES|PARTNER_IN|LEADS|SUPPORTS]->(u:Undertaking)
  WHERE 'UNDERTAKING' IN $kinds
    AND (until IS NULL OR coalesce(r.activeFrom, r.validFrom, date('0001-01-01')) <= until) AND (from IS NULL OR coalesce(r.activeUntil, r.validTo, date('9999-12-31')) >= from)
  MATCH p = (u)-[:PART_OF*0..3]->(context:Undertaking)
  // A role cannot outlast the undertaking: its period bounds roles without dates of their own.
  WHERE all(x IN nodes(p) WHERE (until IS NULL OR x.startDate IS NULL OR x.startDate <= until) AND (from IS NULL OR x.endDate IS NULL OR x.endDate >= from))
    AND all(rel IN relationships(p) WHERE (until IS NULL OR coalesce(rel.activeFrom, rel.validFrom, date('0001-01-01')) <= until) AND (from IS NULL OR coalesce(rel.activeUntil, rel.validTo, date('9999-12-31')) >= from))
  WITH context, [r] + relationships(p) AS rels, nodes(p) AS path
  // The span is where every relationship on the way is active (each already cut to its ends' lifespans);
  // none when they never are at once (a role that ended before its project joined the programme).
  // Dated when the statement gives a date: the role's own validity or a period of an undertaking on the way.
  WITH context, rels, path,
       reduce(s = date('0001-01-01'), rel IN rels | CASE WHEN coalesce(rel.activeFrom, rel.validFrom) > s THEN coalesce(rel.activeFrom, rel.validFrom) ELSE s END) AS start,
       reduce(e = date('9999-12-31'), rel IN rels | CASE WHEN coalesce(rel.activeUntil, rel.validTo) < e THEN coalesce(rel.activeUntil, rel.validTo) ELSE e END) AS end
  WHERE start <= end
  RETURN context, 'UNDERTAKING' AS kind, start, end,
         CASE WHEN rels[0].validFrom IS NOT NULL OR rels[0].validTo IS NOT NULL OR any(x IN path WHERE x.startDate IS NOT NULL OR x.endDate IS NOT NULL) THEN 1 ELSE 0 END AS dated,
         // The undertaking just inside this context on the way (null for the role's own undertaking):
         // recurrence counts a project and its programme once.
         CASE WHEN size(path) > 1 THEN path[size(path) - 2].key END AS inside
  UNION ALL
  MATCH (a)-[r:AFFILIATED_WITH|PART_OF]->(o:Organisation)
  WHERE 'ORGANISATION' IN $kinds
    AND (until IS NULL OR coalesce(r.activeFrom, r.validFrom, date('0001-01-01')) <= until) AND (from IS NULL OR coalesce(r.activeUntil, r.validTo, date('9999-12-31')) >= from)
  MATCH p = (o)-[:PART_OF*0..4]->(context:Organisation)
  WHERE NOT (context)-[:PART_OF]->(:Organisation)
    AND all(rel IN relationships(p) WHERE (until IS NULL OR coalesce(rel.activeFrom, rel.validFrom, date('0001-01-01')) <= until) AND (from IS NULL OR coalesce(rel.activeUntil, rel.validTo, date('9999-12-31')) >= from))
  WITH context, [r] + relationships(p) AS rels
  WITH context, rels,
       reduce(s = date('0001-01-01'), rel IN rels | CASE WHEN coalesce(rel.activeFrom, rel.validFrom) > s THEN coalesce(rel.activeFrom, rel.validFrom) ELSE s END) AS start,
       reduce(e = date('9999-12-31'), rel IN rels | CASE WHEN coalesce(rel.activeUntil, rel.validTo) < e THEN coalesce(rel.activeUntil, rel.validTo) ELSE e END) AS end
  WHERE start <= end
  RETURN context, 'ORGANISATION' AS kind, start, end,
         CASE WHEN any(rel IN rels WHERE rel.validFrom IS NOT NULL OR rel.validTo IS NOT NULL) THEN 1 ELSE 0 END AS dated,
         null AS inside
}
WITH a, from, until, context, kind, start, end, dated, inside
WHERE $contexts IS NULL OR context.key IN $contexts OR (context IS NULL AND $everyActor)
// Every relationship on the way must be valid in the window (checked above); only the structure leaves.
// Several ways into one context: the union of their spans (an open end wins), dated when one of them is.
WITH a, from, until, context, kind, min(start) AS start, max(end) AS end, max(dated) AS dated,
     collect(DISTINCT inside) AS inside
// Dates leave as YYYYMMDD integers (0: unknown), the form the structure keeps: no strings to build and parse.
WITH a, from, until, collect(CASE WHEN context IS NOT NULL THEN [context.key, kind,
        CASE WHEN start > date('0001-01-01') THEN start.year * 10000 + start.month * 100 + start.day ELSE 0 END,
        CASE WHEN context:Organisation THEN context.sector ELSE null END,
        CASE WHEN end < date('9999-12-31') THEN end.year * 10000 + end.month * 100 + end.day ELSE 0 END,
        dated, inside] END) AS memberships
WHERE size(memberships) > 0 OR $everyActor
RETURN a.key AS actor,
       CASE WHEN a:Organisation THEN 'Organisation' ELSE 'Person' END AS type,
       // A person carries the sectors of all organisations they are affiliated with in the window (a unit
       // without a sector of its own has its parent's); an organisation its own.
       CASE WHEN a:Organisation THEN [s IN [a.sector] WHERE s IS NOT NULL]
            ELSE apoc.coll.sort(apoc.coll.toSet([s IN [(a)-[r:AFFILIATED_WITH]->(o:Organisation)
                 WHERE (until IS NULL OR coalesce(r.activeFrom, r.validFrom, date('0001-01-01')) <= until) AND (from IS NULL OR coalesce(r.activeUntil, r.validTo, date('9999-12-31')) >= from)
                 | CASE WHEN o.sector IS NOT NULL THEN o.sector
                        ELSE head([(o)-[:PART_OF*1..4]->(parent:Organisation) WHERE parent.sector IS NOT NULL | parent.sector]) END] WHERE s IS NOT NULL])) END AS sectors,
       memberships
