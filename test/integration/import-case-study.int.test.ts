import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportCaseStudy } from '../../src/export/export-case-study';
import { importCaseStudy } from '../../src/import/import-case-study';
import { writeCaseStudyFixture, type CaseStudyFixture } from '../utils/case-study-fixture';
import { countByKeyPrefix, deleteByKeyPrefix, graphFingerprint } from '../utils/graph-fingerprint';
import { runCliOnTestNeo4j } from '../utils/run-cli';
import { useTestDatabase } from '../utils/test-database';

describe('importCaseStudy', () => {
  const db = useTestDatabase();
  const prefixes: string[] = [];

  function fixture(options: Parameters<typeof writeCaseStudyFixture>[0] = {}): CaseStudyFixture {
    const created = writeCaseStudyFixture(options);
    prefixes.push(created.prefix);
    return created;
  }

  db.onCleanup(async (driver) => {
    for (const prefix of prefixes) await deleteByKeyPrefix(driver, prefix);
  });

  it('writes entities, sources, evidence and relations with their properties', async () => {
    const f = fixture();
    const report = await importCaseStudy({ driver: db.driver, paths: [f.file] });
    expect(report).toMatchObject({
      dryRun: false,
      sources: { created: 1, updated: 0, unchanged: 0 },
      entities: { created: 3, updated: 0, unchanged: 0 },
      relations: { created: 2, updated: 0, unchanged: 0 },
    });
    const [moderated] = await db.run<Record<string, unknown>>(
      `MATCH (p:Person:Actor:Entity {key: $person})-[r:MODERATED]->(e:Event {key: $event})
       RETURN p.academicTitle AS title, r.sources AS sources, r.quotes AS quotes,
              toString(r.validFrom) AS validFrom, r.validFromPrecision AS precision, toString(r.statedOn) AS statedOn,
              toString(e.startDate) AS start, e.format AS format`,
      { person: `${f.prefix}-person`, event: `${f.prefix}-event` },
    );
    expect(moderated).toEqual({
      title: 'Dr.',
      sources: [`${f.prefix}-src`],
      quotes: ['Dr. Erika Muster moderierte die Werkstatt.'],
      validFrom: '2021-03-04',
      precision: 'DAY',
      statedOn: '2021-03-04',
      start: '2021-03-04',
      format: 'ONLINE',
    });
    const evidence = await db.run<{ quote: string; source: string }>(
      'MATCH (:Entity {key: $key})-[e:STATED_IN]->(s:Source) RETURN e.quote AS quote, s.key AS source',
      { key: `${f.prefix}-event` },
    );
    // Stored normalised: the source breaks this sentence across two lines.
    expect(evidence).toEqual([
      { quote: 'Die Testwerkstatt fand am 4. und 5. März 2021 online statt.', source: `${f.prefix}-src` },
    ]);
  });

  it('is idempotent: a second import changes nothing and says so', async () => {
    const f = fixture();
    await importCaseStudy({ driver: db.driver, paths: [f.dir] });
    const counts = await countByKeyPrefix(db.driver, f.prefix);
    const fingerprint = await graphFingerprint(db.driver);
    const second = await importCaseStudy({ driver: db.driver, paths: [f.dir] });
    expect(second.entities).toEqual({ created: 0, updated: 0, unchanged: 3 });
    expect(second.relations).toEqual({ created: 0, updated: 0, unchanged: 2 });
    expect(second.sources).toEqual({ created: 0, updated: 0, unchanged: 1 });
    expect(await countByKeyPrefix(db.driver, f.prefix)).toEqual(counts);
    expect(await graphFingerprint(db.driver)).toBe(fingerprint);
  });

  it('reports an edited entity as updated and applies the change', async () => {
    const f = fixture();
    await importCaseStudy({ driver: db.driver, paths: [f.dir] });
    writeFileSync(f.file, f.yaml.replace('abbreviation: TMB', 'abbreviation: TMfB'), 'utf8');
    const report = await importCaseStudy({ driver: db.driver, paths: [f.dir] });
    expect(report.entities).toEqual({ created: 0, updated: 1, unchanged: 2 });
    const [row] = await db.run<{ abbreviation: string }>(
      'MATCH (n:Entity {key: $key}) RETURN n.abbreviation AS abbreviation',
      {
        key: `${f.prefix}-org`,
      },
    );
    expect(row?.abbreviation).toBe('TMfB');
  });

  it('is atomic: a failure halfway through writing leaves the database as it was', async () => {
    const f = fixture();
    const before = await graphFingerprint(db.driver);
    const phases: string[] = [];
    await expect(
      importCaseStudy({
        driver: db.driver,
        paths: [f.dir],
        onProgress: (progress) => {
          phases.push(progress.phase);
          if (progress.phase === 'evidence') throw new Error('simulated crash after entities were written');
        },
      }),
    ).rejects.toThrow('simulated crash');
    expect(phases).toEqual(['sources', 'entities', 'evidence']);
    expect(await graphFingerprint(db.driver)).toBe(before);
    expect(await countByKeyPrefix(db.driver, f.prefix)).toEqual({ nodes: 0, relationships: 0 });
  });

  it('writes nothing in a dry run but counts what would change', async () => {
    const f = fixture();
    const before = await graphFingerprint(db.driver);
    const report = await importCaseStudy({ driver: db.driver, paths: [f.dir], dryRun: true });
    expect(report.entities.created).toBe(3);
    expect(await graphFingerprint(db.driver)).toBe(before);
  });

  it('lets a new case study refer to entities of an earlier import', async () => {
    const first = fixture();
    await importCaseStudy({ driver: db.driver, paths: [first.dir] });
    const second = fixture({
      edit: (yaml, p) =>
        `${yaml}  - type: PARTICIPATED_IN\n    from: ${first.prefix}-org\n    to: ${p}-event\n    evidence:\n      - { source: ${p}-src, quote: 'Das Testministerium für Bau (TMB) lud ein.' }\n`.replace(
          /name: Testministerium für Bau\n {4}abbreviation: TMB/,
          'name: Zweites Testministerium\n    abbreviation: ZTM',
        ),
    });
    const report = await importCaseStudy({ driver: db.driver, paths: [second.dir] });
    expect(report.relations.created).toBe(3);
    const rows = await db.run(
      'MATCH (:Organisation {key: $org})-[:PARTICIPATED_IN]->(:Event {key: $event}) RETURN 1',
      {
        org: `${first.prefix}-org`,
        event: `${second.prefix}-event`,
      },
    );
    expect(rows).toHaveLength(1);
  });

  it('round-trips: import -> export -> import is a fixed point', async () => {
    const f = fixture();
    await importCaseStudy({ driver: db.driver, paths: [f.dir] });
    const fingerprint = await graphFingerprint(db.driver);
    const outDir = mkdtempSync(join(tmpdir(), 'qn-export-'));
    const { file } = await exportCaseStudy({ driver: db.driver, caseStudy: `${f.prefix}-case`, outDir });

    const reimport = await importCaseStudy({ driver: db.driver, paths: [file] });
    expect(reimport.entities).toEqual({ created: 0, updated: 0, unchanged: 3 });
    expect(reimport.relations).toEqual({ created: 0, updated: 0, unchanged: 2 });
    expect(await graphFingerprint(db.driver)).toBe(fingerprint);

    // From an empty start, the exported files alone rebuild the same subgraph.
    await deleteByKeyPrefix(db.driver, f.prefix);
    await importCaseStudy({ driver: db.driver, paths: [file] });
    expect(await graphFingerprint(db.driver)).toBe(fingerprint);

    const outDir2 = mkdtempSync(join(tmpdir(), 'qn-export-'));
    const second = await exportCaseStudy({
      driver: db.driver,
      caseStudy: `${f.prefix}-case`,
      outDir: outDir2,
    });
    const strip = (text: string) => text.replace(/^# Exported by .*\n/m, '');
    expect(strip(readFileSync(second.file, 'utf8'))).toBe(strip(readFileSync(file, 'utf8')));
  });

  describe('CLI', () => {
    const runCli = runCliOnTestNeo4j;

    it('prints every problem as file:line:column and exits 2 without writing', async () => {
      const f = fixture({
        edit: (y) =>
          y
            .replace("endDate: '2021-03-05'", "endDate: '2021-03-01'")
            .replace('type: ORGANISED', 'type: ORGANIZED'),
      });
      const before = await graphFingerprint(db.driver);
      const result = runCli(['import', f.dir]);
      expect(result.status).toBe(2);
      const lines = result.stderr.trim().split('\n');
      expect(lines).toHaveLength(3);
      expect(lines[0]).toMatch(
        new RegExp(
          `case-study\\.yaml:${f.lineOf("endDate: '2021-03-01'")}:14: DATE_ORDER entities\\[2\\]\\.endDate: `,
        ),
      );
      expect(lines[1]).toMatch(
        new RegExp(
          `case-study\\.yaml:${f.lineOf('ORGANIZED')}:\\d+: UNKNOWN_RELATION_TYPE relations\\[0\\]\\.type: `,
        ),
      );
      expect(lines[2]).toBe('2 problems; nothing was written.');
      expect(await graphFingerprint(db.driver)).toBe(before);
    });

    it('imports, then reports everything unchanged on the second run', () => {
      const f = fixture();
      const first = runCli(['import', f.dir]);
      expect(first.status).toBe(0);
      expect(first.stdout).toContain('entities   3 created, 0 updated, 0 unchanged');
      const second = runCli(['import', f.dir]);
      expect(second.stdout).toContain('entities   0 created, 0 updated, 3 unchanged');
      expect(second.stdout).toContain('relations  0 created, 0 updated, 2 unchanged');
    });

    it('names a missing path', () => {
      const result = runCli(['import', '/nonexistent/case-study.yaml']);
      expect(result.status).toBe(2);
      expect(result.stderr).toContain('No such file or directory: /nonexistent/case-study.yaml');
    });
  });
});
