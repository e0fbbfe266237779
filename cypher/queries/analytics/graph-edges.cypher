// Every relationship between entities valid in the window, for the whole-graph export (streamed).
WITH CASE WHEN $from IS NULL THEN null ELSE date($from) END AS from,
     CASE WHEN $until IS NULL THEN null ELSE date($until) END AS until
MATCH (a:Entity)-[r]->(b:Entity)
WHERE r.sources IS NOT NULL
  AND (until IS NULL OR r.validFrom IS NULL OR r.validFrom <= until)
  AND (from IS NULL OR r.validTo IS NULL OR r.validTo >= from)
RETURN r.key AS id, a.key AS source, b.key AS target, type(r) AS type, r.role AS role, r.title AS title,
       r.sources AS sources, r.quotes AS quotes, toString(r.validFrom) AS start, toString(r.validTo) AS end
ORDER BY id
