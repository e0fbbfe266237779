// One breadth-first step of an ego network: relationships between entities around the frontier that are
// valid in the window; events reached must fall in it. Provenance edges (STATED_IN) are not entities' ties.
WITH CASE WHEN $from IS NULL THEN null ELSE date($from) END AS from,
     CASE WHEN $until IS NULL THEN null ELSE date($until) END AS until
UNWIND $frontier AS key
MATCH (n:Entity {key: key})-[r]-(m:Entity)
WHERE r.sources IS NOT NULL
  AND ($relationTypes IS NULL OR type(r) IN $relationTypes)
  AND ($nodeTypes IS NULL OR any(label IN labels(m) WHERE label IN $nodeTypes))
  AND (until IS NULL OR r.validFrom IS NULL OR r.validFrom <= until)
  AND (from IS NULL OR r.validTo IS NULL OR r.validTo >= from)
  AND (NOT m:Event OR ((until IS NULL OR m.startDate <= until) AND (from IS NULL OR coalesce(m.endDate, m.startDate) >= from)))
WITH DISTINCT r, startNode(r) AS a, endNode(r) AS b, m
RETURN r.key AS id, a.key AS source, b.key AS target, type(r) AS type, m.key AS neighbour,
       r.sources AS sources, coalesce(r.sourceTitles, []) AS sourceTitles, r.quotes AS quotes,
       toString(r.validFrom) AS validFrom, toString(r.validTo) AS validTo
ORDER BY id
LIMIT $budget
