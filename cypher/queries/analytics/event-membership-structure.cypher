// The EVENT memberships of the whole graph, read event by event: one row per event (or agenda item no
// event has) in the window, with its top-level event (the context), its days and the actors with a role
// in it or in one of its agenda items. analytics/membership-structure.cypher reads the same memberships
// actor by actor and stays the rule (keep the two in step; the whole graph is read this way because
// 47 000 membership rows through that query's per-actor aggregation took 0.4-0.55 s at size M, these
// lists 0.14-0.23 s). Dates as YYYYMMDD integers (0: unknown; 0001-01-01 and 9999-12-31 encoded as
// they are, so that the caller's merge sees an open end as the latest, as that query's max() does).
//   context: the top-level event's key, start/end: this event's days,
//   members: [actorKey, end of the role's active interval when the event has no end of its own (0: none)]
// The caller merges several rows of one actor and context (min start, max end) and only then turns
// the open-ended dates into 0, as that query's aggregation and encoding do.
WITH CASE WHEN $from IS NULL THEN null ELSE date($from) END AS from,
     CASE WHEN $until IS NULL THEN null ELSE date($until) END AS until
CALL () {
  MATCH (event:Event)
  RETURN event
  UNION
  // An agenda item counts as each event that has it, or as itself without one.
  MATCH (event:AgendaItem)
  WHERE NOT EXISTS { (event)<-[:HAS_AGENDA_ITEM]-(:Event) }
  RETURN event
}
WITH event, from, until
WHERE (until IS NULL OR event.startDate <= until) AND (from IS NULL OR coalesce(event.endDate, event.startDate) >= from)
OPTIONAL MATCH (event)-[:PART_OF*1..4]->(root:Event)
WHERE NOT (root)-[:PART_OF]->(:Event)
WITH event, coalesce(root, event) AS context, from, until,
     [(event)<-[r:ORGANISED|PARTICIPATED_IN|SPOKE_AT|MODERATED]-(a:Actor)
        WHERE (until IS NULL OR coalesce(r.activeFrom, r.validFrom, date('0001-01-01')) <= until) AND (from IS NULL OR coalesce(r.activeUntil, r.validTo, date('9999-12-31')) >= from)
        | [a.key, r.activeUntil]] +
     CASE WHEN event:Event
       THEN [(event)-[:HAS_AGENDA_ITEM]->(:AgendaItem)<-[r:ORGANISED|PARTICIPATED_IN|SPOKE_AT|MODERATED]-(a:Actor)
               WHERE (until IS NULL OR coalesce(r.activeFrom, r.validFrom, date('0001-01-01')) <= until) AND (from IS NULL OR coalesce(r.activeUntil, r.validTo, date('9999-12-31')) >= from)
               | [a.key, r.activeUntil]]
       ELSE [] END AS roles
WHERE size(roles) > 0
// The event's days: its end, else the end of the role's active interval (an event of a known month
// lasts the month), else its start day.
RETURN context.key AS context,
       CASE WHEN event.startDate IS NULL THEN 0 ELSE event.startDate.year * 10000 + event.startDate.month * 100 + event.startDate.day END AS start,
       CASE WHEN event.endDate IS NULL THEN 0 ELSE event.endDate.year * 10000 + event.endDate.month * 100 + event.endDate.day END AS end,
       [role IN roles | [role[0],
         CASE WHEN event.endDate IS NULL AND role[1] < date('9999-12-31') THEN role[1].year * 10000 + role[1].month * 100 + role[1].day ELSE 0 END]] AS members
