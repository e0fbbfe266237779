// One breadth-first step of an ego network: relationships between entities around the frontier that are
// valid in the window; events reached must fall in it. Provenance edges (STATED_IN) are not entities' ties.
// Neighbours are ranked: those already in the ego network first (their edges are always kept), then the
// strongest (most relationships with the frontier), then the most recent (latest validFrom or event
// date), then by key; all known ones and the first $room new ones are returned with their
// relationships, together with the number of new neighbours found (at most $scan are ranked).
WITH CASE WHEN $from IS NULL THEN null ELSE date($from) END AS from,
     CASE WHEN $until IS NULL THEN null ELSE date($until) END AS until
UNWIND $frontier AS key
MATCH (n:Entity {key: key})-[r]-(m:Entity)
WHERE r.sources IS NOT NULL
  AND ($relationTypes IS NULL OR type(r) IN $relationTypes)
  AND ($nodeTypes IS NULL OR any(label IN labels(m) WHERE label IN $nodeTypes))
  AND (until IS NULL OR coalesce(r.activeFrom, r.validFrom, date('0001-01-01')) <= until)
  AND (from IS NULL OR coalesce(r.activeUntil, r.validTo, date('9999-12-31')) >= from)
  AND (NOT m:Event OR ((until IS NULL OR m.startDate <= until) AND (from IS NULL OR coalesce(m.endDate, m.startDate) >= from)))
WITH m, collect(DISTINCT r) AS rels
LIMIT $scan
WITH m, rels, m.key IN $known AS known, size(rels) AS strength,
     apoc.coll.max([x IN rels WHERE x.validFrom IS NOT NULL | x.validFrom] + CASE WHEN m.startDate IS NULL THEN [] ELSE [m.startDate] END) AS recent
ORDER BY known DESC, strength DESC, recent DESC, m.key
WITH collect({m: m, rels: rels, known: known}) AS ranked, sum(CASE WHEN known THEN 0 ELSE 1 END) AS found
WITH found, [c IN ranked WHERE c.known] + [c IN ranked WHERE NOT c.known][0..$room] AS kept
RETURN found,
       [c IN kept | {
         neighbour: c.m.key,
         relationships: [r IN c.rels | {
           id: r.key, source: startNode(r).key, target: endNode(r).key, type: type(r),
           sources: r.sources, sourceTitles: coalesce(r.sourceTitles, []), quotes: r.quotes, locators: coalesce(r.locators, []),
           validFrom: toString(CASE WHEN r.activeFrom > date('0001-01-01') THEN r.activeFrom ELSE r.validFrom END),
           validTo: toString(CASE WHEN r.activeUntil < date('9999-12-31') THEN r.activeUntil ELSE r.validTo END)
         }]
       }] AS neighbours
