// The stored cited sources (kind CITATION) among $keys with what a relation copies of them (title,
// publisher, date): for relations citing a citation another case study lists, and for an import that
// changes a stored citation which relations outside it may borrow.
UNWIND $keys AS key
MATCH (s:Source {key: key})
WHERE s.kind = 'CITATION'
RETURN s.key AS key, s.title AS title, s.publisher AS publisher, toString(s.date) AS date, s.datePrecision AS precision
