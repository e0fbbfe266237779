// Which case studies own the sources, entities and relations an import is about to write: a source
// by IN_CASE_STUDY, an entity by the case study that defines it (definedIn; for entities imported
// before that was stored, the case studies of its evidence), a relation by the case study that states
// it (statedBy: it may cite another's cited sources; before that was stored, those of its sources).
// Keys that do not exist yet return no row.
CALL () {
  UNWIND $sources AS key
  MATCH (s:Source {key: key})
  OPTIONAL MATCH (s)-[:IN_CASE_STUDY]->(c:CaseStudy)
  RETURN 'source' AS kind, key, collect(DISTINCT c.key) AS owners
  UNION ALL
  UNWIND $entities AS key
  MATCH (n:Entity {key: key})
  OPTIONAL MATCH (n)-[:STATED_IN]->(:Source)-[:IN_CASE_STUDY]->(c:CaseStudy)
  WITH n, key, collect(DISTINCT c.key) AS stating
  // The defining case study, stored since additions; before, the case studies of its evidence.
  RETURN 'entity' AS kind, key, CASE WHEN n.definedIn IS NULL THEN stating ELSE [n.definedIn] END AS owners
  UNION ALL
  UNWIND $relations AS row
  MATCH (:Entity {key: row.from})-[r:$(row.type) {key: row.key}]->(:Entity {key: row.to})
  OPTIONAL MATCH (c:CaseStudy)<-[:IN_CASE_STUDY]-(s:Source)
  WHERE r.statedBy IS NULL AND s.key IN r.sources
  WITH r, row, collect(DISTINCT c.key) AS citing
  RETURN 'relation' AS kind, row.key AS key, CASE WHEN r.statedBy IS NULL THEN citing ELSE [r.statedBy] END AS owners
}
RETURN kind, key, owners
