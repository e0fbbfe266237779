import { basename } from 'node:path';
import { Document, isMap, isSeq, type YAMLMap } from 'yaml';
import type { CaseStudyInput } from '../case-study/case-study.types';
import { germanDateToIso } from '../case-study/german-date';
import { DraftRegistry, slug, type DraftEntity, type DraftRelation } from './draft-model';
import type { DraftLexicon, KnownEntity } from './known-entities';
import { tokenize } from './match-names';
import { UNDERTAKING_TYPES, type EntityType } from '../model/vocabulary';
import { dateIn, dateRangeIn, recogniseEntities } from './recognise-entities';
import { recogniseRelations } from './recognise-relations';
import { segmentText } from './segment-text';

export interface DraftOptions {
  /** The source text, as read. */
  readonly text: string;
  /** The source file's name; the draft cites it as `sources/<name>`. */
  readonly fileName: string;
  readonly lexicon: DraftLexicon;
}

export interface Draft {
  /** The case study, every entry marked `draft: true`. */
  readonly caseStudy: CaseStudyInput;
  /** Why each entry was proposed, by `entities[i]`, `additions[i]`, `relations[i]`. */
  readonly reasons: ReadonlyMap<string, string>;
  readonly summary: DraftSummary;
}

export interface DraftSummary {
  readonly segments: number;
  readonly newEntities: number;
  readonly linkedEntities: number;
  readonly relations: number;
  /** New entities by type. */
  readonly byType: Readonly<Record<string, number>>;
}

/**
 * Drafts a case study from one German source text: the source entry, the entities it names (linked
 * to existing keys where the lexicon knows them, else proposed by general patterns), the relations
 * its cue phrases state, each with the sentence it comes from as its quote, so that every quote
 * passes the import's check by construction. Everything is marked `draft: true` for review.
 */
export function draftCaseStudy(options: DraftOptions): Draft {
  const segments = segmentText(options.text);
  const takenKeys = new Set([
    ...options.lexicon.entities.map((entity) => entity.key),
    ...(options.lexicon.takenKeys ?? []),
  ]);
  const registry = new DraftRegistry(segments, takenKeys, shortNameLookup(options.lexicon));
  const document = recogniseEntities(registry, options.lexicon);
  datePeriods(registry);
  const relations = recogniseRelations(document, options.lexicon);

  const title =
    segments.find((segment) => segment.isLine && segment.text.length > 8)?.text ?? options.fileName;
  const sourceStem = slug(title, 5) || 'quelle';
  let sourceKey = sourceStem;
  for (let n = 2; options.lexicon.sourceKeys.has(sourceKey); n++) sourceKey = `${sourceStem}-${n}`;
  const sourceDate = publicationDate(segments.map((s) => s.text)) ?? document.date;
  const quote = (segment: number) => segments[segment]?.text ?? '';
  const evidence = (segment: number) => [{ source: sourceKey, quote: quote(segment) }];

  const reasons = new Map<string, string>();
  const entities = registry.entities.filter((entity) => !entity.known);
  const linked = registry.entities.filter((entity) => entity.known);
  const caseStudy: CaseStudyInput = {
    caseStudy: { key: `entwurf-${sourceKey}`, title: `Entwurf: ${title}` },
    sources: [
      {
        key: sourceKey,
        title,
        ...(sourceDate === undefined ? {} : { date: sourceDate }),
        file: `sources/${basename(options.fileName)}`,
        draft: true,
      },
    ],
    entities: entities.map((entity, index) => {
      reasons.set(`entities[${index}]`, entity.reason);
      return entityEntry(entity, evidence(entity.quoteSegment));
    }),
    additions: linked.map((entity, index) => {
      reasons.set(`additions[${index}]`, `${entity.reason}: ${entity.name}`);
      return { key: entity.key, evidence: evidence(entity.quoteSegment), draft: true };
    }),
    relations: relations.map((relation, index) => {
      reasons.set(`relations[${index}]`, relation.reason);
      return relationEntry(relation, relation.quoteSegments.flatMap(evidence));
    }),
  };
  const byType: Record<string, number> = {};
  for (const entity of entities) byType[entity.type] = (byType[entity.type] ?? 0) + 1;
  return {
    caseStudy,
    reasons,
    summary: {
      segments: segments.length,
      newEntities: entities.length,
      linkedEntities: linked.length,
      relations: relations.length,
      byType,
    },
  };
}

