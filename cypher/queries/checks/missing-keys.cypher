// Keys named by a mutation's connect inputs that match no entity, source or case study.
UNWIND $keys AS key
WITH key
WHERE NOT EXISTS { MATCH (:Entity {key: key}) }
  AND NOT EXISTS { MATCH (:Source {key: key}) }
  AND NOT EXISTS { MATCH (:CaseStudy {key: key}) }
RETURN key
