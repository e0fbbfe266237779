UNWIND $keys AS key
MATCH (a:Actor {key: key})
RETURN a.key AS key
