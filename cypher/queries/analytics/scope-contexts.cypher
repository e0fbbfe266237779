// The contexts (events, undertakings) inside a scope: an undertaking with its parts and the undertakings
// embedded in it (a policy and the programmes it frames), their events and series;
// an event series with its events; a place with its sub-places, events held there and undertakings active there.
MATCH (scope:Entity {key: $scope})
WHERE any(label IN labels(scope) WHERE label IN $scopeTypes)
OPTIONAL CALL (scope) {
  MATCH (scope:Undertaking)<-[:PART_OF|EMBEDDED_IN*0..3]-(u:Undertaking)
  RETURN u.key AS key
  UNION
  MATCH (scope:Undertaking)<-[:PART_OF|EMBEDDED_IN*0..3]-(:Undertaking)<-[:PART_OF_UNDERTAKING]-(e:Event)
  RETURN e.key AS key
  UNION
  MATCH (scope:Undertaking)<-[:PART_OF|EMBEDDED_IN*0..3]-(:Undertaking)<-[:PART_OF_UNDERTAKING]-(:EventSeries)<-[:IN_SERIES]-(e:Event)
  RETURN e.key AS key
  UNION
  MATCH (scope:EventSeries)<-[:IN_SERIES]-(e:Event)
  RETURN e.key AS key
  UNION
  MATCH (scope:Place)<-[:PART_OF*0..3]-(:Place)<-[:HELD_IN]-(e:Event)
  RETURN e.key AS key
  UNION
  MATCH (scope:Place)<-[:PART_OF*0..3]-(:Place)<-[:ACTIVE_IN]-(u:Undertaking)
  RETURN u.key AS key
}
RETURN scope.key AS scope, collect(DISTINCT key) AS contexts
