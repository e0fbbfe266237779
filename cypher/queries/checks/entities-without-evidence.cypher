// Which of the entities a write created or took evidence from no source states now ($keys: the
// write's own nodes, see MutationWrites.evidenceKeys; never the whole graph).
UNWIND $keys AS key
MATCH (n:Entity {key: key})
WHERE NOT EXISTS { (n)-[:STATED_IN]->(:Source) }
RETURN n.key AS key
LIMIT 10
