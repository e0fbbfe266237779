// Search by name, abbreviation and aliases (searchText joins them). The German analyzer folds
// umlauts and "ß", and stems, so "Staedtebau", "Städtebau" and "Städtebaus" find each other.
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS
FOR (n:Entity) ON EACH [n.name, n.abbreviation, n.searchText]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'german' } };
