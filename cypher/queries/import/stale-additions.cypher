// Evidence the case studies $caseStudies once added to entities of other case studies and no longer
// add ($additions: 'caseStudy entityKey' of what they add now): counted for the report. Only evidence
// from $sources, the sources the import holds: importing one file of a case study of several files does
// not take back what its other files add.
MATCH (c:CaseStudy)<-[:IN_CASE_STUDY]-(s:Source)<-[e:STATED_IN]-(n:Entity)
WHERE c.key IN $caseStudies AND s.key IN $sources AND e.additionHash IS NOT NULL
  AND NOT c.key + ' ' + n.key IN $additions
RETURN count(DISTINCT n) AS entities