/**
 * A known entity of the same type whose name ends with the words of a shorter one: a text that has
 * named "BIWAQ-Förderrunde 2019-2022" before (or elsewhere) says "der Förderrunde 2019-2022".
 */
function shortNameLookup(lexicon: DraftLexicon): (type: EntityType, name: string) => KnownEntity | undefined {
  const byType = new Map<EntityType, { entity: KnownEntity; words: string[] }[]>();
  for (const entity of lexicon.entities) {
    const list = byType.get(entity.type) ?? [];
    for (const name of entity.names) list.push({ entity, words: tokenize(name).map((t) => t.word) });
    byType.set(entity.type, list);
  }
  return (type, name) => {
    const words = tokenize(name).map((t) => t.word);
    if (words.length === 0) return undefined;
    const candidates = (byType.get(type) ?? []).filter(
      ({ words: known }) =>
        known.length > words.length &&
        words.every((word, i) => known[known.length - words.length + i] === word),
    );
    // Only when the short name is unambiguous.
    const entities = new Set(candidates.map((c) => c.entity.key));
    return entities.size === 1 ? candidates[0]?.entity : undefined;
  };
}

function entityEntry(entity: DraftEntity, evidence: { source: string; quote: string }[]) {
  return {
    key: entity.key,
    type: entity.type,
    name: entity.name,
    ...(entity.abbreviation === undefined ? {} : { abbreviation: entity.abbreviation }),
    ...(entity.aliases.size === 0 ? {} : { aliases: [...entity.aliases] }),
    ...entity.fields,
    draft: true,
    evidence,
  };
}

function relationEntry(relation: DraftRelation, evidence: { source: string; quote: string }[]) {
  return { type: relation.type, from: relation.from, to: relation.to, draft: true, evidence };
}

/** Undertakings whose sentence gives a period ("wird vom 01.01.2019 bis zum 31.12.2022 umgesetzt"). */
function datePeriods(registry: DraftRegistry): void {
  for (const entity of registry.entities) {
    if (entity.known || !(UNDERTAKING_TYPES as readonly EntityType[]).includes(entity.type)) continue;
    for (const mention of registry.mentionsOf(entity.key)) {
      const range = dateRangeIn(registry.segments[mention.segment]?.text ?? '');
      if (range === undefined) continue;
      entity.fields.startDate = range.start;
      entity.fields.endDate = range.end;
      entity.quoteSegment = mention.segment;
      break;
    }
  }
}

/** A date labelled as the page's date ("Datum" on its own line, then the date), ISO. */
function publicationDate(lines: readonly string[]): string | undefined {
  const label = lines.findIndex((line) => /^(?:Datum|Stand|Veröffentlicht(?: am)?):?$/u.test(line));
  if (label >= 0) return germanDateToIso(lines[label + 1] ?? '') ?? dateIn(lines[label + 1] ?? '');
  return undefined;
}

/** The draft as YAML, each entry preceded by a comment saying which pattern proposed it. */
export function renderDraftYaml(draft: Draft): string {
  const document = new Document(draft.caseStudy);
  const root = document.contents as YAMLMap;
  for (const collection of ['entities', 'additions', 'relations']) {
    const list = root.get(collection, true);
    if (!isSeq(list)) continue;
    list.items.forEach((item, index) => {
      const reason = draft.reasons.get(`${collection}[${index}]`);
      if (reason !== undefined && isMap(item)) item.commentBefore = ` draft: ${reason}`;
    });
  }
  const header = [
    '# yaml-language-server: $schema=https://quartiersnetz.example/case-study.schema.json',
    '# Drafted by quartiersnetz draft. Every entry marked "draft: true" needs a review: check its type,',
    '# name, fields and quote against the source, correct or delete it, then remove "draft: true".',
    '# Then: quartiersnetz import <folder> --dry-run',
  ].join('\n');
  return `${header}\n${document.toString({ lineWidth: 0 })}`;
}
