UNWIND $rows AS row
MATCH (a:Entity {key: row.from})
MATCH (b:Entity {key: row.to})
MERGE (a)-[r:$(row.type) {key: row.key}]->(b)
SET r = row.props, r.importHash = row.hash
