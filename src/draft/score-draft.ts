import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readCaseStudyFile } from '../case-study/case-study-file';
import { draftCaseStudy } from './draft-case-study';
import { seedCaseStudyDirs } from '../import/seed-case-studies';
import { lexiconLeavingOut, lexiconOf, mergeLexicons, readCaseStudies } from './known-entities';
import { tokenize } from './match-names';
import type { CaseStudyInput, EntityInput, RelationInput } from '../case-study/case-study.types';

/** Recall and precision of a draft against the curated case study of the same source. */
export interface DraftScore {
  readonly entities: Counts;
  readonly relations: Counts;
  /** Curated entities the draft missed, and draft entities that match none (for tuning by hand). */
  readonly missedEntities: readonly string[];
  readonly extraEntities: readonly string[];
  readonly missedRelations: readonly string[];
}

export interface Counts {
  readonly curated: number;
  readonly drafted: number;
  readonly matched: number;
}

export const recall = (c: Counts) => (c.curated === 0 ? 1 : c.matched / c.curated);
export const precision = (c: Counts) => (c.drafted === 0 ? 1 : c.matched / c.drafted);

/**
 * Scores a draft of one source against the curated entities and relations whose evidence cites that
 * source. An entity matches by key (a linked entity) or by a normalised name, alias or abbreviation
 * in common (case, umlauts, punctuation, spacing and inflection endings ignored), each at most once
 * (with `sameType`, only an entity of the same type: a stricter reading than the issue's); a
 * relation matches when its type and both ends (through the entity matching) are the curated one's.
 * The curated entities include those of other case studies (`elsewhere`) that the curated case study
 * adds this source's evidence to: the source names them as well.
 */
export function scoreDraft(
  draft: CaseStudyInput,
  curated: CaseStudyInput,
  sourceKey: string,
  options: { readonly sameType?: boolean; readonly elsewhere?: readonly EntityInput[] } = {},
): DraftScore {
  const cites = (item: { evidence: readonly { source: string }[] }) =>
    item.evidence.some((e) => e.source === sourceKey);
  const definedElsewhere = new Map((options.elsewhere ?? []).map((entity) => [entity.key, entity]));
  const curatedEntities = [
    ...(curated.entities ?? []).filter(cites),
    ...(curated.additions ?? [])
      .filter(cites)
      .map((addition) => definedElsewhere.get(addition.key))
      .filter((entity): entity is EntityInput => entity !== undefined),
  ];
  const curatedRelations = (curated.relations ?? []).filter(cites);
  const drafted: { key: string; type?: string; names: string[] }[] = [
    ...(draft.entities ?? []).map((e) => ({ key: e.key, type: e.type, names: namesOf(e) })),
    ...(draft.additions ?? []).map((a) => ({ key: a.key, names: [] })),
  ];

  const matchOf = new Map<string, string>(); // draft key -> curated key
  const taken = new Set<string>();
  for (const candidate of drafted) {
    const byKey = curatedEntities.find((e) => e.key === candidate.key && !taken.has(e.key));
    const fingerprints = new Set(candidate.names.map(normalisedName));
    const byName =
      byKey ??
      curatedEntities.find(
        (e) =>
          !taken.has(e.key) &&
          (options.sameType !== true || candidate.type === undefined || e.type === candidate.type) &&
          namesOf(e).some((name) => fingerprints.has(normalisedName(name))),
      );
    if (byName !== undefined) {
      matchOf.set(candidate.key, byName.key);
      taken.add(byName.key);
    }
  }
  // A linked entity is the curated one, whether or not the curated case study cites this source for it.
  const endpoint = new Map(matchOf);
  for (const addition of draft.additions ?? [])
    if (!endpoint.has(addition.key)) endpoint.set(addition.key, addition.key);
  const id = (r: Pick<RelationInput, 'type' | 'from' | 'to'>) => `${r.type} ${r.from} ${r.to}`;
  const curatedIds = new Set(curatedRelations.map(id));
  const matchedRelations = new Set<string>();
  for (const relation of draft.relations ?? []) {
    const mapped = {
      type: relation.type,
      from: endpoint.get(relation.from) ?? `?${relation.from}`,
      to: endpoint.get(relation.to) ?? `?${relation.to}`,
    };
    if (curatedIds.has(id(mapped))) matchedRelations.add(id(mapped));
  }
  return {
    entities: { curated: curatedEntities.length, drafted: drafted.length, matched: taken.size },
    relations: {
      curated: curatedRelations.length,
      drafted: (draft.relations ?? []).length,
      matched: matchedRelations.size,
    },
    missedEntities: curatedEntities.filter((e) => !taken.has(e.key)).map((e) => `${e.type} ${e.name}`),
    extraEntities: drafted.filter((d) => !matchOf.has(d.key)).map((d) => d.names[0] ?? d.key),
    missedRelations: [...curatedIds].filter((relation) => !matchedRelations.has(relation)),
  };
}

