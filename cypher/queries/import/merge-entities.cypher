// Creates or replaces entities; labels follow the type (a changed type loses its old labels).
UNWIND $rows AS row
MERGE (n:Entity {key: row.key})
SET n = row.props, n.importHash = row.hash
SET n:$(row.labels)
REMOVE n:$(row.staleLabels)
