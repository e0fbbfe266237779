// Fan-out of the relationship fields of one node type ($label): for a uniform random sample of about
// $sample nodes of the type (all of them when there are fewer), the mean and 95th percentile of their
// degree through each field's relationship type and direction ($fields[i].degree, in
// apoc.node.degree's notation, e.g. "AFFILIATED_WITH<"). The first $sample nodes in store order were
// the oldest ones (a seed imported first stood for a whole synthetic network); the label scan with a
// coin per node costs one pass, the degrees only the sample. No row when the type has no nodes.
// Read by the cost limit.
MATCH (counted:$($label))
WITH count(counted) AS total
WHERE total > 0
MATCH (n:$($label))
WHERE total <= $sample OR rand() < toFloat($sample) / total
WITH collect(n) AS nodes
WHERE size(nodes) > 0
UNWIND $fields AS field
CALL (nodes, field) {
  UNWIND nodes AS n
  WITH apoc.node.degree(n, field.degree) AS degree
  RETURN avg(degree) AS mean, percentileDisc(degree, 0.95) AS p95
}
RETURN field.key AS key, mean, p95
