// Replaces the STATED_IN evidence of the given entities with the imported one.
UNWIND $rows AS row
MATCH (n:Entity {key: row.key})
CALL (n) {
  MATCH (n)-[old:STATED_IN]->(:Source)
  DELETE old
}
WITH n, row
UNWIND row.evidence AS evidence
MATCH (s:Source {key: evidence.source})
// A cited source (kind CITATION) has a locator instead of a quote ('' in the quote).
CREATE (n)-[e:STATED_IN {quote: evidence.quote, position: evidence.position}]->(s)
SET e.locator = CASE WHEN evidence.locator = '' THEN null ELSE evidence.locator END
