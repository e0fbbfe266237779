// Relations this import does not write ($written: their keys) that cite cited sources whose title,
// publisher or date it changes ($changed: key -> {title, publisher, date}): their copies of each, and
// their statedOn, follow the source. One relationship scan, run only when such a change exists.
MATCH (:Entity)-[r]->(:Entity)
WHERE r.sources IS NOT NULL
  AND any(key IN r.sources WHERE $changed[key] IS NOT NULL)
  AND NOT r.key IN $written
WITH r, [i IN range(0, size(r.sources) - 1) | $changed[r.sources[i]]] AS now
WITH r, now, [i IN range(0, size(r.sources) - 1) |
               CASE WHEN now[i] IS NULL THEN coalesce(r.sourceDates[i], '') ELSE now[i].date END] AS dates
WITH r, now, dates, [d IN dates WHERE d <> ''] AS dated
SET r.sourceTitles = [i IN range(0, size(r.sources) - 1) |
      CASE WHEN now[i] IS NULL THEN coalesce(r.sourceTitles[i], '') ELSE now[i].title END],
    r.sourcePublishers = [i IN range(0, size(r.sources) - 1) |
      CASE WHEN now[i] IS NULL THEN coalesce(r.sourcePublishers[i], '') ELSE now[i].publisher END],
    r.sourceDates = dates,
    r.statedOn = CASE WHEN size(dated) = 0 THEN null
                      ELSE date(reduce(first = dated[0], d IN dated | CASE WHEN d < first THEN d ELSE first END)) END
