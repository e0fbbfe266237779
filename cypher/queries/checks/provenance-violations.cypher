// Every fact must be traceable: each relation between entities cites sources with quotes that occur in
// those sources' texts (or, for a cited source of kind CITATION, a locator), and each entity has such
// evidence too. Quotes are compared after folding every run of $whitespace (WHITESPACE_RUN in
// src/case-study/normalise-text.ts, the importer's class) to one space; each source's text is folded
// once, not once per quote that cites it. Returns one row per violation.
CALL () {
  MATCH (s:Source)
  WITH collect(s) AS sources
  // Keys are strings (the importer and the API check them); a source without one is reached only
  // through its evidence below, and a relation citing anything but a string cites nothing.
  RETURN apoc.map.fromPairs([s IN sources WHERE s.key IS :: STRING NOT NULL AND coalesce(s.kind, 'TEXT') = 'TEXT'
                             | [s.key, apoc.text.regreplace(s.text, $whitespace, ' ')]]) AS texts,
         apoc.map.fromPairs([s IN sources WHERE s.key IS :: STRING NOT NULL AND s.kind = 'CITATION'
                             | [s.key, true]]) AS cited
}
CALL (texts, cited) {
  MATCH (a:Entity)-[r]->(b:Entity)
  WITH a, r, b, coalesce(r.sources, []) AS sources, coalesce(r.quotes, []) AS quotes,
       coalesce(r.locators, []) AS locators
  WHERE size(sources) = 0
     OR size(sources) <> size(quotes)
     // A quote must occur in its source's text; a cited source (no text) needs a locator instead.
     OR any(i IN range(0, size(sources) - 1) WHERE NOT CASE
          WHEN NOT sources[i] IS :: STRING NOT NULL THEN false
          WHEN coalesce(cited[sources[i]], false) THEN trim(coalesce(locators[i], '')) <> ''
          WHEN texts[sources[i]] IS NULL OR trim(coalesce(quotes[i], '')) = '' THEN false
          ELSE texts[sources[i]] CONTAINS apoc.text.regreplace(quotes[i], $whitespace, ' ')
        END)
  RETURN 'relation' AS kind, a.key + ' -' + type(r) + '-> ' + b.key AS subject
  UNION ALL
  MATCH (n:Entity)
  WHERE NOT EXISTS {
    MATCH (n)-[e:STATED_IN]->(s:Source)
    WHERE (s.kind = 'CITATION' AND trim(coalesce(e.locator, '')) <> '')
       OR (coalesce(s.kind, 'TEXT') = 'TEXT' AND trim(coalesce(e.quote, '')) <> ''
           AND CASE WHEN s.key IS :: STRING NOT NULL THEN texts[s.key]
                    ELSE apoc.text.regreplace(s.text, $whitespace, ' ') END
               CONTAINS apoc.text.regreplace(e.quote, $whitespace, ' '))
  }
  RETURN 'entity' AS kind, n.key AS subject
}
RETURN kind, subject
ORDER BY kind, subject
LIMIT $limit