/** A name with case, umlauts, punctuation, spacing and German inflection endings ignored. */
function normalisedName(name: string): string {
  return tokenize(name)
    .map((token) => token.word)
    .join(' ');
}

function namesOf(entity: Pick<EntityInput, 'name' | 'abbreviation' | 'aliases'>): string[] {
  return [entity.name, entity.abbreviation, ...(entity.aliases ?? [])].filter(
    (n): n is string => typeof n === 'string',
  );
}

/** The drafting targets of issue 15. */
export const DRAFT_TARGETS = {
  entityRecall: 0.8,
  entityPrecision: 0.6,
  relationRecall: 0.5,
  relationPrecision: 0.5,
} as const;

export interface SourceDraftScore {
  readonly source: string;
  readonly score: DraftScore;
  readonly milliseconds: number;
}

/**
 * Drafts every source with a text of a curated case study as a new document and scores each draft;
 * `totals` sums the counts over all sources. The graph a draft links to holds what the curated case
 * study states in its other sources (see lexiconLeavingOut) and the other case studies (`others`: by
 * default those beside it in its seed folder, such as the federal bodies the seed documents name).
 */
export function scoreCuratedDrafts(
  caseStudyFile: string,
  options: { readonly sameType?: boolean; readonly others?: readonly string[] } = {},
): {
  sources: SourceDraftScore[];
  totals: { entities: Counts; relations: Counts };
} {
  const curated = readCaseStudyFile(caseStudyFile).data as CaseStudyInput;
  const others =
    options.others ??
    seedCaseStudyDirs(dirname(dirname(caseStudyFile))).filter((dir) => dir !== dirname(caseStudyFile));
  const otherCaseStudies = readCaseStudies(others);
  const elsewhere = lexiconOf(otherCaseStudies);
  const elsewhereEntities = otherCaseStudies.flatMap((data) => data?.entities ?? []);
  const sources: SourceDraftScore[] = [];
  const sum = (key: 'entities' | 'relations'): Counts => ({
    curated: sources.reduce((n, s) => n + s.score[key].curated, 0),
    drafted: sources.reduce((n, s) => n + s.score[key].drafted, 0),
    matched: sources.reduce((n, s) => n + s.score[key].matched, 0),
  });
  for (const source of curated.sources ?? []) {
    if (source.file === undefined) continue;
    const path = join(dirname(caseStudyFile), source.file);
    const started = performance.now();
    const draft = draftCaseStudy({
      text: readFileSync(path, 'utf8'),
      fileName: path,
      lexicon: mergeLexicons(lexiconLeavingOut(curated, source.key), elsewhere),
    });
    const milliseconds = performance.now() - started;
    sources.push({
      source: source.key,
      score: scoreDraft(draft.caseStudy, curated, source.key, {
        sameType: options.sameType,
        elsewhere: elsewhereEntities,
      }),
      milliseconds,
    });
  }
  return { sources, totals: { entities: sum('entities'), relations: sum('relations') } };
}
