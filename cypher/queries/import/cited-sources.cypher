// The cited sources (kind CITATION) among $keys, for relations that cite a citation another case study
// lists: title, publisher and date travel on the relationship like those of the importing file's sources.
UNWIND $keys AS key
MATCH (s:Source {key: key})
WHERE s.kind = 'CITATION'
RETURN s.key AS key, s.title AS title, s.publisher AS publisher, toString(s.date) AS date, s.datePrecision AS precision
