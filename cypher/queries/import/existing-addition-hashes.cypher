// The fingerprint of the evidence each case study of $rows added to an entity of another case study
// (null: it added none yet), by 'caseStudy entityKey' (two case studies may add to one entity).
UNWIND $rows AS row
OPTIONAL MATCH (:Entity {key: row.key})-[e:STATED_IN]->(:Source)-[:IN_CASE_STUDY]->(:CaseStudy {key: row.caseStudy})
RETURN row.caseStudy + ' ' + row.key AS key, head(collect(e.additionHash)) AS hash
