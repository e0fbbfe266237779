// Every relationship between entities valid in the window, for the whole-graph export (streamed).
WITH CASE WHEN $from IS NULL THEN null ELSE date($from) END AS from,
     CASE WHEN $until IS NULL THEN null ELSE date($until) END AS until
MATCH (a:Entity)-[r]->(b:Entity)
WHERE r.sources IS NOT NULL
  AND (until IS NULL OR coalesce(r.activeFrom, r.validFrom, date('0001-01-01')) <= until)
  AND (from IS NULL OR coalesce(r.activeUntil, r.validTo, date('9999-12-31')) >= from)
RETURN r.key AS id, a.key AS source, b.key AS target, type(r) AS type, r.role AS role, r.title AS title,
       r.sources AS sources, r.quotes AS quotes, r.locators AS locators,
       // When the tie holds: its active interval (cut to the lifespans of its ends), open ends as null.
       toString(CASE WHEN r.activeFrom > date('0001-01-01') THEN r.activeFrom ELSE r.validFrom END) AS start,
       toString(CASE WHEN r.activeUntil < date('9999-12-31') THEN r.activeUntil ELSE r.validTo END) AS end
ORDER BY id
