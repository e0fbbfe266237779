// The active interval of each stated relationship touching the entities $keys: its own validity
// (validFrom/validTo) cut to the lifespans of its two ends (an organisation's start and end dates, an
// undertaking's, phase's or series' period, an event's days; unknown = open). A tie is never valid
// outside the lifespans of its ends. Open ends are 0001-01-01 and 9999-12-31, so "valid at D" is
// activeFrom <= D <= activeUntil. The types $acrossLifespans (SUCCEEDED_BY, BUILDS_ON) link a predecessor
// that ends to a successor that starts: they keep their own validity. Written only where it changed, so an unchanged import writes nothing.
// Returns the keys of relationships whose interval is empty: stated as valid when an end did not exist.
UNWIND $keys AS key
MATCH (:Entity {key: key})-[r]-(:Entity)
WHERE r.sources IS NOT NULL
WITH DISTINCT r
WITH r, CASE WHEN type(r) IN $acrossLifespans THEN [] ELSE [startNode(r), endNode(r)] END AS ends
WITH r,
     [r.validFrom] + [n IN ends | n.startDate] AS starts,
     // An event without an end lasts its start's day, month or year (as precise as its start date).
     [r.validTo] + [n IN ends | CASE WHEN n:Event THEN coalesce(n.endDate, CASE n.startDatePrecision
        WHEN 'YEAR' THEN date({year: n.startDate.year, month: 12, day: 31})
        WHEN 'MONTH' THEN date({year: n.startDate.year, month: n.startDate.month, day: 1}) + duration({months: 1}) - duration({days: 1})
        ELSE n.startDate END) ELSE n.endDate END] AS untils
WITH r,
     reduce(latest = date('0001-01-01'), d IN starts | CASE WHEN d IS NOT NULL AND d > latest THEN d ELSE latest END) AS activeFrom,
     reduce(earliest = date('9999-12-31'), d IN untils | CASE WHEN d IS NOT NULL AND d < earliest THEN d ELSE earliest END) AS activeUntil
WHERE r.activeFrom IS NULL OR r.activeFrom <> activeFrom OR r.activeUntil IS NULL OR r.activeUntil <> activeUntil
SET r.activeFrom = activeFrom, r.activeUntil = activeUntil
RETURN count(r) AS derived,
       [x IN collect(CASE WHEN activeFrom > activeUntil THEN [r.key, toString(activeFrom), toString(activeUntil)] END) WHERE x IS NOT NULL][0..10] AS empty
