import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CaseStudyIssueCode, type CaseStudyIssue } from '../../src/case-study/case-study-issue';
import { readCaseStudyFromGraph } from '../../src/export/export-case-study';
import { CaseStudyValidationError } from '../../src/import/case-study-validation-error';
import { importCaseStudy } from '../../src/import/import-case-study';
import { findProvenanceViolations } from '../../src/import/provenance-check';
import { uniquePrefix, useCleanedFixtures, type CaseStudyFixture } from '../utils/case-study-fixture';
import { graphFingerprint } from '../utils/graph-fingerprint';
import { useTestDatabase } from '../utils/test-database';

const ORG_QUOTE = 'Das Testministerium für Bau (TMB) lud ein.';

/** A cited source `<p>-erlass` (kind CITATION) as a YAML flow mapping. */
function erlass(p: string, date = '2021-12-08'): string {
  return `{ key: ${p}-erlass, kind: CITATION, title: Organisationserlass, publisher: Bundesgesetzblatt, date: '${date}' }`;
}

/** The fixture's YAML with `source` (a YAML flow mapping) listed among its sources. */
function withSource(yaml: string, source: string): string {
  return yaml.replace('entities:\n', `  - ${source}\nentities:\n`);
}

/** The fixture's YAML with its organisation also cited to `<p>-erlass`. */
function orgCitingErlass(yaml: string, p: string): string {
  return yaml.replace(
    `      - { source: ${p}-src, quote: '${ORG_QUOTE}' }\n  - key: ${p}-person`,
    `      - { source: ${p}-src, quote: '${ORG_QUOTE}' }\n      - { source: ${p}-erlass, locator: 'Abschnitt I' }\n  - key: ${p}-person`,
  );
}

