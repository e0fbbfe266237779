import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CaseStudyIssueCode, type CaseStudyIssue } from '../../src/case-study/case-study-issue';
import { readCaseStudyFromGraph } from '../../src/export/export-case-study';
import { CaseStudyValidationError } from '../../src/import/case-study-validation-error';
import { importCaseStudy } from '../../src/import/import-case-study';
import { findProvenanceViolations } from '../../src/import/provenance-check';
import { useCleanedFixtures, type CaseStudyFixture } from '../utils/case-study-fixture';
import { graphFingerprint } from '../utils/graph-fingerprint';
import { useTestDatabase } from '../utils/test-database';

// Issue 12: "a second case study may add evidence to (not rewrite) an existing entity; shared entities
// (the BMI appears in many case studies) keep the union of their evidence". Before, a second case study
// could only refer to the entity; its own sentence about it had nowhere to go.
describe('a case study adds evidence to an entity another one defines', () => {
  const db = useTestDatabase();
  // Every fixture this file imports is removed after it (see useCleanedFixtures).
  const writeCaseStudyFixture = useCleanedFixtures(db);

  const ORG_QUOTE = 'Das Testministerium für Bau (TMB) lud ein.';
  const PERSON_QUOTE = 'Dr. Erika Muster moderierte die Werkstatt.';

  /** Case study B (prefix q) adding to A's organisation, with `evidence` as its YAML flow list. */
  function adding(
    ownerPrefix: string,
    q: string,
    evidence = `[{ source: ${q}-src, quote: '${ORG_QUOTE}' }]`,
    orgName = 'Testministerium für Bau',
  ) {
    return writeCaseStudyFixture({
      prefix: q,
      edit: (y) =>
        `${y.replace('name: Testministerium für Bau', `name: ${orgName}`)}additions:\n  - key: ${ownerPrefix}-org\n    evidence: ${evidence}\n`,
    });
  }

  async function evidenceSources(key: string): Promise<string[]> {
    const result = await db.driver.executeQuery(
      'MATCH (:Entity {key: $key})-[e:STATED_IN]->(s:Source) RETURN s.key AS source, e.quote AS quote ORDER BY source',
      { key },
    );
    return result.records.map((r) => `${r.get('source') as string}: ${r.get('quote') as string}`);
  }

  async function rejected(fixture: CaseStudyFixture): Promise<readonly CaseStudyIssue[]> {
    const before = await graphFingerprint(db.driver);
    const error = await importCaseStudy({ driver: db.driver, paths: [fixture.dir] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CaseStudyValidationError);
    expect(await graphFingerprint(db.driver)).toBe(before);
    return (error as CaseStudyValidationError).issues;
  }

  async function violations(...prefixes: string[]) {
    return (await findProvenanceViolations(db.driver)).filter((v) =>
      prefixes.some((prefix) => v.subject.includes(prefix)),
    );
  }

  it('keeps the union of both case studies evidence, through re-imports of either', async () => {
    const owner = writeCaseStudyFixture();
    const p = owner.prefix;
    await importCaseStudy({ driver: db.driver, paths: [owner.dir] });
    const q = `${p}b`;
    const second = adding(p, q);

    const dry = await importCaseStudy({ driver: db.driver, paths: [second.dir], dryRun: true });
    expect(dry.additions).toEqual({ created: 1, updated: 0, unchanged: 0, withdrawn: 0 });
    expect(await evidenceSources(`${p}-org`)).toEqual([`${p}-src: ${ORG_QUOTE}`]);

    const report = await importCaseStudy({ driver: db.driver, paths: [second.dir] });
    expect(report.additions).toEqual({ created: 1, updated: 0, unchanged: 0, withdrawn: 0 });
    const union = [`${p}-src: ${ORG_QUOTE}`, `${q}-src: ${ORG_QUOTE}`];
    expect(await evidenceSources(`${p}-org`)).toEqual(union);
    expect(await violations(p, q)).toEqual([]);

    // The owner re-imports (it is still the owner: the added evidence does not make B one) ...
    const again = await importCaseStudy({ driver: db.driver, paths: [owner.dir] });
    expect(again.entities.unchanged).toBe(3);
    // ... and changes its entity: B's evidence stays.
    const renamed = writeCaseStudyFixture({
      prefix: p,
      edit: (y) => y.replace('name: Testministerium für Bau', 'name: Testministerium für Bauwesen'),
    });
    const changed = await importCaseStudy({ driver: db.driver, paths: [renamed.dir] });
    expect(changed.entities.updated).toBe(1);
    expect(await evidenceSources(`${p}-org`)).toEqual(union);

    // B again: nothing to do.
    const unchanged = await importCaseStudy({ driver: db.driver, paths: [second.dir] });
    expect(unchanged.additions).toEqual({ created: 0, updated: 0, unchanged: 1, withdrawn: 0 });
    expect(await evidenceSources(`${p}-org`)).toEqual(union);

    // B changes its sentence: only B's evidence is replaced.
    const other = 'Die Testwerkstatt fand am 4. und 5. März 2021 online statt.';
    const updated = await importCaseStudy({
      driver: db.driver,
      paths: [adding(p, q, `[{ source: ${q}-src, quote: '${other}' }]`).dir],
    });
    expect(updated.additions).toMatchObject({ updated: 1 });
    expect(await evidenceSources(`${p}-org`)).toEqual([`${p}-src: ${ORG_QUOTE}`, `${q}-src: ${other}`]);

    // B stops adding: its evidence goes, the owner's stays.
    const withdrawn = await importCaseStudy({
      driver: db.driver,
      paths: [writeCaseStudyFixture({ prefix: q }).dir],
    });
    expect(withdrawn.additions).toEqual({ created: 0, updated: 0, unchanged: 0, withdrawn: 1 });
    expect(await evidenceSources(`${p}-org`)).toEqual([`${p}-src: ${ORG_QUOTE}`]);
    expect(await violations(p, q)).toEqual([]);
  });

  it('exports an addition as an addition, and the export imports as a fixed point', async () => {
    const owner = writeCaseStudyFixture();
    const p = owner.prefix;
    await importCaseStudy({ driver: db.driver, paths: [owner.dir] });
    const q = `${p}b`;
    await importCaseStudy({ driver: db.driver, paths: [adding(p, q).dir] });
    const { data } = await readCaseStudyFromGraph(db.driver, `${q}-case`);
    expect(data.additions).toEqual([
      { key: `${p}-org`, evidence: [{ source: `${q}-src`, quote: ORG_QUOTE }] },
    ]);
    expect(data.entities?.map((e) => e.key)).not.toContain(`${p}-org`);
    const ownerExport = await readCaseStudyFromGraph(db.driver, `${p}-case`);
    expect(ownerExport.data.additions).toBeUndefined();
    expect(ownerExport.data.entities?.find((e) => e.key === `${p}-org`)?.evidence).toEqual([
      { source: `${p}-src`, quote: ORG_QUOTE },
    ]);
  });

  it('refuses an addition to its own entity, to an unknown entity, or with a quote not in its source', async () => {
    const owner = writeCaseStudyFixture();
    const p = owner.prefix;
    await importCaseStudy({ driver: db.driver, paths: [owner.dir] });

    const own = writeCaseStudyFixture({
      edit: (y, prefix) =>
        `${y}additions:\n  - key: ${prefix}-org\n    evidence: [{ source: ${prefix}-src, quote: '${ORG_QUOTE}' }]\n`,
    });
    expect((await rejected(own))[0]).toMatchObject({
      code: CaseStudyIssueCode.ADDITION_TO_OWN_ENTITY,
      field: 'additions[0].key',
      line: own.lineOf(`- key: ${own.prefix}-org`, 2),
      message: `entity "${own.prefix}-org" is defined by this case study ("${own.prefix}-case"): put this evidence in its "evidence" there; additions are for entities of other case studies`,
    });

    // Also when the entity is no longer in the files: its stored owner is the adding case study.
    const ownStored = writeCaseStudyFixture({
      prefix: p,
      edit: (y) =>
        `${y.replace(/ {2}- key: \S+-org\n[\s\S]*?(?= {2}- key: \S+-person)/, '')}additions:\n  - key: ${p}-org\n    evidence: [{ source: ${p}-src, quote: '${ORG_QUOTE}' }]\n`,
    });
    expect((await rejected(ownStored))[0]).toMatchObject({
      code: CaseStudyIssueCode.ADDITION_TO_OWN_ENTITY,
      field: 'additions[0].key',
    });

    const q = `${p}c`;
    const unknown = writeCaseStudyFixture({
      prefix: q,
      edit: (y) =>
        `${y}additions:\n  - key: ${p}-nobody\n    evidence: [{ source: ${q}-src, quote: '${ORG_QUOTE}' }]\n`,
    });
    expect((await rejected(unknown))[0]).toMatchObject({
      code: CaseStudyIssueCode.UNKNOWN_ENTITY,
      field: 'additions[0].key',
      message: `unknown entity key "${p}-nobody": an addition needs an entity that exists in the database`,
    });

    const invented = adding(
      p,
      `${p}d`,
      `[{ source: ${p}d-src, quote: 'Das Testministerium gestand alles.' }]`,
    );
    expect((await rejected(invented))[0]).toMatchObject({
      code: CaseStudyIssueCode.QUOTE_NOT_FOUND,
      field: 'additions[0].evidence[0].quote',
    });

    // Citing the owner's source would make the evidence the owner's (exported, replaced as its own).
    const borrowed = adding(p, `${p}h`, `[{ source: ${p}-src, quote: '${ORG_QUOTE}' }]`, 'Testministerium H');
    const borrowedIssues = await importCaseStudy({
      driver: db.driver,
      paths: [owner.dir, borrowed.dir],
    }).catch((e: unknown) => (e as CaseStudyValidationError).issues);
    expect(borrowedIssues).toEqual([
      expect.objectContaining({
        code: CaseStudyIssueCode.ADDITION_FOREIGN_SOURCE,
        field: 'additions[0].evidence[0].source',
        message: `source "${p}-src" belongs to case study "${p}-case": an addition of case study "${p}h-case" cites its own sources`,
      }),
    ]);

    // Defining the other's entity instead of adding to it is still rewriting it.
    const redefining = writeCaseStudyFixture({
      prefix: `${p}e`,
      edit: (y) =>
        y.replace(`key: ${p}e-org`, `key: ${p}-org`).replaceAll(`from: ${p}e-org`, `from: ${p}-org`),
    });
    expect((await rejected(redefining)).map((i) => i.code)).toContain(
      CaseStudyIssueCode.OWNED_BY_OTHER_CASE_STUDY,
    );
    expect(await evidenceSources(`${p}-org`)).toEqual([`${p}-src: ${ORG_QUOTE}`]);
  });

  it('lets two case studies of one import add to the entity of a third', async () => {
    const owner = writeCaseStudyFixture();
    const p = owner.prefix;
    await importCaseStudy({ driver: db.driver, paths: [owner.dir] });
    const report = await importCaseStudy({
      driver: db.driver,
      // Imported together, their own organisations need names of their own.
      paths: [
        adding(p, `${p}f`, undefined, 'Testministerium F').dir,
        adding(p, `${p}g`, undefined, 'Testministerium G').dir,
      ],
    });
    expect(report.additions.created).toBe(2);
    // Again: both unchanged (the hashes were kept by entity only, so one looked changed every time).
    const again = await importCaseStudy({
      driver: db.driver,
      paths: [
        adding(p, `${p}f`, undefined, 'Testministerium F').dir,
        adding(p, `${p}g`, undefined, 'Testministerium G').dir,
      ],
    });
    expect(again.additions).toEqual({ created: 0, updated: 0, unchanged: 2, withdrawn: 0 });
    expect(await evidenceSources(`${p}-org`)).toEqual([
      `${p}-src: ${ORG_QUOTE}`,
      `${p}f-src: ${ORG_QUOTE}`,
      `${p}g-src: ${ORG_QUOTE}`,
    ]);
  });

  it('importing one file of a case study of two files keeps what the other file adds (issue 12)', async () => {
    const owner = writeCaseStudyFixture();
    const p = owner.prefix;
    await importCaseStudy({ driver: db.driver, paths: [owner.dir] });
    const q = `${p}m`;
    const dir = mkdtempSync(join(tmpdir(), 'qn-two-files-'));
    writeFileSync(join(dir, 'a.txt'), ORG_QUOTE);
    writeFileSync(join(dir, 'b.txt'), PERSON_QUOTE);
    const file = (part: 'a' | 'b', entity: string, quote: string, addition = true) =>
      `caseStudy: { key: ${q}-case, title: Zwei Dateien }
sources: [{ key: ${q}-src-${part}, title: Quelle ${part}, date: '2021', file: ${part}.txt }]
${addition ? `additions: [{ key: ${entity}, evidence: [{ source: ${q}-src-${part}, quote: '${quote}' }] }]` : ''}
`;
    writeFileSync(join(dir, 'a.yaml'), file('a', `${p}-org`, ORG_QUOTE));
    writeFileSync(join(dir, 'b.yaml'), file('b', `${p}-person`, PERSON_QUOTE));
    expect((await importCaseStudy({ driver: db.driver, paths: [dir] })).additions.created).toBe(2);

    // Only a.yaml again: b.yaml's addition stays (before, the import took it back as "withdrawn").
    const one = await importCaseStudy({ driver: db.driver, paths: [join(dir, 'a.yaml')] });
    expect(one.additions).toEqual({ created: 0, updated: 0, unchanged: 1, withdrawn: 0 });
    expect(await evidenceSources(`${p}-person`)).toContain(`${q}-src-b: ${PERSON_QUOTE}`);

    // a.yaml without its addition takes back its own addition only.
    writeFileSync(join(dir, 'a.yaml'), file('a', `${p}-org`, ORG_QUOTE, false));
    const dropped = await importCaseStudy({ driver: db.driver, paths: [join(dir, 'a.yaml')] });
    expect(dropped.additions.withdrawn).toBe(1);
    expect(await evidenceSources(`${p}-org`)).toEqual([`${p}-src: ${ORG_QUOTE}`]);
    expect(await evidenceSources(`${p}-person`)).toContain(`${q}-src-b: ${PERSON_QUOTE}`);
  });
});
