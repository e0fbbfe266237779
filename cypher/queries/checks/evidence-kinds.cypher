// How the graph's evidence is backed, counted apart: quotes checked against held texts, citations
// (a locator in a cited document), over relations between entities and entity evidence (STATED_IN).
CALL () {
  MATCH (:Entity)-[r]->(:Entity) WHERE r.sources IS NOT NULL
  UNWIND range(0, size(r.sources) - 1) AS i
  RETURN CASE WHEN trim(coalesce(r.locators[i], '')) <> '' THEN 'CITATION' ELSE 'QUOTE' END AS kind
  UNION ALL
  MATCH (:Entity)-[e:STATED_IN]->(:Source)
  RETURN CASE WHEN e.locator IS NOT NULL THEN 'CITATION' ELSE 'QUOTE' END AS kind
}
RETURN kind, count(*) AS pieces
