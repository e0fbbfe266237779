// Every entity, for the whole-graph export (streamed); with a window's end ($until), the names over
// time, from which the caller labels each entity with the name it had then.
MATCH (n:Entity)
RETURN n.key AS key, n.name AS label, [l IN labels(n) WHERE l IN $entityTypes][0] AS type,
       n.sector AS sector, n.kind AS kind, toString(n.startDate) AS start, toString(n.endDate) AS end,
       CASE WHEN $until IS NULL THEN null ELSE {names: n.nameHistory, from: n.nameHistoryFrom, to: n.nameHistoryTo} END AS nameHistory
ORDER BY key
