// The stored cited sources (kind CITATION) among $keys, with what relations of other case studies copy
// from them (title, publisher, date), so that an import can tell which of its changes they must follow.
UNWIND $keys AS key
MATCH (s:Source {key: key})
WHERE s.kind = 'CITATION'
RETURN key, s.title AS title, coalesce(s.publisher, '') AS publisher, coalesce(toString(s.date), '') AS date
