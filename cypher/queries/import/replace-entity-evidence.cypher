// Replaces the STATED_IN evidence the importing case studies give the entities $rows: row.replaceable
// names the case studies whose sources' evidence is replaced, row.includeUnowned also evidence from
// sources of no case study (written through the API; an entity's own import replaces it). Evidence
// from the sources of other case studies stays, so an entity several case studies state keeps the
// union of their evidence. row.additionHash (null for the entity's own evidence) marks evidence a case
// study adds to another's entity: an entity's import replaces its own evidence, an addition its own.
UNWIND $rows AS row
MATCH (n:Entity {key: row.key})
CALL (n, row) {
  MATCH (n)-[old:STATED_IN]->(s:Source)
  OPTIONAL MATCH (s)-[:IN_CASE_STUDY]->(c:CaseStudy)
  WITH old, collect(c.key) AS owners
  WHERE ((old.additionHash IS NULL) = (row.additionHash IS NULL))
    AND ((size(owners) = 0 AND row.includeUnowned) OR any(owner IN owners WHERE owner IN row.replaceable))
  DELETE old
}
WITH n, row
UNWIND row.evidence AS evidence
MATCH (s:Source {key: evidence.source})
// A cited source (kind CITATION) has a locator instead of a quote ('' in the quote).
CREATE (n)-[e:STATED_IN {quote: evidence.quote, position: evidence.position}]->(s)
SET e.locator = CASE WHEN evidence.locator = '' THEN null ELSE evidence.locator END,
    e.additionHash = row.additionHash
