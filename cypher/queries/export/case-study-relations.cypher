// Relations between entities that cite at least one of the case study's sources.
MATCH (a:Entity)-[r]->(b:Entity)
WHERE r.sources IS NOT NULL AND any(source IN r.sources WHERE source IN $sourceKeys)
RETURN type(r) AS type, a.key AS from, b.key AS to, r {.*} AS relation
ORDER BY r.key