describe('citations shared between case studies (issue 14)', () => {
  const db = useTestDatabase();
  // Every fixture this file imports is removed after it (see useCleanedFixtures).
  const writeCaseStudyFixture = useCleanedFixtures(db);

  // Issue 14: the federal bodies became a reference case study of their own (seed/bundesbehoerden), whose
  // sources are cited acts. The BIWAQ case study's relation "BMI responsible for BIWAQ until 2021-12-07"
  // cites one of them (the BMWSB's page) for its end. Before, a relation could cite only the sources of
  // the files imported with it: the BIWAQ case study, exported and imported alone, was refused
  // (UNKNOWN_SOURCE), and a relation citing another case study's source counted as that case study's,
  // so its owner's re-import was refused (OWNED_BY_OTHER_CASE_STUDY) and its owner's export carried it.
  describe('a relation cites a cited source (kind CITATION) of another case study', () => {
    /** Case study A (prefix p) with a cited source `<p>-erlass`, and its organisation cited to it too. */
    function citing(): CaseStudyFixture {
      return writeCaseStudyFixture({
        edit: (y, p) => orgCitingErlass(withSource(y, erlass(p)), p),
      });
    }

    /** Case study B (prefix q): its ORGANISED relation to A's event also cites A's sources as `extra`. */
    function borrowing(p: string, extra: string, q = `${p}b`): CaseStudyFixture {
      return writeCaseStudyFixture({
        prefix: q,
        edit: (y) =>
          `${y}  - type: ORGANISED\n    from: ${q}-org\n    to: ${p}-event\n    evidence:\n      - { source: ${q}-src, quote: '${ORG_QUOTE}' }\n      - ${extra}\n`,
      });
    }

    async function rejected(fixture: CaseStudyFixture): Promise<readonly CaseStudyIssue[]> {
      const before = await graphFingerprint(db.driver);
      const error = await importCaseStudy({ driver: db.driver, paths: [fixture.dir] }).catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(CaseStudyValidationError);
      expect(await graphFingerprint(db.driver)).toBe(before);
      return (error as CaseStudyValidationError).issues;
    }

    it('is imported alone, carries the citation, belongs to its own case study and re-imports unchanged', async () => {
      const owner = citing();
      const p = owner.prefix;
      await importCaseStudy({ driver: db.driver, paths: [owner.dir] });
      const second = borrowing(p, `{ source: ${p}-erlass, locator: 'Abschnitt II' }`);
      const q = second.prefix;
      await importCaseStudy({ driver: db.driver, paths: [second.dir] });

      const { records } = await db.driver.executeQuery(
        `MATCH (:Entity {key: $from})-[r:ORGANISED]->(:Entity {key: $to})
         RETURN r.statedBy AS statedBy, r.sources AS sources, r.locators AS locators, r.sourceTitles AS titles,
                r.sourcePublishers AS publishers, r.sourceDates AS dates`,
        { from: `${q}-org`, to: `${p}-event` },
      );
      expect(records.map((r) => r.toObject())).toEqual([
        {
          statedBy: `${q}-case`,
          sources: [`${q}-src`, `${p}-erlass`],
          locators: ['', 'Abschnitt II'],
          titles: ['Testquelle', 'Organisationserlass'],
          publishers: ['', 'Bundesgesetzblatt'],
          dates: ['2021-03-04', '2021-12-08'],
        },
      ]);
      expect(await findProvenanceViolations(db.driver)).toEqual([]);

      // Each case study re-imports alone unchanged: the owner of the citation does not own the relation.
      const before = await graphFingerprint(db.driver);
      for (const fixture of [owner, second]) {
        const report = await importCaseStudy({ driver: db.driver, paths: [fixture.dir] });
        expect(report.relations.created + report.relations.updated).toBe(0);
      }
      expect(await graphFingerprint(db.driver)).toBe(before);

      // The exports: the relation is B's (with A's citation in its evidence), A's export does not carry it.
      const exportOf = async (caseStudy: string) => (await readCaseStudyFromGraph(db.driver, caseStudy)).data;
      const ownerExport = await exportOf(`${p}-case`);
      expect(ownerExport.relations?.map((r) => `${r.type} ${r.from} ${r.to}`).sort()).toEqual([
        `MODERATED ${p}-person ${p}-event`,
        `ORGANISED ${p}-org ${p}-event`,
      ]);
      const secondExport = await exportOf(`${q}-case`);
      expect(secondExport.sources?.map((s) => s.key)).toEqual([`${q}-src`]);
      expect(secondExport.relations?.find((r) => r.to === `${p}-event`)?.evidence).toEqual([
        { source: `${q}-src`, quote: ORG_QUOTE },
        { source: `${p}-erlass`, locator: 'Abschnitt II' },
      ]);
    });

    // Found by the same review: the relation keeps copies of the borrowed source's title, publisher and
    // date (and statedOn from them). Changing the source in its own case study left them stale, and
    // turning it into a text left the relation with a locator and no quote (a provenance violation).
    it('follows changes of the borrowed citation, and refuses to turn it into a text', async () => {
      const listing = (p: string, source: string) =>
        writeCaseStudyFixture({
          prefix: p,
          edit: (y) => withSource(y, source),
        });
      const p = uniquePrefix();
      const owner = listing(p, erlass(p));
      await importCaseStudy({ driver: db.driver, paths: [owner.dir] });
      const second = borrowing(p, `{ source: ${p}-erlass, locator: 'Abschnitt II' }`);
      await importCaseStudy({ driver: db.driver, paths: [second.dir] });
      const copies = async () =>
        (
          await db.driver.executeQuery(
            `MATCH (:Entity {key: $from})-[r:ORGANISED]->(:Entity {key: $to})
             RETURN r.sourceTitles AS titles, r.sourcePublishers AS publishers, r.sourceDates AS dates, toString(r.statedOn) AS statedOn`,
            { from: `${second.prefix}-org`, to: `${p}-event` },
          )
        ).records.map((r) => r.toObject());

      const corrected = listing(
        p,
        `{ key: ${p}-erlass, kind: CITATION, title: Organisationserlass des Bundeskanzlers, publisher: Bundesanzeiger, date: '2020-12-08' }`,
      );
      await importCaseStudy({ driver: db.driver, paths: [corrected.dir] });
      expect(await copies()).toEqual([
        {
          titles: ['Testquelle', 'Organisationserlass des Bundeskanzlers'],
          publishers: ['', 'Bundesanzeiger'],
          dates: ['2021-03-04', '2020-12-08'],
          statedOn: '2020-12-08',
        },
      ]);
      // The borrowing case study re-imports to the same copies.
      await importCaseStudy({ driver: db.driver, paths: [second.dir] });
      expect((await copies())[0]?.statedOn).toBe('2020-12-08');

      const texted = listing(p, `{ key: ${p}-erlass, title: Organisationserlass, file: source.txt }`);
      const before = await graphFingerprint(db.driver);
      const refusal = {
        code: 'BAD_USER_INPUT',
        message: `a cited source (kind: CITATION) that relations outside this import cite with a locator must stay one: "${second.prefix}-org|ORGANISED|${p}-event" of case study "${second.prefix}-case" cites "${p}-erlass" with a locator`,
      };
      // A dry run says so too (it checks everything the import would refuse).
      const dry = await importCaseStudy({ driver: db.driver, paths: [texted.dir], dryRun: true }).catch(
        (e: unknown) => e,
      );
      expect(dry).toMatchObject(refusal);
      const error = await importCaseStudy({ driver: db.driver, paths: [texted.dir] }).catch(
        (e: unknown) => e,
      );
      expect(error).toMatchObject(refusal);
      expect(await graphFingerprint(db.driver)).toBe(before);
      expect(await findProvenanceViolations(db.driver)).toEqual([]);
    });

    it("refuses another case study's text source, a citation on an entity, and a quote in place of a locator", async () => {
      const owner = citing();
      const p = owner.prefix;
      await importCaseStudy({ driver: db.driver, paths: [owner.dir] });
      const hint =
        '; a relation may also cite a source of kind CITATION that another case study lists (stored, or in this import)';

      // A text source of another case study: its text is not checked here, so it is not citable.
      const text = borrowing(p, `{ source: ${p}-src, quote: '${ORG_QUOTE}' }`);
      expect((await rejected(text)).map((i) => [i.code, i.field, i.message])).toEqual([
        [
          CaseStudyIssueCode.UNKNOWN_SOURCE,
          'relations[2].evidence[1].source',
          `unknown source "${p}-src": add it under "sources" (with its text file) before citing it${hint}`,
        ],
      ]);

      // An entity's evidence belongs to the case study of its source: a borrowed citation would be A's.
      const q = `${p}c`;
      const onEntity = writeCaseStudyFixture({
        prefix: q,
        edit: (y) =>
          y.replace(
            `      - { source: ${q}-src, quote: '${ORG_QUOTE}' }\n  - key: ${q}-person`,
            `      - { source: ${p}-erlass, locator: 'Abschnitt I' }\n  - key: ${q}-person`,
          ),
      });
      expect((await rejected(onEntity)).map((i) => [i.code, i.field, i.message])).toEqual([
        [
          CaseStudyIssueCode.UNKNOWN_SOURCE,
          'entities[0].evidence[0].source',
          `unknown source "${p}-erlass": add it under "sources" (with its text file) before citing it`,
        ],
      ]);

      // A borrowed citation is still a citation: a quote is refused as it is for one's own.
      const quoted = borrowing(p, `{ source: ${p}-erlass, quote: 'Abschnitt II' }`, `${p}d`);
      expect((await rejected(quoted)).map((i) => [i.code, i.field])).toEqual([
        [CaseStudyIssueCode.EVIDENCE_KIND_MISMATCH, 'relations[2].evidence[1].quote'],
      ]);
    });
  });

  // Found by a review of the move: a source moved from one case study to another (the federal bodies'
  // acts, from biwaq-gfdq to bundesbehoerden) kept its old case study on a graph seeded before. Its hash
  // did not name the case study, so the unchanged source was skipped, and the write only ever added a
  // case-study link: the new owner's export lacked the source and its entity, its lone import was refused.
  describe('a source and an entity moved to another case study, on a graph that holds the old one', () => {
    it('leave the case study that listed them, and each case study exports and imports alone', async () => {
      // Before: case study A defines the organisation and lists the act that names it.
      const before = writeCaseStudyFixture({
        edit: (y, p) => orgCitingErlass(withSource(y, erlass(p)), p),
      });
      const p = before.prefix;
      await importCaseStudy({ driver: db.driver, paths: [before.dir] });

      // After: B (the reference case study) owns the organisation and the act; A adds its quote.
      const organisation =
        / {2}- key: [a-z0-9]+-org\n[\s\S]*?(?= {2}- key: [a-z0-9]+-person)/.exec(before.yaml)?.[0] ?? '';
      expect(organisation).toContain('Testministerium für Bau');
      const after = writeCaseStudyFixture({
        prefix: p,
        edit: (y) =>
          `${y.replace(/ {2}- key: [a-z0-9]+-org\n[\s\S]*?(?= {2}- key: [a-z0-9]+-person)/, '')}additions:\n  - key: ${p}-org\n    evidence: [{ source: ${p}-src, quote: '${ORG_QUOTE}' }]\n`,
      });
      const reference = writeCaseStudyFixture({
        prefix: p,
        edit: () =>
          `caseStudy:\n  key: ${p}-ref\n  title: Referenz\nsources:\n  - ${erlass(p)}\nentities:\n${organisation.replace(
            `      - { source: ${p}-src, quote: '${ORG_QUOTE}' }\n`,
            '',
          )}`,
      });
      await importCaseStudy({ driver: db.driver, paths: [after.dir, reference.dir] });

      const exported = async (caseStudy: string) => (await readCaseStudyFromGraph(db.driver, caseStudy)).data;
      const ref = await exported(`${p}-ref`);
      expect(ref.sources?.map((s) => s.key)).toEqual([`${p}-erlass`]);
      expect(ref.entities?.map((e) => e.key)).toEqual([`${p}-org`]);
      const own = await exported(`${p}-case`);
      expect(own.sources?.map((s) => s.key)).toEqual([`${p}-src`]);
      expect(own.additions).toEqual([
        {
          key: `${p}-org`,
          evidence: [{ source: `${p}-src`, quote: ORG_QUOTE }],
        },
      ]);
      // Each imports alone, unchanged.
      const fingerprint = await graphFingerprint(db.driver);
      for (const fixture of [reference, after])
        await importCaseStudy({ driver: db.driver, paths: [fixture.dir] });
      expect(await graphFingerprint(db.driver)).toBe(fingerprint);
      expect(await findProvenanceViolations(db.driver)).toEqual([]);
    });
  });

  // Found by the same review: the refusals above held only for a case study imported alone. In one
  // import with the owner, an entity or relation could cite the owner's text sources (each file was
  // checked against every file's sources), and its export could then not be imported alone.
  describe('in one import with the case study that lists them', () => {
    it("refuses another case study's text source on entities, names and relations; allows its citations on relations", async () => {
      const owner = writeCaseStudyFixture({
        edit: (y, p) => withSource(y, erlass(p)),
      });
      const p = owner.prefix;
      const q = `${p}b`;
      const other = writeCaseStudyFixture({
        prefix: q,
        edit: (y) =>
          `${y
            .replace(
              `      - { source: ${q}-src, quote: '${ORG_QUOTE}' }\n  - key: ${q}-person`,
              `      - { source: ${p}-src, quote: '${ORG_QUOTE}' }\n    names:\n      - { name: Testamt, validTo: '2020-12-31', evidence: [{ source: ${p}-erlass, locator: 'I' }] }\n  - key: ${q}-person`,
            )
            .replace(
              `    evidence:\n      - { source: ${q}-src, quote: '${ORG_QUOTE}' }\n  - type: MODERATED`,
              `    evidence:\n      - { source: ${p}-src, quote: '${ORG_QUOTE}' }\n      - { source: ${p}-erlass, locator: 'Abschnitt II' }\n  - type: MODERATED`,
            )}`,
      });
      const before = await graphFingerprint(db.driver);
      const error = await importCaseStudy({ driver: db.driver, paths: [owner.dir, other.dir] }).catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(CaseStudyValidationError);
      expect(await graphFingerprint(db.driver)).toBe(before);
      const citationHint = ' (a relation may also cite a cited source, kind CITATION, of another case study)';
      expect(
        (error as CaseStudyValidationError).issues
          .filter((i) => i.code === CaseStudyIssueCode.FOREIGN_SOURCE)
          .map((i) => [i.field, i.message]),
      ).toEqual([
        [
          'entities[0].evidence[0].source',
          `source "${p}-src" belongs to case study "${p}-case": the evidence of case study "${q}-case" cites its own sources`,
        ],
        [
          'entities[0].names[0].evidence[0].source',
          `source "${p}-erlass" belongs to case study "${p}-case": the evidence of case study "${q}-case" cites its own sources`,
        ],
        [
          'relations[0].evidence[0].source',
          `source "${p}-src" belongs to case study "${p}-case": the evidence of case study "${q}-case" cites its own sources${citationHint}`,
        ],
      ]);
    });
  });

  // Found by a second review: the copies were refreshed for relations of case studies other than the
  // importing ones, so a relation in another file of the same case study, imported without it, kept the
  // old ones. What the import does not write is what must follow.
  describe('a case study in two files, one imported alone', () => {
    it("brings the other file's relation up to date with the citation the imported file changed", async () => {
      const first = writeCaseStudyFixture({ edit: (y, p) => withSource(y, erlass(p)) });
      const p = first.prefix;
      const second = join(first.dir, 'z-participation.yaml');
      writeFileSync(
        second,
        `caseStudy:\n  key: ${p}-case\n  title: Testfall\nsources:\n  - { key: ${p}-src2, title: Testquelle 2, date: '2021-03-04', file: source.txt }\nrelations:\n  - type: PARTICIPATED_IN\n    from: ${p}-person\n    to: ${p}-event\n    evidence:\n      - { source: ${p}-src2, quote: 'Dr. Erika Muster moderierte die Werkstatt.' }\n      - { source: ${p}-erlass, locator: 'Abschnitt III' }\n`,
        'utf8',
      );
      await importCaseStudy({ driver: db.driver, paths: [first.dir] });
      writeFileSync(first.file, first.yaml.replace(erlass(p), erlass(p, '2020-12-08')), 'utf8');
      await importCaseStudy({ driver: db.driver, paths: [first.file] });
      const { records } = await db.driver.executeQuery(
        `MATCH (:Entity {key: $from})-[r:PARTICIPATED_IN]->(:Entity {key: $to}) RETURN r.sourceDates AS dates, toString(r.statedOn) AS statedOn`,
        { from: `${p}-person`, to: `${p}-event` },
      );
      expect(records.map((r) => r.toObject())).toEqual([
        { dates: ['2021-03-04', '2020-12-08'], statedOn: '2020-12-08' },
      ]);
    });
  });
});
