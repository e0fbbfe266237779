MATCH (s:Source)-[:IN_CASE_STUDY]->(:CaseStudy {key: $caseStudy})
RETURN s {.*} AS source
ORDER BY s.key
