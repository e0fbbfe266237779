// Fan-out of each relationship field: mean and 95th percentile of the degree of up to $sample nodes
// of the field's type (row.label) through its relationship type and direction (row.degree, in
// apoc.node.degree's notation, e.g. "AFFILIATED_WITH<"). Read by the cost limit.
UNWIND $rows AS row
CALL (row) {
  MATCH (n:$(row.label))
  WITH n LIMIT $sample
  WITH apoc.node.degree(n, row.degree) AS degree
  RETURN coalesce(avg(degree), 0) AS mean, coalesce(percentileDisc(degree, 0.95), 0) AS p95
}
RETURN row.key AS key, mean, p95
