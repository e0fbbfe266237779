UNWIND $keys AS key
MATCH (s:Source {key: key})
RETURN s.key AS key, s.text AS text
