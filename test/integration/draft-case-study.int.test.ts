import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import { readCaseStudyFile } from '../../src/case-study/case-study-file';
import { CaseStudyIssueCode, formatIssue } from '../../src/case-study/case-study-issue';
import type { CaseStudyInput } from '../../src/case-study/case-study.types';
import { draftCaseStudy, renderDraftYaml, type Draft } from '../../src/draft/draft-case-study';
import {
  EMPTY_LEXICON,
  lexiconFromDatabase,
  lexiconLeavingOut,
  type DraftLexicon,
} from '../../src/draft/known-entities';
import { CaseStudyValidationError } from '../../src/import/case-study-validation-error';
import { importCaseStudy } from '../../src/import/import-case-study';
import { seedCaseStudyDirs } from '../../src/import/seed-case-studies';
import { graphFingerprint } from '../utils/graph-fingerprint';
import { PROJECT_ROOT } from '../../src/shared/project-paths';
import { runCliOnTestNeo4j } from '../utils/run-cli';
import { useTestDatabase } from '../utils/test-database';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const SEED = join(PROJECT_ROOT, 'seed/biwaq-gfdq');
const CURATED = readCaseStudyFile(join(SEED, 'case-study.yaml')).data as CaseStudyInput;
/** An invented text of another field (care networks), in none of the patterns' examples. */
const INVENTED = join(PROJECT_ROOT, 'test/fixtures/draft/pflege-im-quartier.txt');
/** Another, in the style of a press release: passive voice, roles before names, other cue words. */
const SECOND_INVENTED = join(PROJECT_ROOT, 'test/fixtures/draft/waerme-von-nebenan.txt');

/** Writes a draft as `quartiersnetz draft` does; `reviewed` removes every draft mark (a reviewer who accepts all). */
function writeDraft(draft: Draft, sourceFile: string, reviewed: boolean): string {
  const dir = mkdtempSync(join(tmpdir(), 'qn-draft-'));
  mkdirSync(join(dir, 'sources'));
  copyFileSync(sourceFile, join(dir, 'sources', basename(sourceFile)));
  const yaml = renderDraftYaml(draft);
  writeFileSync(join(dir, 'case-study.yaml'), reviewed ? yaml.replace(/^\s*draft: true\n/gm, '') : yaml);
  return dir;
}

function draftOf(sourceFile: string, lexicon: DraftLexicon): Draft {
  return draftCaseStudy({ text: readFileSync(sourceFile, 'utf8'), fileName: basename(sourceFile), lexicon });
}

