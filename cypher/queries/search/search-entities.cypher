// Full-text search over names, abbreviations and aliases (index entity_search_folded: ASCII folding, no stemming).
// An exact match of the whole query on a name, abbreviation or alias ranks above partial matches.
CALL db.index.fulltext.queryNodes('entity_search_folded', $lucene, {limit: $candidates})
YIELD node, score
WHERE size($types) = 0 OR any(label IN labels(node) WHERE label IN $types)
WITH node,
     score + CASE
       WHEN toLower(node.abbreviation) = $exact OR toLower(node.name) = $exact
         OR any(alias IN coalesce(node.aliases, []) WHERE toLower(alias) = $exact) THEN $exactBonus
       ELSE 0
     END AS score
RETURN node.key AS key,
       node.name AS name,
       [label IN labels(node) WHERE label IN $entityTypes][0] AS type,
       node.abbreviation AS abbreviation,
       coalesce(node.aliases, []) AS aliases,
       score
ORDER BY score DESC, key
LIMIT $limit
