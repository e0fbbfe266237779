// Every stated relation between entities, so that a draft does not propose it again.
MATCH (a:Entity)-[r]->(b:Entity)
WHERE r.sources IS NOT NULL
RETURN type(r) AS type, a.key AS from, b.key AS to
