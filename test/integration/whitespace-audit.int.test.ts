import { importCaseStudy } from '../../src/import/import-case-study';
import { findProvenanceViolations } from '../../src/import/provenance-check';
import { FIXTURE_SOURCE_TEXT, writeCaseStudyFixture } from '../utils/case-study-fixture';
import { useTestDatabase } from '../utils/test-database';

// Issue 12: the importer and the API compare quotes after folding every Unicode space (JavaScript's
// \s), the audit query folded only ASCII whitespace and no-break spaces (Java's \s). A source set
// with thin or ideographic spaces imported cleanly and then failed the audit.
describe('the provenance audit folds the same whitespace as the importer', () => {
  const db = useTestDatabase();

  it.each([
    ['thin space', '\u2009'],
    ['narrow no-break space', '\u202f'],
    ['ideographic space', '\u3000'],
    ['line separator', '\u2028'],
    ['byte order mark between words', '\ufeff'],
  ])('a source with a %s between the quoted words passes both', async (_name, space) => {
    const fixture = writeCaseStudyFixture({
      sourceText: FIXTURE_SOURCE_TEXT.replace(
        'Das Testministerium für Bau',
        `Das${space}Testministerium für${space}Bau`,
      ),
    });
    await importCaseStudy({ driver: db.driver, paths: [fixture.dir] });
    const violations = (await findProvenanceViolations(db.driver)).filter((v) =>
      v.subject.includes(fixture.prefix),
    );
    expect(violations).toEqual([]);
  });
});
