// Relations other case studies state (statedBy not importing) that cite sources this import changed
// ($changed: key -> {title, publisher, date, cited}): their copies of each such source's title,
// publisher and date, and their statedOn, follow the source. A source that is no longer a citation
// would leave them a locator and no quote: `broken` names it, and the import stops. One scan of the
// relationships, run only when an import changes a source that existed before.
MATCH (:Entity)-[r]->(:Entity)
WHERE r.statedBy IS NOT NULL
  AND NOT r.statedBy IN $importing
  AND any(key IN r.sources WHERE $changed[key] IS NOT NULL)
WITH r, [i IN range(0, size(r.sources) - 1) | $changed[r.sources[i]]] AS now
WITH r, now,
     [i IN range(0, size(r.sources) - 1) WHERE now[i] IS NOT NULL AND NOT now[i].cited
        AND trim(coalesce(r.locators[i], '')) <> '' | r.sources[i]] AS broken,
     [i IN range(0, size(r.sources) - 1) |
        CASE WHEN now[i] IS NULL THEN coalesce(r.sourceDates[i], '') ELSE now[i].date END] AS dates
WITH r, now, broken, dates, [d IN dates WHERE d <> ''] AS dated
SET r.sourceTitles = [i IN range(0, size(r.sources) - 1) |
      CASE WHEN now[i] IS NULL THEN coalesce(r.sourceTitles[i], '') ELSE now[i].title END],
    r.sourcePublishers = [i IN range(0, size(r.sources) - 1) |
      CASE WHEN now[i] IS NULL THEN coalesce(r.sourcePublishers[i], '') ELSE now[i].publisher END],
    r.sourceDates = dates,
    r.statedOn = CASE WHEN size(dated) = 0 THEN null
                      ELSE date(reduce(first = dated[0], d IN dated | CASE WHEN d < first THEN d ELSE first END)) END
RETURN r.key AS key, r.statedBy AS statedBy, broken
