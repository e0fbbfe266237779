// All shortest paths between two actors over entity relationships valid in the window (events on the
// way must fall in it), up to 6 hops; the service cuts them at maxLength.
WITH CASE WHEN $from IS NULL THEN null ELSE date($from) END AS from,
     CASE WHEN $until IS NULL THEN null ELSE date($until) END AS until
// Looked up through the Entity key index (an :Actor {key} pattern would scan every actor).
MATCH (a:Entity {key: $source}), (b:Entity {key: $target})
WHERE a:Actor AND b:Actor
MATCH p = allShortestPaths((a)-[*..6]-(b))
WHERE all(n IN nodes(p) WHERE n:Entity AND (NOT n:Event OR ((until IS NULL OR n.startDate <= until) AND (from IS NULL OR coalesce(n.endDate, n.startDate) >= from))))
  AND all(r IN relationships(p) WHERE r.sources IS NOT NULL
      AND ($relationTypes IS NULL OR type(r) IN $relationTypes)
      AND (until IS NULL OR coalesce(r.activeFrom, r.validFrom, date('0001-01-01')) <= until)
      AND (from IS NULL OR coalesce(r.activeUntil, r.validTo, date('9999-12-31')) >= from))
  AND length(p) <= $maxLength
RETURN [n IN nodes(p) | n.key] AS nodes,
       [r IN relationships(p) | {type: type(r), start: startNode(r).key, sources: r.sources, sourceTitles: coalesce(r.sourceTitles, []), quotes: r.quotes, locators: coalesce(r.locators, [])}] AS relationships
LIMIT $limit
