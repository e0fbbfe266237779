MATCH (c:CaseStudy {key: $caseStudy})
RETURN c.key AS key, c.title AS title, c.description AS description
