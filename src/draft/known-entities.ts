import type { Driver } from 'neo4j-driver';
import { readCaseStudyFile } from '../case-study/case-study-file';
import type { CaseStudyInput } from '../case-study/case-study.types';
import { cypherQuery } from '../db/cypher-query';
import { expandCaseStudyPaths } from '../import/import-case-study';
import { ENTITY_TYPES, isEntityType, type EntityType } from '../model/vocabulary';

/** An entity the graph (or a case study) already has, by the names a text may call it. */
export interface KnownEntity {
  readonly key: string;
  readonly type: EntityType;
  readonly name: string;
  /** Name, abbreviation and aliases. */
  readonly names: readonly string[];
  readonly abbreviation?: string;
}

/** What a draft links to instead of defining again: entities, and relations already stated. */
export interface DraftLexicon {
  readonly entities: readonly KnownEntity[];
  /** `TYPE from to` of relations already stated (a draft does not propose them again). */
  readonly relations: ReadonlySet<string>;
  /** Source keys already taken. */
  readonly sourceKeys: ReadonlySet<string>;
  /** Entity keys already taken beyond those of `entities` (a new entity gets another key). */
  readonly takenKeys?: ReadonlySet<string>;
}

export const EMPTY_LEXICON: DraftLexicon = { entities: [], relations: new Set(), sourceKeys: new Set() };

export function relationId(type: string, from: string, to: string): string {
  return `${type} ${from} ${to}`;
}

function knownEntity(raw: {
  key: string;
  type: string;
  name: string;
  abbreviation?: string | null;
  aliases?: readonly string[] | null;
}): KnownEntity | undefined {
  if (!isEntityType(raw.type) || typeof raw.name !== 'string') return undefined;
  const names = [raw.name, raw.abbreviation ?? undefined, ...(raw.aliases ?? [])].filter(
    (name): name is string => typeof name === 'string' && name.trim() !== '',
  );
  return {
    key: raw.key,
    type: raw.type,
    name: raw.name,
    names,
    ...(raw.abbreviation ? { abbreviation: raw.abbreviation } : {}),
  };
}

/** The lexicon of case-study files (or folders of them), read like the importer reads them. */
export function lexiconFromCaseStudies(paths: readonly string[]): DraftLexicon {
  return lexiconOf(readCaseStudies(paths));
}

/** The contents of case-study files (or folders of them), as the importer finds them. */
export function readCaseStudies(paths: readonly string[]): (Partial<CaseStudyInput> | undefined)[] {
  return expandCaseStudyPaths(paths).map(
    (path) => readCaseStudyFile(path).data as Partial<CaseStudyInput> | undefined,
  );
}

/** The lexicon of case studies already read. */
export function lexiconOf(caseStudies: readonly (Partial<CaseStudyInput> | undefined)[]): DraftLexicon {
  const entities: KnownEntity[] = [];
  const relations = new Set<string>();
  const sourceKeys = new Set<string>();
  for (const data of caseStudies) {
    for (const entity of data?.entities ?? []) {
      const known = knownEntity(entity);
      if (known !== undefined) entities.push(known);
    }
    for (const relation of data?.relations ?? [])
      relations.add(relationId(relation.type, relation.from, relation.to));
    for (const source of data?.sources ?? []) sourceKeys.add(source.key);
  }
  return { entities, relations, sourceKeys };
}

/** The lexicon of the database: every entity with its names, every stated relation, every source key. */
export async function lexiconFromDatabase(driver: Driver, database?: string): Promise<DraftLexicon> {
  const run = async (name: string, params: Record<string, unknown> = {}) =>
    (await driver.executeQuery(cypherQuery(name), params, { database })).records.map((record) =>
      record.toObject(),
    );
  const entities = (await run('draft/known-entities', { entityTypes: ENTITY_TYPES }))
    .map((row) => knownEntity(row as Parameters<typeof knownEntity>[0]))
    .filter((entity): entity is KnownEntity => entity !== undefined);
  const relations = new Set(
    (await run('draft/known-relations')).map((row) =>
      relationId(row.type as string, row.from as string, row.to as string),
    ),
  );
  const sourceKeys = new Set((await run('draft/known-source-keys')).map((row) => row.key as string));
  return { entities, relations, sourceKeys };
}

/** Two lexicons as one graph holding both (entities by key once, the first one's where both have it). */
export function mergeLexicons(first: DraftLexicon, second: DraftLexicon): DraftLexicon {
  const keys = new Set(first.entities.map((entity) => entity.key));
  return {
    entities: [...first.entities, ...second.entities.filter((entity) => !keys.has(entity.key))],
    relations: new Set([...first.relations, ...second.relations]),
    sourceKeys: new Set([...first.sourceKeys, ...second.sourceKeys]),
    takenKeys: new Set([
      ...(first.takenKeys ?? []),
      ...(second.takenKeys ?? []),
      ...second.entities.map((entity) => entity.key),
    ]),
  };
}

/**
 * The lexicon a curated case study gives for drafting one of its sources anew: the entities and
 * relations it states in its other sources (leave one out). The drafting benchmark and its tests use it.
 */
export function lexiconLeavingOut(curated: CaseStudyInput, sourceKey: string): DraftLexicon {
  const elsewhere = (item: { evidence: readonly { source: string }[] }) =>
    item.evidence.some((e) => e.source !== sourceKey);
  const entities = (curated.entities ?? [])
    .filter(elsewhere)
    .map((entity) => knownEntity(entity))
    .filter((entity): entity is KnownEntity => entity !== undefined);
  const relations = new Set(
    (curated.relations ?? [])
      .filter((r) => r.evidence.every((e) => e.source !== sourceKey))
      .map((r) => relationId(r.type, r.from, r.to)),
  );
  return {
    entities,
    relations,
    sourceKeys: new Set((curated.sources ?? []).map((s) => s.key)),
    takenKeys: new Set((curated.entities ?? []).map((e) => e.key)),
  };
}
