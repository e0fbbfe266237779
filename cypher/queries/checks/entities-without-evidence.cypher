// Entities that no source states (a write removed their last evidence). Reads only node degrees.
MATCH (n:Entity)
WHERE NOT EXISTS { (n)-[:STATED_IN]->(:Source) }
RETURN n.key AS key
LIMIT 10
