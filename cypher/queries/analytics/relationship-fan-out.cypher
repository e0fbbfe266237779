// Fan-out of the relationship fields of one node type ($label): for up to $sample nodes of the type,
// the mean and 95th percentile of their degree through each field's relationship type and direction
// ($fields[i].degree, in apoc.node.degree's notation, e.g. "AFFILIATED_WITH<"). One scan of the type
// for all its fields; no row when the type has no nodes. Read by the cost limit.
MATCH (n:$($label))
WITH n LIMIT $sample
WITH collect(n) AS nodes
WHERE size(nodes) > 0
UNWIND $fields AS field
CALL (nodes, field) {
  UNWIND nodes AS n
  WITH apoc.node.degree(n, field.degree) AS degree
  RETURN avg(degree) AS mean, percentileDisc(degree, 0.95) AS p95
}
RETURN field.key AS key, mean, p95
