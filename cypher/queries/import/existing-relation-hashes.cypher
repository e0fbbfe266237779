UNWIND $rows AS row
OPTIONAL MATCH (:Entity {key: row.from})-[r:$(row.type) {key: row.key}]->(:Entity {key: row.to})
RETURN row.key AS key, r.importHash AS hash
