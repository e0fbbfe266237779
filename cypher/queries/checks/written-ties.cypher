// After a mutation, inside its transaction: for each tie key an editor wrote, the relationships that
// carry it at the connected entity. A tie is well formed when exactly one relationship has the key,
// the key is from|TYPE|to[|id] of its own ends and type, and it does not join an entity to itself.
UNWIND $ties AS tie
OPTIONAL MATCH (target:Entity {key: tie.target})
OPTIONAL MATCH (target)-[r]-()
  WHERE r.key = tie.key
WITH tie, target, r, startNode(r) AS a, endNode(r) AS b
WITH tie, target IS NOT NULL AS targetExists, collect(r) AS rels, collect(
  CASE
    WHEN r IS NULL THEN null
    WHEN a = b THEN 'joins ' + a.key + ' to itself'
    WHEN NOT (r.key = a.key + '|' + type(r) + '|' + b.key OR r.key STARTS WITH a.key + '|' + type(r) + '|' + b.key + '|')
      THEN 'the key must be ' + a.key + '|' + type(r) + '|' + b.key + ' (optionally |<id>)'
  END) AS problems
RETURN tie.key AS key, tie.argument AS argument, targetExists, size(rels) AS count, problems
