// Every entity with the names a text may call it, for linking a draft to existing keys.
MATCH (n:Entity)
RETURN n.key AS key, [label IN labels(n) WHERE label IN $entityTypes][0] AS type, n.name AS name,
       n.abbreviation AS abbreviation, n.aliases AS aliases
