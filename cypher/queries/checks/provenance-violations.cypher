// Every fact must be traceable: each relation between entities cites sources with quotes that occur in
// those sources' texts, and each entity has such evidence too. Returns one row per violation.
CALL () {
  MATCH (a:Entity)-[r]->(b:Entity)
  WITH a, r, b, coalesce(r.sources, []) AS sources, coalesce(r.quotes, []) AS quotes
  WHERE size(sources) = 0
     OR size(sources) <> size(quotes)
     OR any(quote IN quotes WHERE trim(coalesce(quote, '')) = '')
     OR any(i IN range(0, size(sources) - 1) WHERE NOT EXISTS {
          MATCH (s:Source {key: sources[i]})
          WHERE apoc.text.regreplace(s.text, '[\\s\\u00a0]+', ' ') CONTAINS apoc.text.regreplace(quotes[i], '[\\s\\u00a0]+', ' ')
        })
  RETURN 'relation' AS kind, a.key + ' -' + type(r) + '-> ' + b.key AS subject
  UNION ALL
  MATCH (n:Entity)
  WHERE NOT EXISTS {
    MATCH (n)-[e:STATED_IN]->(s:Source)
    WHERE trim(coalesce(e.quote, '')) <> ''
      AND apoc.text.regreplace(s.text, '[\\s\\u00a0]+', ' ') CONTAINS apoc.text.regreplace(e.quote, '[\\s\\u00a0]+', ' ')
  }
  RETURN 'entity' AS kind, n.key AS subject
}
RETURN kind, subject
ORDER BY kind, subject
LIMIT $limit
