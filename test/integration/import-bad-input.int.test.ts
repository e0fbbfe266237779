import { CaseStudyIssueCode, type CaseStudyIssue } from '../../src/case-study/case-study-issue';
import { CaseStudyValidationError } from '../../src/import/case-study-validation-error';
import { importCaseStudy } from '../../src/import/import-case-study';
import {
  FIXTURE_SOURCE_TEXT,
  writeCaseStudyFixture,
  type CaseStudyFixture,
} from '../utils/case-study-fixture';
import { graphFingerprint } from '../utils/graph-fingerprint';
import { useTestDatabase } from '../utils/test-database';

// Each class of bad input gets the exact issue it produces, and the database must be unchanged.
describe('importCaseStudy rejects bad input and writes nothing', () => {
  const db = useTestDatabase();

  async function expectRejected(fixture: CaseStudyFixture): Promise<readonly CaseStudyIssue[]> {
    const before = await graphFingerprint(db.driver);
    const attempt = importCaseStudy({ driver: db.driver, paths: [fixture.dir] });
    await expect(attempt).rejects.toBeInstanceOf(CaseStudyValidationError);
    const error = (await attempt.catch((e: unknown) => e)) as CaseStudyValidationError;
    expect(await graphFingerprint(db.driver)).toBe(before);
    return error.issues;
  }

  function issue(
    fixture: CaseStudyFixture,
    at: { text: string; occurrence?: number },
    code: CaseStudyIssueCode,
    field: string,
    message: string,
  ): CaseStudyIssue {
    return {
      code,
      file: fixture.displayPath,
      line: fixture.lineOf(at.text, at.occurrence),
      column: fixture.columnOf(at.text, at.occurrence),
      field,
      message,
    };
  }

  it('accepts the unedited fixture in a dry run (the baseline the edits below break)', async () => {
    const fixture = writeCaseStudyFixture();
    const report = await importCaseStudy({ driver: db.driver, paths: [fixture.dir], dryRun: true });
    expect(report.entities).toEqual({ created: 3, updated: 0, unchanged: 0 });
    expect(report.relations).toEqual({ created: 2, updated: 0, unchanged: 0 });
  });

  it('an unknown entity key', async () => {
    const fixture = writeCaseStudyFixture({
      edit: (y, p) => y.replace(`    to: ${p}-event\n    validFrom`, `    to: ${p}-nobody\n    validFrom`),
    });
    expect(await expectRejected(fixture)).toEqual([
      issue(
        fixture,
        { text: `${fixture.prefix}-nobody` },
        CaseStudyIssueCode.UNKNOWN_ENTITY,
        'relations[1].to',
        `unknown entity key "${fixture.prefix}-nobody": it is neither defined in the imported files nor in the database`,
      ),
    ]);
  });

  it('an unknown relation type, with a suggestion', async () => {
    const fixture = writeCaseStudyFixture({ edit: (y) => y.replace('type: ORGANISED', 'type: ORGANIZED') });
    const [only, ...rest] = await expectRejected(fixture);
    expect(rest).toEqual([]);
    expect(only).toMatchObject({
      code: CaseStudyIssueCode.UNKNOWN_RELATION_TYPE,
      line: fixture.lineOf('type: ORGANIZED'),
      field: 'relations[0].type',
    });
    expect(only?.message).toMatch(
      /^unknown relation type "ORGANIZED" \(did you mean ORGANISED\?\); known types: PART_OF, /,
    );
  });

  it('wrong endpoint types', async () => {
    const fixture = writeCaseStudyFixture({
      edit: (y, p) => y.replace(`    from: ${p}-person\n`, `    from: ${p}-org\n`),
    });
    expect(await expectRejected(fixture)).toEqual([
      issue(
        fixture,
        { text: 'MODERATED' },
        CaseStudyIssueCode.WRONG_ENDPOINT_TYPE,
        'relations[1].type',
        `MODERATED cannot go from Organisation "${fixture.prefix}-org" to Event "${fixture.prefix}-event"; allowed: Person -> Event|AgendaItem`,
      ),
    ]);
  });

  it('a date that does not exist', async () => {
    const fixture = writeCaseStudyFixture({
      edit: (y) => y.replace("startDate: '2021-03-04'", "startDate: '2021-02-30'"),
    });
    expect(await expectRejected(fixture)).toEqual([
      issue(
        fixture,
        { text: "'2021-02-30'" },
        CaseStudyIssueCode.INVALID_DATE,
        'entities[2].startDate',
        '"2021-02-30" is not a date: write YYYY, YYYY-MM or YYYY-MM-DD, and a day that exists',
      ),
    ]);
  });

  it('a malformed date', async () => {
    const fixture = writeCaseStudyFixture({
      edit: (y) => y.replace("validFrom: '2021-03-04'", "validFrom: '4.3.2021'"),
    });
    // Issue 15: the helpful message only (the schema's regex message came first) and the ISO form.
    const issues = await expectRejected(fixture);
    expect(issues).toEqual([
      issue(
        fixture,
        { text: "'4.3.2021'" },
        CaseStudyIssueCode.INVALID_DATE,
        'relations[1].validFrom',
        '"4.3.2021" is not a date: write YYYY, YYYY-MM or YYYY-MM-DD, and a day that exists (4.3.2021 is 2021-03-04)',
      ),
    ]);
  });

  it('an end before the start', async () => {
    const fixture = writeCaseStudyFixture({
      edit: (y) => y.replace("endDate: '2021-03-05'", "endDate: '2021-03-01'"),
    });
    expect(await expectRejected(fixture)).toEqual([
      issue(
        fixture,
        { text: "'2021-03-01'" },
        CaseStudyIssueCode.DATE_ORDER,
        'entities[2].endDate',
        'endDate 2021-03-01 is before startDate 2021-03-04',
      ),
    ]);
  });

  it('a relation stated for a time when one of its ends did not exist', async () => {
    const fixture = writeCaseStudyFixture({
      edit: (y) => y.replace("validFrom: '2021-03-04'", "validFrom: '2022'"),
    });
    expect(await expectRejected(fixture)).toEqual([
      issue(
        fixture,
        { text: "'2022'" },
        CaseStudyIssueCode.OUTSIDE_LIFESPAN,
        'relations[1].validFrom',
        `the relation holds 2022-01-01 to …, when "${fixture.prefix}-event" did not exist (it exists 2021-03-04 to 2021-03-05); a relation is valid only while both its ends exist`,
      ),
    ]);
  });

  /** The fixture's organisation with `names` (YAML lines, indented for its entry) after its abbreviation. */
  const withNames = (yaml: string, names: string) =>
    yaml.replace('    abbreviation: TMB\n', `    abbreviation: TMB\n    names:\n${names}`);

  it('names over time that overlap, run backwards, leave the lifespan or misquote their source', async () => {
    const fixture = writeCaseStudyFixture({
      edit: (y, p) =>
        withNames(
          y.replace(
            '    sector: FEDERAL_ADMINISTRATION\n',
            "    sector: FEDERAL_ADMINISTRATION\n    startDate: '2010'\n",
          ),
          [
            "      - { name: Testamt, validFrom: '2012', validTo: '2015-06-30', evidence: [{ source: SRC, quote: 'Das Testministerium für Bau (TMB) lud ein.' }] }",
            "      - { name: Testministerium für Bau, validFrom: '2015-06-01', evidence: [{ source: SRC, quote: 'Das Testministerium für Bau (TMB) lud aus.' }] }",
            "      - { name: Testbehörde, validFrom: '2009', validTo: '2008', evidence: [{ source: SRC, quote: 'Das Testministerium für Bau (TMB) lud ein.' }] }",
            '',
          ]
            .join('\n')
            .replaceAll('SRC', `${p}-src`),
        ),
    });
    const issues = await expectRejected(fixture);
    expect(issues.map((i) => [i.code, i.field])).toEqual([
      // In file order: line, then column.
      [CaseStudyIssueCode.OVERLAPPING_NAMES, 'entities[0].names[1].validFrom'],
      [CaseStudyIssueCode.QUOTE_NOT_FOUND, 'entities[0].names[1].evidence[0].quote'],
      [CaseStudyIssueCode.OUTSIDE_LIFESPAN, 'entities[0].names[2].validFrom'],
      [CaseStudyIssueCode.DATE_ORDER, 'entities[0].names[2].validTo'],
    ]);
    expect(issues.find((i) => i.code === CaseStudyIssueCode.OVERLAPPING_NAMES)).toEqual(
      issue(
        fixture,
        { text: "'2015-06-01'" },
        CaseStudyIssueCode.OVERLAPPING_NAMES,
        'entities[0].names[1].validFrom',
        'the name "Testministerium für Bau" starts 2015-06-01, while "Testamt" still holds (to 2015-06-30); an entity has one official name on any day (variants go in "aliases")',
      ),
    );
    expect(issues.find((i) => i.code === CaseStudyIssueCode.OUTSIDE_LIFESPAN)?.message).toBe(
      `the name "Testbehörde" holds 2009-01-01 to 2008-12-31, outside the lifespan of "${fixture.prefix}-org" (2010-01-01 to …); a name holds only while its entity exists`,
    );
  });

  it('a former name that another entity has', async () => {
    const fixture = writeCaseStudyFixture({
      edit: (y, p) =>
        withNames(
          y,
          `      - { name: Erika Muster ${p}, validTo: '2019', evidence: [{ source: ${p}-src, quote: 'Das Testministerium für Bau (TMB) lud ein.' }] }\n`,
        ),
    });
    const issues = await expectRejected(fixture);
    expect(issues.map((i) => [i.code, i.field])).toEqual([
      [CaseStudyIssueCode.SHARED_ALIAS, 'entities[1].name'],
    ]);
  });

  /** The fixture with a cited source `<prefix>-erlass` (kind CITATION, no text) added to its sources. */
  const withCitedSource = (yaml: string, prefix: string) =>
    yaml.replace(
      'entities:\n',
      `  - { key: ${prefix}-erlass, kind: CITATION, title: Organisationserlass, publisher: Bundesgesetzblatt, date: '2021' }\nentities:\n`,
    );

  it('a quote for a cited source, which has no text to check it in', async () => {
    const fixture = writeCaseStudyFixture({
      edit: (y, p) =>
        withCitedSource(y, p).replace(
          `{ source: ${p}-src, quote: 'Das Testministerium für Bau (TMB) lud ein.' }`,
          `{ source: ${p}-erlass, quote: 'Das Testministerium für Bau (TMB) lud ein.' }`,
        ),
    });
    expect(await expectRejected(fixture)).toEqual([
      issue(
        fixture,
        { text: "'Das Testministerium für Bau (TMB) lud ein.'" },
        CaseStudyIssueCode.EVIDENCE_KIND_MISMATCH,
        'entities[0].evidence[0].quote',
        `source "${fixture.prefix}-erlass" is cited (kind: CITATION), its text is not here to check a quote in: give a locator (page, section, paragraph) instead of a quote`,
      ),
    ]);
  });

  it('a locator for an unknown source, and a blank locator for a cited one', async () => {
    const fixture = writeCaseStudyFixture({
      edit: (y, p) =>
        withCitedSource(y, p)
          .replace(
            `{ source: ${p}-src, quote: 'Das Testministerium für Bau (TMB) lud ein.' }`,
            `{ source: ${p}-erlas, locator: 'Abschnitt I' }`,
          )
          .replace(
            `{ source: ${p}-src, quote: 'Dr. Erika Muster moderierte die Werkstatt.' }`,
            `{ source: ${p}-erlass, locator: '   ' }`,
          ),
    });
    expect(await expectRejected(fixture)).toEqual([
      issue(
        fixture,
        { text: `${fixture.prefix}-erlas,` },
        CaseStudyIssueCode.UNKNOWN_SOURCE,
        'entities[0].evidence[0].source',
        `unknown source "${fixture.prefix}-erlas": add it under "sources" (with its text file) before citing it`,
      ),
      issue(
        fixture,
        { text: "'   '" },
        CaseStudyIssueCode.EVIDENCE_KIND_MISMATCH,
        'entities[1].evidence[0].locator',
        `source "${fixture.prefix}-erlass" is cited (kind: CITATION), its text is not here to check a quote in: give a locator (page, section, paragraph) instead of a quote`,
      ),
    ]);
  });

  it('a duplicate key', async () => {
    const fixture = writeCaseStudyFixture({
      edit: (y, p) => y.replace(`  - key: ${p}-person\n`, `  - key: ${p}-org\n`),
    });
    expect(await expectRejected(fixture)).toEqual([
      issue(
        fixture,
        { text: `${fixture.prefix}-org`, occurrence: 2 },
        CaseStudyIssueCode.DUPLICATE_KEY,
        'entities[1].key',
        `entity key "${fixture.prefix}-org" is already used at ${fixture.displayPath}:${fixture.lineOf(`key: ${fixture.prefix}-org`)}`,
      ),
      // The renamed entity's relation now points at a key that no longer exists.
      issue(
        fixture,
        { text: `${fixture.prefix}-person` },
        CaseStudyIssueCode.UNKNOWN_ENTITY,
        'relations[1].from',
        `unknown entity key "${fixture.prefix}-person": it is neither defined in the imported files nor in the database`,
      ),
    ]);
  });

  it('evidence citing a source that is not in the case study', async () => {
    const fixture = writeCaseStudyFixture({
      edit: (y, p) =>
        y.replace(
          `{ source: ${p}-src, quote: 'Dr. Erika Muster moderierte die Werkstatt.' }\n  - key`,
          `{ source: ${p}-elsewhere, quote: 'Dr. Erika Muster moderierte die Werkstatt.' }\n  - key`,
        ),
    });
    expect(await expectRejected(fixture)).toEqual([
      issue(
        fixture,
        { text: `${fixture.prefix}-elsewhere` },
        CaseStudyIssueCode.UNKNOWN_SOURCE,
        'entities[1].evidence[0].source',
        `unknown source "${fixture.prefix}-elsewhere": add it under "sources" (with its text file) before citing it`,
      ),
    ]);
  });

  it('a relation without any source', async () => {
    const fixture = writeCaseStudyFixture({
      edit: (y, p) =>
        y.replace(
          `    evidence:\n      - { source: ${p}-src, quote: 'Das Testministerium für Bau (TMB) lud ein.' }\n  - type: MODERATED`,
          `    evidence: []\n  - type: MODERATED`,
        ),
    });
    expect(await expectRejected(fixture)).toEqual([
      issue(
        fixture,
        { text: '[]' },
        CaseStudyIssueCode.MISSING_EVIDENCE,
        'relations[0].evidence',
        'is empty: every entity and relation needs at least one source with a verbatim quote',
      ),
    ]);
  });

  it('a quote that does not occur in its source', async () => {
    const fixture = writeCaseStudyFixture({
      edit: (y) =>
        y.replace(
          "quote: 'Dr. Erika Muster moderierte die Werkstatt.' }\n  - key",
          "quote: 'Dr. Erika Muster leitete die Werkstatt.' }\n  - key",
        ),
    });
    expect(await expectRejected(fixture)).toEqual([
      issue(
        fixture,
        { text: "'Dr. Erika Muster leitete" },
        CaseStudyIssueCode.QUOTE_NOT_FOUND,
        'entities[1].evidence[0].quote',
        [
          `the quote does not occur in source "${fixture.prefix}-src" (compared after whitespace normalisation; case, dashes and quotation marks count)`,
          '  quote:   Dr. Erika Muster leitete die Werkstatt.',
          '  closest: Dr. Erika Muster moderierte die Werkstatt.',
          '                            ^ first difference, character 18',
        ].join('\n'),
      ),
    ]);
  });

  it('a wrong quote used in several places (a YAML anchor): one report naming every place', async () => {
    const fixture = writeCaseStudyFixture({
      edit: (y) =>
        y
          .replace(
            "quote: 'Dr. Erika Muster moderierte die Werkstatt.' }\n  - key",
            "quote: &wrong 'Dr. Erika Muster Moderierte die Werkstatt.' }\n  - key",
          )
          .replace(/quote: 'Dr\. Erika Muster moderierte die Werkstatt\.'/g, 'quote: *wrong'),
    });
    const issues = await expectRejected(fixture);
    expect(issues.map((i) => i.code)).toEqual([CaseStudyIssueCode.QUOTE_NOT_FOUND]);
    const [only] = issues;
    expect(only?.field).toBe('entities[1].evidence[0].quote');
    expect(only?.message).toContain('  hint: upper and lower case differ');
    const uses = fixture.yaml.split('*wrong').length - 1;
    expect(uses).toBeGreaterThan(0);
    expect(only?.message.match(/also used at: (.*)$/m)?.[1]?.split(', ')).toHaveLength(uses);
  });

  it('accepts a quote that differs from the source only in whitespace', async () => {
    // The source breaks the line inside "... März 2021\nonline statt."; the fixture quotes it on one line.
    const fixture = writeCaseStudyFixture();
    expect(FIXTURE_SOURCE_TEXT).toContain('März 2021\nonline statt.');
    expect(fixture.yaml).toContain("quote: 'Die Testwerkstatt fand am 4. und 5. März 2021 online statt.'");
    const report = await importCaseStudy({ driver: db.driver, paths: [fixture.dir], dryRun: true });
    expect(report).toMatchObject({ dryRun: true, entities: { created: 3 }, relations: { created: 2 } });
  });

  it('an alias shared by two entities', async () => {
    const fixture = writeCaseStudyFixture({
      edit: (y) =>
        y.replace(
          `    academicTitle: Dr.\n`,
          `    academicTitle: Dr.\n    aliases: ['Testministerium  für BAU']\n`,
        ),
    });
    expect(await expectRejected(fixture)).toEqual([
      issue(
        fixture,
        { text: "'Testministerium  für BAU'" },
        CaseStudyIssueCode.SHARED_ALIAS,
        'entities[1].aliases[0]',
        `"Testministerium  für BAU" also names entity "${fixture.prefix}-org" ("Testministerium für Bau" at ${fixture.displayPath}:${fixture.lineOf(`key: ${fixture.prefix}-org`)}); a name or alias must identify one entity`,
      ),
    ]);
  });

  it('a missing source text file', async () => {
    const fixture = writeCaseStudyFixture({
      edit: (y) => y.replace('file: source.txt', 'file: missing.txt'),
    });
    const issues = await expectRejected(fixture);
    expect(issues[0]).toEqual(
      issue(
        fixture,
        { text: 'missing.txt' },
        CaseStudyIssueCode.SOURCE_FILE_REFUSED,
        'sources[0].file',
        `source text file "missing.txt" does not exist (looked for ${fixture.dir}/missing.txt)`,
      ),
    );
    // Every quote citing the missing source is reported too, so the researcher sees the whole damage.
    expect(issues.slice(1).every((i) => i.code === CaseStudyIssueCode.UNKNOWN_SOURCE)).toBe(true);
    expect(issues).toHaveLength(1 + 5);
  });

  it('a field that the entity type does not have', async () => {
    const fixture = writeCaseStudyFixture({
      edit: (y) => y.replace('    academicTitle: Dr.\n', '    academicTitle: Dr.\n    sector: RESEARCH\n'),
    });
    expect(await expectRejected(fixture)).toEqual([
      issue(
        fixture,
        { text: 'RESEARCH' },
        CaseStudyIssueCode.SCHEMA_VIOLATION,
        'entities[1].sector',
        'field "sector" is not allowed for entity type Person',
      ),
    ]);
  });

  it('a value outside the vocabulary', async () => {
    const fixture = writeCaseStudyFixture({
      edit: (y) => y.replace('sector: FEDERAL_ADMINISTRATION', 'sector: GOVERNMENT'),
    });
    const [only] = await expectRejected(fixture);
    expect(only).toMatchObject({
      code: CaseStudyIssueCode.SCHEMA_VIOLATION,
      field: 'entities[0].sector',
      line: fixture.lineOf('sector: GOVERNMENT'),
    });
    expect(only?.message).toMatch(/^must be one of FEDERAL_ADMINISTRATION, STATE_ADMINISTRATION, /);
  });

  it('broken YAML', async () => {
    const fixture = writeCaseStudyFixture({
      edit: (y) => y.replace('    title: Testquelle\n', '    title: [Testquelle\n'),
    });
    const issues = await expectRejected(fixture);
    expect(issues.length).toBeGreaterThan(0);
    expect(issues.every((i) => i.code === CaseStudyIssueCode.PARSE_ERROR)).toBe(true);
    expect(issues[0]?.line).toBeGreaterThanOrEqual(fixture.lineOf('[Testquelle'));
  });

  it('reports every problem at once, in file order', async () => {
    const fixture = writeCaseStudyFixture({
      edit: (y, p) =>
        y
          .replace("endDate: '2021-03-05'", "endDate: '2021-03-01'")
          .replace('type: ORGANISED', 'type: ORGANIZED')
          .replace(`    to: ${p}-event\n    validFrom`, `    to: ${p}-nobody\n    validFrom`),
    });
    const issues = await expectRejected(fixture);
    expect(issues.map((i) => i.code)).toEqual([
      CaseStudyIssueCode.DATE_ORDER,
      CaseStudyIssueCode.UNKNOWN_RELATION_TYPE,
      CaseStudyIssueCode.UNKNOWN_ENTITY,
    ]);
    expect(issues.map((i) => i.line)).toEqual([...issues.map((i) => i.line)].sort((a, b) => a - b));
  });
});
