UNWIND $rows AS row
MERGE (c:CaseStudy {key: row.key})
SET c.title = row.title, c.description = row.description
