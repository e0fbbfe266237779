// Relations this import does not write ($written: their keys) that cite, with a locator, a cited
// source the import turns into a text ($texts): they would keep a locator and no quote. Read-only, so
// that a dry run reports it too. One relationship scan, run only when such a source exists.
MATCH (:Entity)-[r]->(:Entity)
WHERE r.sources IS NOT NULL
  AND any(key IN r.sources WHERE key IN $texts)
  AND NOT r.key IN $written
WITH r, [i IN range(0, size(r.sources) - 1)
          WHERE r.sources[i] IN $texts AND trim(coalesce(r.locators[i], '')) <> '' | r.sources[i]] AS broken
WHERE size(broken) > 0
RETURN r.key AS key, coalesce(r.statedBy, '') AS statedBy, broken
