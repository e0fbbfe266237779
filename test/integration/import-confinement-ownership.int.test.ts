import { symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CaseStudyIssueCode, type CaseStudyIssue } from '../../src/case-study/case-study-issue';
import { CaseStudyValidationError } from '../../src/import/case-study-validation-error';
import { importCaseStudy } from '../../src/import/import-case-study';
import { findProvenanceViolations } from '../../src/import/provenance-check';
import { writeCaseStudyFixture, type CaseStudyFixture } from '../utils/case-study-fixture';
import { graphFingerprint } from '../utils/graph-fingerprint';
import { useTestDatabase } from '../utils/test-database';

// Issue 12, findings 1 and 3: a case study published any file it named, and one case study silently
// rewrote the sources and entities of another.
describe('a case study reads only its own folder and rewrites only its own keys', () => {
  const db = useTestDatabase();

  async function violationsOf(prefix: string) {
    return (await findProvenanceViolations(db.driver)).filter((v) => v.subject.includes(prefix));
  }

  async function rejected(fixture: CaseStudyFixture, dryRun = false): Promise<readonly CaseStudyIssue[]> {
    const before = await graphFingerprint(db.driver);
    const error = await importCaseStudy({ driver: db.driver, paths: [fixture.dir], dryRun }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(CaseStudyValidationError);
    expect(await graphFingerprint(db.driver)).toBe(before);
    return (error as CaseStudyValidationError).issues;
  }

  it.each(['/proc/self/environ', '/etc/passwd', '../../../../etc/passwd'])(
    'refuses the source file %s and writes nothing',
    async (path) => {
      const fixture = writeCaseStudyFixture({
        edit: (y) => y.replace('file: source.txt', `file: '${path}'`),
      });
      const [first] = await rejected(fixture);
      expect(first).toMatchObject({
        code: CaseStudyIssueCode.SOURCE_FILE_REFUSED,
        field: 'sources[0].file',
        line: fixture.lineOf(path),
      });
    },
  );

  it('refuses a source file that is a symlink out of the folder', async () => {
    const fixture = writeCaseStudyFixture({ edit: (y) => y.replace('file: source.txt', 'file: a.txt') });
    symlinkSync('/etc/passwd', join(fixture.dir, 'a.txt'));
    const [first] = await rejected(fixture);
    expect(first?.message).toMatch(/lies outside the case study's folder/);
  });

  it('refuses a source file over the size limit', async () => {
    const fixture = writeCaseStudyFixture();
    writeFileSync(join(fixture.dir, 'source.txt'), 'Das Testministerium für Bau (TMB) lud ein. '.repeat(10));
    const error = await importCaseStudy({
      driver: db.driver,
      paths: [fixture.dir],
      sourceTextLimits: { maxSourceBytes: 100, maxCaseStudyBytes: 1000 },
    }).catch((e: unknown) => e);
    expect((error as CaseStudyValidationError).issues[0]?.message).toMatch(/more than the limit of 100/);
  });

  it("refuses a second case study that redefines the first one's source, entity and relation", async () => {
    const first = writeCaseStudyFixture();
    await importCaseStudy({ driver: db.driver, paths: [first.dir] });
    const p = first.prefix;
    // Same keys, another case study, another name: the importer used to answer "1 updated".
    const second = writeCaseStudyFixture({
      prefix: p,
      edit: (y) =>
        y
          .replace(`key: ${p}-case`, `key: ${p}-other-case`)
          .replace('name: Testministerium für Bau', 'name: Umbenanntes Ministerium'),
    });
    for (const dryRun of [true, false]) {
      const issues = await rejected(second, dryRun);
      const owned = issues.filter((i) => i.code === CaseStudyIssueCode.OWNED_BY_OTHER_CASE_STUDY);
      expect(owned.map((i) => i.field)).toEqual([
        'sources[0].key',
        'entities[0].key',
        'entities[1].key',
        'entities[2].key',
        'relations[0]',
        'relations[1]',
      ]);
      expect(owned[0]?.message).toBe(
        `the source "${p}-src" belongs to case study "${p}-case"; case study "${p}-other-case" may not rewrite it: give the source a key of its own`,
      );
    }
    // The owner itself may re-import (and change) its own keys.
    const again = await importCaseStudy({ driver: db.driver, paths: [first.dir], dryRun: true });
    expect(again.entities.unchanged).toBe(3);
    expect(await violationsOf(p)).toEqual([]);
  });

  it('lets a second case study refer to an existing entity by key without defining it', async () => {
    const first = writeCaseStudyFixture();
    await importCaseStudy({ driver: db.driver, paths: [first.dir] });
    const q = `${first.prefix}x`;
    const second = writeCaseStudyFixture({
      prefix: q,
      edit: (y) =>
        y.replace(
          `    from: ${q}-org\n    to: ${q}-event\n`,
          `    from: ${first.prefix}-org\n    to: ${q}-event\n`,
        ),
    });
    const report = await importCaseStudy({ driver: db.driver, paths: [second.dir] });
    expect(report.relations.created).toBe(2);
    // Both case studies stay traceable: the shared entity keeps the first one's evidence.
    expect(await violationsOf(first.prefix)).toEqual([]);
  });
});
