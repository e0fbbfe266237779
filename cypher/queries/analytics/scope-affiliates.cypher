// The persons affiliated with the organisations $organisations or any of their units, valid in the
// window [$from, $until] (ISO dates or null) on every relationship on the way: a scoped network takes in
// the staff of the organisations that act in the scope, not only those who appear in it themselves.
WITH CASE WHEN $from IS NULL THEN null ELSE date($from) END AS from,
     CASE WHEN $until IS NULL THEN null ELSE date($until) END AS until
UNWIND $organisations AS key
MATCH p = (:Organisation {key: key})<-[:PART_OF*0..4]-(:Organisation)<-[:AFFILIATED_WITH]-(person:Person)
WHERE all(rel IN relationships(p) WHERE (until IS NULL OR coalesce(rel.activeFrom, rel.validFrom, date('0001-01-01')) <= until) AND (from IS NULL OR coalesce(rel.activeUntil, rel.validTo, date('9999-12-31')) >= from))
RETURN collect(DISTINCT person.key) AS persons
