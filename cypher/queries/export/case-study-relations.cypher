// Relations between entities that the case study states (statedBy), or, where that is not stored
// (written through the API or imported before it was), that cite at least one of its sources.
MATCH (a:Entity)-[r]->(b:Entity)
WHERE r.sources IS NOT NULL
  AND (r.statedBy = $caseStudy OR (r.statedBy IS NULL AND any(source IN r.sources WHERE source IN $sourceKeys)))
RETURN type(r) AS type, a.key AS from, b.key AS to, r {.*} AS relation
ORDER BY r.key
