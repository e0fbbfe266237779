import { findProvenanceViolations } from '../../src/import/provenance-check';
import { useTestDatabase } from '../utils/test-database';

// The audit is the oracle of the fuzzers and of many tests ("zero violations"): it must find each kind
// of untraceable fact, written here past the importer and the API. Its query now folds each source's
// text once instead of once per quote citing it (ten times faster on the seed; most of the import
// fuzzer's time went there), with the same verdicts.
describe('the provenance audit finds every kind of untraceable fact', () => {
  const db = useTestDatabase();
  const p = `prov-${Date.now().toString(36)}-`;

  beforeAll(async () => {
    await db.run(
      `CREATE (:Source {key: $p + 'text', kind: 'TEXT', text: 'Das Amt   fördert
das Quartier. Die Stadt plant mit.'}),
              (:Source {key: $p + 'untyped', text: 'Ohne Art gilt eine Quelle als Text.'}),
              (:Source {key: $p + 'cited', kind: 'CITATION', title: 'BGBl. I S. 1'}),
              (:Source {key: $p + 'fremd', kind: 'PDF', text: 'Fremde Art.'}),
              (:Source {key: $p + 'ohne-text', kind: 'TEXT'})
       WITH 1 AS one
       UNWIND ['amt', 'quartier', 'stadt', 'gesetz', 'los', 'falsch', 'leer', 'ohne-art', 'fremd', 'stumm',
               'blank', 'schluessellos'] AS name
       CREATE (:Entity {key: $p + name})`,
      { p },
    );
    // Entities: amt (good quote, other whitespace), quartier (good), stadt (good), gesetz (citation with
    // a locator), ohne-art (a source without kind is a text); los has no evidence, falsch a quote the
    // text lacks, leer an empty quote, fremd cites a source of an unknown kind, stumm a text source
    // without text, blank a citation with a blank locator.
    await db.run(
      `UNWIND $evidence AS e
       MATCH (n:Entity {key: $p + e.entity}), (s:Source {key: $p + e.source})
       CREATE (n)-[:STATED_IN {quote: e.quote, locator: e.locator}]->(s)`,
      {
        p,
        evidence: [
          { entity: 'amt', source: 'text', quote: 'Das Amt fördert das Quartier.' },
          { entity: 'quartier', source: 'text', quote: 'das Quartier' },
          { entity: 'stadt', source: 'text', quote: 'Die Stadt plant mit.' },
          { entity: 'gesetz', source: 'cited', locator: '§ 1 Abs. 2' },
          { entity: 'ohne-art', source: 'untyped', quote: 'Ohne Art' },
          { entity: 'falsch', source: 'text', quote: 'Das Amt verbietet' },
          { entity: 'leer', source: 'text', quote: '  ' },
          { entity: 'fremd', source: 'fremd', quote: 'Fremde Art' },
          { entity: 'stumm', source: 'ohne-text', quote: 'Fremde Art' },
          { entity: 'blank', source: 'cited', quote: '', locator: '  ' },
        ],
      },
    );
    // Written past every check: a source without a key (traceable through its evidence, as before the
    // faster query), and a relation citing a number instead of a key (untraceable, not an error).
    await db.run(
      `MATCH (n:Entity {key: $p + 'schluessellos'}), (a:Entity {key: $p + 'amt'}), (l:Entity {key: $p + 'los'})
       CREATE (n)-[:STATED_IN {quote: 'Schlüssellos'}]->(:Source {text: 'Schlüssellos zitiert.'}),
              (a)-[:ABOUT {sources: [1], quotes: ['Das Amt']}]->(l)`,
      { p },
    );
    await db.run(
      `UNWIND $relations AS r
       MATCH (a:Entity {key: $p + r.from}), (b:Entity {key: $p + r.to})
       CALL apoc.create.relationship(a, r.type, {sources: [s IN r.sources | $p + s], quotes: r.quotes,
                                                 locators: r.locators}, b) YIELD rel
       RETURN count(rel) AS created`,
      {
        p,
        relations: [
          {
            from: 'amt',
            to: 'quartier',
            type: 'FUNDS',
            sources: ['text'],
            quotes: ['Das Amt fördert  das Quartier'],
          },
          {
            from: 'stadt',
            to: 'quartier',
            type: 'ORGANISED',
            sources: ['cited'],
            quotes: [''],
            locators: ['§ 3'],
          },
          {
            from: 'stadt',
            to: 'amt',
            type: 'PART_OF',
            sources: ['untyped', 'text'],
            quotes: ['Ohne Art', 'Die Stadt'],
          },
          // Violations:
          { from: 'amt', to: 'stadt', type: 'FUNDS', sources: [], quotes: [] },
          { from: 'gesetz', to: 'amt', type: 'ABOUT', sources: ['text'], quotes: ['Das Gesetz'] },
          { from: 'gesetz', to: 'stadt', type: 'ABOUT', sources: ['cited'], quotes: [''], locators: [' '] },
          {
            from: 'gesetz',
            to: 'quartier',
            type: 'ABOUT',
            sources: ['missing'],
            locators: ['§ 9'],
            quotes: ['Das Amt'],
          },
          { from: 'ohne-art', to: 'amt', type: 'ABOUT', sources: ['text', 'cited'], quotes: ['Das Amt'] },
          {
            from: 'ohne-art',
            to: 'stadt',
            type: 'ABOUT',
            sources: ['text', 'text'],
            quotes: ['Das Amt', ''],
          },
          {
            from: 'ohne-art',
            to: 'quartier',
            type: 'ABOUT',
            sources: ['cited'],
            quotes: ['§ 3 ohne Locator'],
          },
          { from: 'stadt', to: 'gesetz', type: 'ABOUT', sources: ['fremd'], quotes: ['Fremde Art'] },
        ],
      },
    );
  });

  // Before the driver closes (an afterAll here would run after useTestDatabase's own).
  db.onCleanup(async (driver) => {
    await driver.executeQuery(
      `MATCH (n) WHERE (n:Entity OR n:Source) AND n.key STARTS WITH $p
       OPTIONAL MATCH (n)-[:STATED_IN]->(keyless:Source) WHERE keyless.key IS NULL
       DETACH DELETE n, keyless`,
      { p },
    );
  });

  it('names each violating relation and entity, and nothing that is traceable', async () => {
    const violations = (await findProvenanceViolations(db.driver)).filter((v) => v.subject.includes(p));
    expect(violations).toEqual([
      { kind: 'entity', subject: `${p}blank` },
      { kind: 'entity', subject: `${p}falsch` },
      { kind: 'entity', subject: `${p}fremd` },
      { kind: 'entity', subject: `${p}leer` },
      { kind: 'entity', subject: `${p}los` },
      { kind: 'entity', subject: `${p}stumm` },
      { kind: 'relation', subject: `${p}amt -ABOUT-> ${p}los` },
      { kind: 'relation', subject: `${p}amt -FUNDS-> ${p}stadt` },
      { kind: 'relation', subject: `${p}gesetz -ABOUT-> ${p}amt` },
      { kind: 'relation', subject: `${p}gesetz -ABOUT-> ${p}quartier` },
      { kind: 'relation', subject: `${p}gesetz -ABOUT-> ${p}stadt` },
      { kind: 'relation', subject: `${p}ohne-art -ABOUT-> ${p}amt` },
      { kind: 'relation', subject: `${p}ohne-art -ABOUT-> ${p}quartier` },
      { kind: 'relation', subject: `${p}ohne-art -ABOUT-> ${p}stadt` },
      { kind: 'relation', subject: `${p}stadt -ABOUT-> ${p}gesetz` },
    ]);
  });

  it('stops at the limit', async () => {
    expect(await findProvenanceViolations(db.driver, { limit: 2 })).toHaveLength(2);
  });
});
