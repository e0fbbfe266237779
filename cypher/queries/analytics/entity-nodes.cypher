// Drawable node data for entities by key: an organisation's sector; a person's sectors are those of
// all organisations they are affiliated with (a unit without a sector has its parent's); the names over
// time, from which the caller labels the node at the date of its answer.
UNWIND $keys AS key
MATCH (n:Entity {key: key})
RETURN n.key AS key, n.name AS label,
       n.nameHistory AS names, n.nameHistoryFrom AS namesFrom, n.nameHistoryTo AS namesTo,
       [l IN labels(n) WHERE l IN $entityTypes][0] AS type,
       CASE WHEN n:Organisation THEN [s IN [n.sector] WHERE s IS NOT NULL]
            WHEN n:Person THEN apoc.coll.sort(apoc.coll.toSet([s IN [(n)-[:AFFILIATED_WITH]->(o:Organisation)
                 | coalesce(o.sector, head([(o)-[:PART_OF*1..4]->(parent:Organisation) WHERE parent.sector IS NOT NULL | parent.sector]))] WHERE s IS NOT NULL]))
            ELSE [] END AS sectors
