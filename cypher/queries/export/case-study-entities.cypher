// Entities with evidence from the case study's sources, with that evidence in its original order.
MATCH (n:Entity)-[e:STATED_IN]->(s:Source)
WHERE s.key IN $sourceKeys
WITH n, e, s
ORDER BY n.key, e.position
WITH n, collect({source: s.key, quote: e.quote, locator: e.locator}) AS evidence
RETURN n {.*} AS entity, [label IN labels(n) WHERE label IN $entityTypes][0] AS type, evidence
ORDER BY n.key
