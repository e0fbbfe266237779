// The entity type of each key that exists, for relations that point at entities of earlier imports,
// and the case study that defines it (definedIn; null for entities written through the API or imported
// before it was stored), so that a case study cannot "add" to an entity of its own.
UNWIND $keys AS key
MATCH (n:Entity {key: key})
RETURN key, [label IN labels(n) WHERE label IN $entityTypes][0] AS type, n.definedIn AS definedIn
