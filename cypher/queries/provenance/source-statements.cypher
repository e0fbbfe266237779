// Everything one source states: the entities it attests and the relationships that cite it.
MATCH (s:Source {key: $source})
CALL (s) {
  MATCH (n:Entity)-[e:STATED_IN]->(s)
  RETURN collect({key: n.key, name: n.name, type: [l IN labels(n) WHERE l IN $entityTypes][0], quote: e.quote}) AS entities
}
CALL (s) {
  MATCH (a:Entity)-[r]->(b:Entity)
  WHERE s.key IN r.sources
  WITH a, r, b, [i IN range(0, size(r.sources) - 1) WHERE r.sources[i] = s.key | r.quotes[i]][0] AS quote
  ORDER BY r.key
  RETURN collect({type: type(r), fromKey: a.key, fromName: a.name, toKey: b.key, toName: b.name, role: r.role, quote: quote}) AS relations
}
RETURN s {.key, .title, .publisher, date: toString(s.date)} AS source, entities, relations