// Issue 15: "quartiersnetz draft on each seed document produces a file that import --dry-run
// validates once the draft flags are removed; a new test document (invented, another field) drafts
// with sensible entities and no crash".
describe('drafting a case study from a source text', () => {
  const db = useTestDatabase();

  beforeAll(async () => {
    await importCaseStudy({ driver: db.driver, paths: seedCaseStudyDirs() });
  }, 120_000);

  /** The dry run's report; its issues as the failure when it refuses. */
  async function dryRun(dir: string) {
    try {
      return await importCaseStudy({ driver: db.driver, paths: [dir], dryRun: true });
    } catch (error) {
      if (error instanceof CaseStudyValidationError) expect(error.issues.map(formatIssue)).toEqual([]);
      throw error;
    }
  }

  const seedSources = (CURATED.sources ?? []).filter((source) => source.file !== undefined);

  it.each(seedSources.map((source) => [source.key, source.file ?? '']))(
    'drafts %s into a case study the dry run accepts once reviewed, against the graph and as a new document',
    async (key, file) => {
      const sourceFile = join(SEED, file);
      // As a new document: it knows only what the other sources state, but the graph's keys and relations
      // are taken (the seed is imported), so the dry run checks the draft, not a clash with the seed.
      const graph = await lexiconFromDatabase(db.driver);
      const asNew = {
        ...lexiconLeavingOut(CURATED, key),
        relations: graph.relations,
        takenKeys: new Set(graph.entities.map((e) => e.key)),
      };
      for (const lexicon of [graph, asNew]) {
        const draft = draftOf(sourceFile, lexicon);
        expect(draft.summary.newEntities + draft.summary.linkedEntities).toBeGreaterThan(5);
        const report = await importCaseStudy({
          driver: db.driver,
          paths: [writeDraft(draft, sourceFile, true)],
          dryRun: true,
        });
        expect(report.dryRun).toBe(true);
        expect(report.entities.created + report.additions.created).toBe(
          draft.summary.newEntities + draft.summary.linkedEntities,
        );
        expect(report.relations.created).toBe(draft.summary.relations);
      }
    },
    60_000,
  );

  it('drafts an invented text of another field with sensible entities and relations, each quote from the text', async () => {
    const draft = draftOf(INVENTED, EMPTY_LEXICON);
    const entities = (draft.caseStudy.entities ?? []) as unknown as Json[];
    const named = (type: string, name: string) => entities.find((e) => e.type === type && e.name === name);
    expect(
      named('Organisation', 'Ministerium für Soziales, Arbeit, Gesundheit und Gleichstellung'),
    ).toMatchObject({ abbreviation: 'MS' });
    expect(named('Organisation', 'Gesundheitsregion Nordheide e.V.')).toMatchObject({ kind: 'ASSOCIATION' });
    expect(named('Organisation', 'Landkreis Harburg')).toMatchObject({
      kind: 'MUNICIPALITY',
      sector: 'MUNICIPAL_ADMINISTRATION',
    });
    expect(named('Organisation', 'Referat Pflege und Prävention')).toMatchObject({
      kind: 'ADMINISTRATIVE_UNIT',
    });
    expect(named('Person', 'Miriam Kessler')).toMatchObject({
      givenName: 'Miriam',
      familyName: 'Kessler',
      academicTitle: 'Dr.',
    });
    expect(named('Person', 'Jan Albers')).toMatchObject({ academicTitle: 'Prof. Dr.' });
    expect(named('Project', 'Pflege im Quartier')).toMatchObject({
      startDate: '2024-01-01',
      endDate: '2026-12-31',
    });
    expect(named('Place', 'Buchholz')).toBeDefined();
    for (const topic of ['Fachkräftesicherung', 'Digitalisierung der Pflege', 'Nachbarschaftshilfe'])
      expect(named('Topic', topic)).toBeDefined();
    const mainEvent = entities.find(
      (e) => e.type === 'Event' && String(e.name).startsWith('Gesundheitsregion Nordheide'),
    );
    expect(mainEvent).toMatchObject({ startDate: '2024-05-14', kind: 'CONFERENCE' });
    expect(draft.caseStudy.sources?.[0]).toMatchObject({
      date: '2024-05-20',
      file: 'sources/pflege-im-quartier.txt',
    });

    const keyOf = (name: string) => entities.find((e) => e.name === name)?.key as string;
    const relations = (draft.caseStudy.relations ?? []).map((r) => `${r.type} ${r.from} ${r.to}`);
    for (const expected of [
      `MODERATED ${keyOf('Miriam Kessler')} ${mainEvent?.key}`,
      `AFFILIATED_WITH ${keyOf('Miriam Kessler')} ${keyOf('Referat Pflege und Prävention')}`,
      `PART_OF ${keyOf('Referat Pflege und Prävention')} ${keyOf('Ministerium für Soziales, Arbeit, Gesundheit und Gleichstellung')}`,
      `FUNDS ${keyOf('Landkreis Harburg')} ${keyOf('Pflege im Quartier')}`,
      `PARTNER_IN ${keyOf('Diakonie Nordheide')} ${keyOf('Pflege im Quartier')}`,
      `HOSTED_BY ${keyOf('Geschäftsstelle des Netzwerks')} ${keyOf('Landkreis Harburg')}`,
      `BUILDS_ON ${keyOf('Pflege im Quartier')} ${keyOf('Gesund älter werden')}`,
      `HELD_IN ${mainEvent?.key} ${keyOf('Buchholz')}`,
      `ABOUT ${mainEvent?.key} ${keyOf('Fachkräftesicherung')}`,
    ])
      expect(relations).toContain(expected);

    // Reviewed, it imports on its own (no entity of the graph is needed).
    const dir = writeDraft(draft, INVENTED, true);
    const report = await dryRun(dir);
    expect(report.entities.created).toBe(entities.length);
    expect(report.relations.created).toBe(relations.length);
  });

  it('drafts a second invented text, phrased unlike the seed (a press release on heat networks)', async () => {
    const draft = draftOf(SECOND_INVENTED, EMPTY_LEXICON);
    const entities = (draft.caseStudy.entities ?? []) as unknown as Json[];
    const named = (type: string, name: string) => entities.find((e) => e.type === type && e.name === name);
    expect(named('Organisation', 'Energieagentur Rheinland GmbH')).toMatchObject({ kind: 'COMPANY' });
    expect(named('Organisation', 'Bundesministerium für Wirtschaft und Klimaschutz')).toMatchObject({
      abbreviation: 'BMWK',
    });
    expect(named('Organisation', 'Technische Hochschule Köln')).toMatchObject({ kind: 'UNIVERSITY' });
    expect(named('Project', 'Wärme von nebenan')).toBeDefined();
    expect(named('Person', 'Sabine Vogt')).toMatchObject({ academicTitle: 'Dr.' });
    expect(named('Person', 'Dieter Spürck')).toBeDefined();
    for (const topic of ['Nahwärmenetze', 'Mieterstrom']) expect(named('Topic', topic)).toBeDefined();
    const keyOf = (name: string) => entities.find((e) => e.name === name)?.key as string;
    const relations = (draft.caseStudy.relations ?? []).map((r) => `${r.type} ${r.from} ${r.to}`);
    expect(relations).toEqual(
      expect.arrayContaining([
        `FUNDS ${keyOf('Bundesministerium für Wirtschaft und Klimaschutz')} ${keyOf('Wärme von nebenan')}`,
        `LEADS ${keyOf('Sabine Vogt')} ${keyOf('Wärme von nebenan')}`,
        `AFFILIATED_WITH ${keyOf('Lena Hartmann')} ${keyOf('Technische Hochschule Köln')}`,
        `ABOUT ${keyOf('Wärme von nebenan')} ${keyOf('Mieterstrom')}`,
      ]),
    );
    const report = await dryRun(writeDraft(draft, SECOND_INVENTED, true));
    expect(report.entities.created).toBe(entities.length);
  });

  it('refuses an unreviewed draft, naming every draft mark at its line, and writes nothing', async () => {
    const draft = draftOf(INVENTED, EMPTY_LEXICON);
    const dir = writeDraft(draft, INVENTED, false);
    const before = await graphFingerprint(db.driver);
    const error = await importCaseStudy({ driver: db.driver, paths: [dir] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CaseStudyValidationError);
    const issues = (error as CaseStudyValidationError).issues;
    const marks = readFileSync(join(dir, 'case-study.yaml'), 'utf8')
      .split('\n')
      .flatMap((line, index) => (/^\s*draft: true$/.test(line) ? [index + 1] : []));
    expect(issues.map((issue) => issue.code)).toEqual(marks.map(() => CaseStudyIssueCode.DRAFT_NOT_REVIEWED));
    expect(issues.map((issue) => issue.line)).toEqual(marks);
    expect(await graphFingerprint(db.driver)).toBe(before);
  });

  it('runs as `quartiersnetz draft`, writing the folder and saying what to review', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'qn-draft-cli-')), 'entwurf');
    const result = runCliOnTestNeo4j(['draft', INVENTED, '--out', out]);
    expect(result.stderr).toContain('Drafting');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/entries to review/);
    const written = parse(readFileSync(join(out, 'case-study.yaml'), 'utf8')) as Json;
    expect(written.entities.length).toBeGreaterThan(10);
    expect(readFileSync(join(out, 'sources/pflege-im-quartier.txt'), 'utf8')).toBe(
      readFileSync(INVENTED, 'utf8'),
    );
    const again = runCliOnTestNeo4j(['draft', INVENTED, '--out', out]);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('exists; choose another --out or add --force');
    const missing = runCliOnTestNeo4j(['draft', join(out, 'nothing.txt'), '--offline']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('No such file');
  });
});
