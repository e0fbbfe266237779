// Evidence the case studies $caseStudies once added to entities of other case studies and no longer
// add ($additions: 'caseStudy entityKey' of what they add now): counted for the report.
MATCH (c:CaseStudy)<-[:IN_CASE_STUDY]-(s:Source)<-[e:STATED_IN]-(n:Entity)
WHERE c.key IN $caseStudies AND e.additionHash IS NOT NULL AND NOT c.key + ' ' + n.key IN $additions
RETURN count(DISTINCT n) AS entities
