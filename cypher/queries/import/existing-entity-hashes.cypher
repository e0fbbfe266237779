// For each key: the hash stored by the last import, or null when the entity does not exist yet.
UNWIND $keys AS key
OPTIONAL MATCH (n:Entity {key: key})
RETURN key, n.importHash AS hash
