// Every entity, for the whole-graph export (streamed).
MATCH (n:Entity)
RETURN n.key AS key, n.name AS label, [l IN labels(n) WHERE l IN $entityTypes][0] AS type,
       n.sector AS sector, n.kind AS kind, toString(n.startDate) AS start, toString(n.endDate) AS end
ORDER BY key
