// The entity type of each key that exists, for relations that point at entities of earlier imports.
UNWIND $keys AS key
MATCH (n:Entity {key: key})
RETURN key, [label IN labels(n) WHERE label IN $entityTypes][0] AS type
