// Entities with a stated relationship that has no active interval yet (written before intervals were
// derived, or by hand): derive/active-intervals.cypher brings them up to date.
MATCH (a:Entity)-[r]->(:Entity)
WHERE r.sources IS NOT NULL AND r.activeFrom IS NULL
RETURN collect(DISTINCT a.key) AS keys
