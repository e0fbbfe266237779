UNWIND $rows AS row
MERGE (s:Source {key: row.key})
SET s = row.props, s.importHash = row.hash
WITH s, row
MATCH (c:CaseStudy {key: row.caseStudy})
MERGE (s)-[:IN_CASE_STUDY]->(c)
// A source belongs to one case study: one moved to another (the federal bodies' acts moved from
// biwaq-gfdq to bundesbehoerden) leaves the one that listed it before.
WITH s, c
OPTIONAL MATCH (s)-[old:IN_CASE_STUDY]->(other:CaseStudy)
WHERE other <> c
DELETE old
