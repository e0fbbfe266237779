// Replaces the German-stemming index of 0004: stemming defeated typo-tolerant (fuzzy) search, since
// fuzzy and wildcard terms are not stemmed ("Huttenlocher" never reached the stem "huttenloh").
// ASCII folding keeps "Städtebau" = "Stadtebau" and "Weiß" = "Weiss"; fuzzy terms cover inflections.
DROP INDEX entity_search IF EXISTS;
CREATE FULLTEXT INDEX entity_search_folded IF NOT EXISTS
FOR (n:Entity) ON EACH [n.name, n.abbreviation, n.searchText]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding' } };
