// Drawable node data for entities by key: an organisation's sector; a person's sectors are those of
// the organisations they are affiliated with in the window ($from, $until; null: open), a unit without
// a sector having its parent's; the names over time, from which the caller labels the node at the date
// of its answer.
WITH CASE WHEN $from IS NULL THEN null ELSE date($from) END AS from,
     CASE WHEN $until IS NULL THEN null ELSE date($until) END AS until
UNWIND $keys AS key
MATCH (n:Entity {key: key})
RETURN n.key AS key, n.name AS label,
       CASE WHEN until IS NULL THEN null ELSE {names: n.nameHistory, from: n.nameHistoryFrom, to: n.nameHistoryTo} END AS nameHistory,
       [l IN labels(n) WHERE l IN $entityTypes][0] AS type,
       CASE WHEN n:Organisation THEN [s IN [n.sector] WHERE s IS NOT NULL]
            WHEN n:Person THEN apoc.coll.sort(apoc.coll.toSet([s IN [(n)-[r:AFFILIATED_WITH]->(o:Organisation)
                 WHERE (until IS NULL OR coalesce(r.activeFrom, r.validFrom, date('0001-01-01')) <= until)
                   AND (from IS NULL OR coalesce(r.activeUntil, r.validTo, date('9999-12-31')) >= from)
                 | coalesce(o.sector, head([(o)-[:PART_OF*1..4]->(parent:Organisation) WHERE parent.sector IS NOT NULL | parent.sector]))] WHERE s IS NOT NULL]))
            ELSE [] END AS sectors
