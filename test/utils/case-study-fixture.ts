import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { deleteByKeyPrefix } from './graph-fingerprint';
import type { TestDatabase } from './test-database';

/** A small valid case study whose keys all start with a prefix unique to the calling test file. */
export interface CaseStudyFixture {
  readonly prefix: string;
  readonly dir: string;
  readonly file: string;
  /** The file as shown in issues (relative to the working directory). */
  readonly displayPath: string;
  readonly yaml: string;
  /** 1-based line of the first line containing `text`. */
  lineOf(text: string, occurrence?: number): number;
  /** 1-based column where `text` starts on that line. */
  columnOf(text: string, occurrence?: number): number;
}

export const FIXTURE_SOURCE_TEXT = [
  'Testwerkstatt 2021',
  '',
  'Das Testministerium für Bau (TMB) lud ein. Die Testwerkstatt fand am 4. und 5. März 2021',
  'online statt. Dr. Erika Muster moderierte die Werkstatt.',
  '',
].join('\n');

export function uniquePrefix(): string {
  return `t${randomBytes(4).toString('hex')}`;
}

export function fixtureYaml(prefix: string): string {
  return `caseStudy:
  key: ${prefix}-case
  title: Testfall
sources:
  - key: ${prefix}-src
    title: Testquelle
    date: '2021-03-04'
    file: source.txt
entities:
  - key: ${prefix}-org
    type: Organisation
    name: Testministerium für Bau
    abbreviation: TMB
    kind: MINISTRY
    sector: FEDERAL_ADMINISTRATION
    evidence:
      - { source: ${prefix}-src, quote: 'Das Testministerium für Bau (TMB) lud ein.' }
  - key: ${prefix}-person
    type: Person
    name: Erika Muster ${prefix}
    academicTitle: Dr.
    evidence:
      - { source: ${prefix}-src, quote: 'Dr. Erika Muster moderierte die Werkstatt.' }
  - key: ${prefix}-event
    type: Event
    name: Testwerkstatt 2021 ${prefix}
    kind: WORKSHOP
    format: ONLINE
    startDate: '2021-03-04'
    endDate: '2021-03-05'
    evidence:
      - { source: ${prefix}-src, quote: 'Die Testwerkstatt fand am 4. und 5. März 2021 online statt.' }
relations:
  - type: ORGANISED
    from: ${prefix}-org
    to: ${prefix}-event
    evidence:
      - { source: ${prefix}-src, quote: 'Das Testministerium für Bau (TMB) lud ein.' }
  - type: MODERATED
    from: ${prefix}-person
    to: ${prefix}-event
    validFrom: '2021-03-04'
    evidence:
      - { source: ${prefix}-src, quote: 'Dr. Erika Muster moderierte die Werkstatt.' }
`;
}

/** Writes the fixture (optionally edited) and its source text into a fresh temporary directory. */
export function writeCaseStudyFixture(
  options: { prefix?: string; edit?: (yaml: string, prefix: string) => string; sourceText?: string } = {},
): CaseStudyFixture {
  const prefix = options.prefix ?? uniquePrefix();
  const dir = mkdtempSync(join(tmpdir(), 'qn-case-study-'));
  mkdirSync(dir, { recursive: true });
  const yaml = (options.edit ?? ((text) => text))(fixtureYaml(prefix), prefix);
  const file = join(dir, 'case-study.yaml');
  writeFileSync(file, yaml, 'utf8');
  writeFileSync(join(dir, 'source.txt'), options.sourceText ?? FIXTURE_SOURCE_TEXT, 'utf8');
  const lines = yaml.split('\n');
  const find = (text: string, occurrence = 1) => {
    let seen = 0;
    for (const [index, line] of lines.entries()) {
      if (line.includes(text) && ++seen === occurrence)
        return { line: index + 1, column: line.indexOf(text) + 1 };
    }
    throw new Error(`fixture has no line with ${JSON.stringify(text)} (occurrence ${occurrence})`);
  };
  return {
    prefix,
    dir,
    file,
    displayPath: relative(process.cwd(), file),
    yaml,
    lineOf: (text, occurrence) => find(text, occurrence).line,
    columnOf: (text, occurrence) => find(text, occurrence).column,
  };
}

/**
 * A fixture writer whose fixtures' keys are removed from the test database after the test file:
 * e2e tests count whole-graph totals (federal organisations, online events) and would see them.
 */
export function useCleanedFixtures(db: TestDatabase): typeof writeCaseStudyFixture {
  const imported = new Set<string>();
  db.onCleanup(async (driver) => {
    for (const prefix of imported) await deleteByKeyPrefix(driver, prefix);
  });
  return (options) => {
    const fixture = writeCaseStudyFixture(options);
    imported.add(fixture.prefix);
    return fixture;
  };
}
