// Removes the evidence of cypher/queries/import/stale-additions.cypher (same parameters): a case study
// that stops adding to an entity takes its evidence back; the owner's evidence stays.
MATCH (c:CaseStudy)<-[:IN_CASE_STUDY]-(s:Source)<-[e:STATED_IN]-(n:Entity)
WHERE c.key IN $caseStudies AND s.key IN $sources AND e.additionHash IS NOT NULL
  AND NOT c.key + ' ' + n.key IN $additions
DELETE e
