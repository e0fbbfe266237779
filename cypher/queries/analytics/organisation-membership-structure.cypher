// The ORGANISATION memberships of the whole graph, read organisation by organisation: one row per
// top-level organisation (none above it) and way down to one of its units (or itself), valid in the
// window, with the actors affiliated with that unit or part of it. analytics/membership-structure.cypher
// reads the same memberships actor by actor and stays the rule (keep the two in step): there each of
// 118 000 memberships at size L looked for its top-level organisation (3.4 s).
// Dates as YYYYMMDD integers, open ends as 10101 (0001-01-01) and 99991231 (9999-12-31).
//   context, sector: the top-level organisation; start, end, dated: of the PART_OF steps down to the unit;
//   members: [actorKey, start, end of the actor's own relationship, 1 when it states a validity]
// The caller joins each member's span with the way's (the later start, the earlier end; none when they
// do not meet) and merges several ways into one context (min start, max end, dated when one is).
WITH CASE WHEN $from IS NULL THEN null ELSE date($from) END AS from,
     CASE WHEN $until IS NULL THEN null ELSE date($until) END AS until
MATCH (context:Organisation)
WHERE NOT (context)-[:PART_OF]->(:Organisation)
MATCH p = (context)<-[:PART_OF*0..4]-(o:Organisation)
WHERE all(rel IN relationships(p) WHERE (until IS NULL OR coalesce(rel.activeFrom, rel.validFrom, date('0001-01-01')) <= until) AND (from IS NULL OR coalesce(rel.activeUntil, rel.validTo, date('9999-12-31')) >= from))
WITH context, o, relationships(p) AS rels, from, until
WITH context, o, from, until,
     reduce(s = date('0001-01-01'), rel IN rels | CASE WHEN coalesce(rel.activeFrom, rel.validFrom) > s THEN coalesce(rel.activeFrom, rel.validFrom) ELSE s END) AS start,
     reduce(e = date('9999-12-31'), rel IN rels | CASE WHEN coalesce(rel.activeUntil, rel.validTo) < e THEN coalesce(rel.activeUntil, rel.validTo) ELSE e END) AS end,
     CASE WHEN any(rel IN rels WHERE rel.validFrom IS NOT NULL OR rel.validTo IS NOT NULL) THEN 1 ELSE 0 END AS dated
WHERE start <= end
WITH context, start, end, dated,
     [(o)<-[r:AFFILIATED_WITH|PART_OF]-(a:Actor)
        WHERE (until IS NULL OR coalesce(r.activeFrom, r.validFrom, date('0001-01-01')) <= until) AND (from IS NULL OR coalesce(r.activeUntil, r.validTo, date('9999-12-31')) >= from)
        | [a.key, coalesce(r.activeFrom, r.validFrom, date('0001-01-01')), coalesce(r.activeUntil, r.validTo, date('9999-12-31')),
           CASE WHEN r.validFrom IS NOT NULL OR r.validTo IS NOT NULL THEN 1 ELSE 0 END]] AS roles
WHERE size(roles) > 0
RETURN context.key AS context, context.sector AS sector,
       start.year * 10000 + start.month * 100 + start.day AS start,
       end.year * 10000 + end.month * 100 + end.day AS end,
       dated,
       [role IN roles | [role[0], role[1].year * 10000 + role[1].month * 100 + role[1].day,
                         role[2].year * 10000 + role[2].month * 100 + role[2].day, role[3]]] AS members
