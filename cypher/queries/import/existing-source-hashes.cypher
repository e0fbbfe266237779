UNWIND $keys AS key
OPTIONAL MATCH (s:Source {key: key})
RETURN key, s.importHash AS hash
