// Source keys already taken.
MATCH (s:Source)
RETURN s.key AS key
