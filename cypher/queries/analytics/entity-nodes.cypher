// Drawable node data for entities by key; persons get the sector of their organisation.
UNWIND $keys AS key
MATCH (n:Entity {key: key})
RETURN n.key AS key, n.name AS label,
       [l IN labels(n) WHERE l IN $entityTypes][0] AS type,
       CASE WHEN n:Organisation THEN n.sector
            WHEN n:Person THEN head(apoc.coll.sort([(n)-[:AFFILIATED_WITH]->(o:Organisation) | o.sector]))
            ELSE null END AS sector
