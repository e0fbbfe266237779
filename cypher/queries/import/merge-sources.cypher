UNWIND $rows AS row
MERGE (s:Source {key: row.key})
SET s = row.props, s.importHash = row.hash
WITH s, row
MATCH (c:CaseStudy {key: row.caseStudy})
MERGE (s)-[:IN_CASE_STUDY]->(c)
