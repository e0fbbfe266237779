UNWIND $keys AS key
MATCH (a:Entity {key: key}) WHERE a:Actor
RETURN a.key AS key
