import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import type {
  EntityRow,
  ImportPlan,
  PlanValue,
  RelationRow,
  SourceRow,
} from '../case-study/compile-case-study';
import { cypherQuery } from '../db/cypher-query';
import {
  deriveActiveIntervals,
  emptyIntervalMessage,
  type EmptyInterval,
} from '../db/derive-active-intervals';
import { ErrorCode } from '../errors/error-codes';
import { QuartiersnetzError } from '../errors/quartiersnetz-error';
import { ENTITY_TYPES, EXTRA_LABELS } from '../model/vocabulary';

export interface ChangeCounts {
  created: number;
  updated: number;
  unchanged: number;
}

export interface ImportCounts {
  readonly sources: ChangeCounts;
  readonly entities: ChangeCounts;
  /** Evidence added to entities of other case studies, per entity; `withdrawn`: entities no longer added to. */
  readonly additions: ChangeCounts & { withdrawn: number };
  readonly relations: ChangeCounts;
}

export interface ImportProgress {
  readonly phase: 'sources' | 'entities' | 'evidence' | 'additions' | 'relations' | 'intervals';
  readonly done: number;
  readonly total: number;
}

export interface WritePlanOptions {
  readonly database?: string;
  /** Rows per UNWIND batch. Default 1000. */
  readonly batchSize?: number;
  /** Called after each batch; throwing from it aborts the import and rolls everything back. */
  readonly onProgress?: (progress: ImportProgress) => void;
  /** Count what would change, write nothing. */
  readonly dryRun?: boolean;
  /**
   * Take back the evidence the plan's case studies added before to entities they no longer add to
   * (default true). False for a part of a split plan, which does not hold all of its additions.
   */
  readonly withdrawAdditions?: boolean;
}

const DEFAULT_BATCH_SIZE = 1000;
const ALL_TYPE_LABELS = [...new Set([...ENTITY_TYPES, ...Object.values(EXTRA_LABELS).flat()])];

/**
 * Writes an import plan in ONE transaction with batched, parameterised UNWIND queries: either all of
 * it lands or none. Only new or changed rows are written, so a second import of the same files
 * changes nothing and reports everything as unchanged.
 */
export async function writeImportPlan(
  driver: Driver,
  plan: ImportPlan,
  options: WritePlanOptions = {},
): Promise<ImportCounts> {
  const session = driver.session({ database: options.database, defaultAccessMode: neo4j.session.WRITE });
  try {
    const work = async (tx: ManagedTransaction): Promise<ImportCounts> => {
      const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
      const sourceHashes = await readHashes(tx, 'import/existing-source-hashes', {
        keys: plan.sources.map((s) => s.key),
      });
      const entityHashes = await readHashes(tx, 'import/existing-entity-hashes', {
        keys: plan.entities.map((e) => e.key),
      });
      const relationHashes = await readHashes(tx, 'import/existing-relation-hashes', {
        rows: plan.relations.map(({ key, type, from, to }) => ({ key, type, from, to })),
      });
      const additionHashes = await readHashes(tx, 'import/existing-addition-hashes', {
        rows: plan.additions.map(({ key, caseStudy }) => ({ key, caseStudy })),
      });
      const importing = plan.caseStudies.map((caseStudy) => caseStudy.key);
      // An addition is one case study's evidence for one entity: 'caseStudy entityKey' in the queries.
      const additionId = (row: { caseStudy: string; key: string }) => `${row.caseStudy} ${row.key}`;
      const additionKeys = plan.additions.map(additionId);
      // Stale additions are those citing a source this import holds (not another file's).
      const importedSources = plan.sources.map((s) => s.key);
      const stale =
        options.withdrawAdditions === false
          ? undefined
          : await tx.run(cypherQuery('import/stale-additions'), {
              caseStudies: importing,
              additions: additionKeys,
              sources: importedSources,
            });

      const sourceRows = plan.sources;
      const changedSources = sourceRows.filter((row) => sourceHashes.get(row.key) !== row.hash);
      const changedEntities = plan.entities.filter((row) => entityHashes.get(row.key) !== row.hash);
      const changedRelations = plan.relations.filter((row) => relationHashes.get(row.key) !== row.hash);
      const changedAdditions = plan.additions.filter(
        (row) => additionHashes.get(additionId(row)) !== row.hash,
      );
      const withdrawn = Number(stale?.records[0]?.get('entities') ?? 0);
      const counts: ImportCounts = {
        sources: countChanges(sourceRows, sourceHashes),
        entities: countChanges(plan.entities, entityHashes),
        additions: {
          ...countChanges(
            plan.additions.map((row) => ({ key: additionId(row), hash: row.hash })),
            additionHashes,
          ),
          withdrawn,
        },
        relations: countChanges(plan.relations, relationHashes),
      };
      // Relations of other case studies (or other files) may borrow a cited source this import changes.
      const borrowed = await changedCitations(tx, changedSources, sourceHashes);
      const written = plan.relations.map((row) => row.key);
      await refuseTextsForBorrowedCitations(tx, borrowed.texts, written);
      if (options.dryRun === true) return counts;

      await tx.run(cypherQuery('import/merge-case-studies'), { rows: plan.caseStudies });
      // Changing a source's text can invalidate quotes of unchanged entities; the validator already
      // checked every quote of this import against the new texts.
      await inBatches(changedSources, batchSize, 'sources', options, (rows) =>
        tx.run(cypherQuery('import/merge-sources'), {
          rows: rows.map((row) => ({
            key: row.key,
            props: toNeo4j(row.props),
            hash: row.hash,
            caseStudy: row.caseStudy,
          })),
        }),
      );
      // Relations this import does not write that borrow a changed citation: their copies follow it.
      if (Object.keys(borrowed.changed).length > 0)
        await tx.run(cypherQuery('import/refresh-borrowed-citations'), {
          changed: borrowed.changed,
          written,
        });
      await inBatches(changedEntities, batchSize, 'entities', options, (rows) =>
        tx.run(cypherQuery('import/merge-entities'), { rows: rows.map(entityParameters) }),
      );
      // An entity's own import replaces the evidence of the importing case studies (and evidence
      // written through the API); what other case studies added stays.
      await inBatches(changedEntities, batchSize, 'evidence', options, (rows) =>
        tx.run(cypherQuery('import/replace-entity-evidence'), {
          rows: rows.map((row) => ({
            key: row.key,
            evidence: row.evidence.map((e) => ({ ...e, position: neo4j.int(e.position) })),
            replaceable: importing,
            includeUnowned: true,
            additionHash: null,
          })),
        }),
      );
      // An addition replaces only what its own case study added before.
      await inBatches(changedAdditions, batchSize, 'additions', options, (rows) =>
        tx.run(cypherQuery('import/replace-entity-evidence'), {
          rows: rows.map((row) => ({
            key: row.key,
            evidence: row.evidence.map((e) => ({ ...e, position: neo4j.int(e.position) })),
            replaceable: [row.caseStudy],
            includeUnowned: false,
            additionHash: row.hash,
          })),
        }),
      );
      if (withdrawn > 0)
        await tx.run(cypherQuery('import/remove-stale-additions'), {
          caseStudies: importing,
          additions: additionKeys,
          sources: importedSources,
        });
      await inBatches(changedRelations, batchSize, 'relations', options, (rows) =>
        tx.run(cypherQuery('import/merge-relations'), { rows: rows.map(relationParameters) }),
      );
      // A changed lifespan moves the active interval of every relationship of the entity, a changed
      // relationship its own: both are derived again here, in the import's transaction.
      const touched = [
        ...changedEntities.map((row) => row.key),
        ...changedRelations.flatMap((row) => [row.from, row.to]),
      ];
      const empty: EmptyInterval[] = [];
      await inBatches([...new Set(touched)], batchSize, 'intervals', options, async (keys) => {
        empty.push(...(await deriveActiveIntervals(tx, keys)));
      });
      if (empty.length > 0)
        throw new QuartiersnetzError(ErrorCode.BAD_USER_INPUT, emptyIntervalMessage(empty), {
          relations: empty.map((e) => e.key),
        });
      return counts;
    };
    return options.dryRun === true ? await session.executeRead(work) : await session.executeWrite(work);
  } finally {
    await session.close();
  }
}

/** What a relation copies of a cited source. */
interface CitationCopy {
  readonly title: string;
  readonly publisher: string;
  readonly date: string;
}

/**
 * The stored cited sources whose copies this import changes (`changed`: title, publisher or date) or
 * which it turns into texts (`texts`). Sources that were texts are not borrowed; new ones not yet.
 */
async function changedCitations(
  tx: ManagedTransaction,
  changedSources: readonly SourceRow[],
  storedHashes: ReadonlyMap<string, string | null>,
): Promise<{ changed: Record<string, CitationCopy>; texts: string[] }> {
  const stored = changedSources.filter((row) => storedHashes.get(row.key) != null);
  const changed: Record<string, CitationCopy> = {};
  const texts: string[] = [];
  if (stored.length === 0) return { changed, texts };
  const rows = new Map(stored.map((row) => [row.key, row]));
  const result = await tx.run(cypherQuery('import/cited-sources'), { keys: [...rows.keys()] });
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  for (const record of result.records) {
    const row = rows.get(record.get('key') as string);
    if (row === undefined) continue;
    if (row.props.kind !== 'CITATION') {
      texts.push(row.key);
      continue;
    }
    const date = row.props.date;
    const copy: CitationCopy = {
      title: text(row.props.title),
      publisher: text(row.props.publisher),
      date: typeof date === 'object' && date !== null && 'date' in date ? date.date : '',
    };
    if (
      copy.title !== text(record.get('title')) ||
      copy.publisher !== text(record.get('publisher')) ||
      copy.date !== text(record.get('date'))
    )
      changed[row.key] = copy;
  }
  return { changed, texts };
}

/**
 * Refuses (BAD_USER_INPUT, naming each relation) to turn a cited source into a text while a relation
 * this import does not write cites it with a locator: that relation would keep a locator and no quote.
 */
async function refuseTextsForBorrowedCitations(
  tx: ManagedTransaction,
  texts: readonly string[],
  written: readonly string[],
): Promise<void> {
  if (texts.length === 0) return;
  const result = await tx.run(cypherQuery('import/borrowed-citation-conflicts'), { texts, written });
  if (result.records.length === 0) return;
  const described = result.records.map(
    (record) =>
      `"${record.get('key') as string}" of case study "${record.get('statedBy') as string}" cites ${(record.get('broken') as string[]).map((key) => `"${key}"`).join(', ')} with a locator`,
  );
  throw new QuartiersnetzError(
    ErrorCode.BAD_USER_INPUT,
    `a cited source (kind: CITATION) that relations outside this import cite with a locator must stay one: ${described.join('; ')}`,
    { relations: result.records.map((record) => record.get('key') as string) },
  );
}

/** The parameters of one entity row for import/merge-entities. */
export function entityParameters(row: EntityRow): Record<string, unknown> {
  return {
    key: row.key,
    props: toNeo4j(row.props),
    hash: row.hash,
    labels: row.labels,
    staleLabels: ALL_TYPE_LABELS.filter((label) => !row.labels.includes(label)),
  };
}

/** The parameters of one relation row for import/merge-relations. */
export function relationParameters(row: RelationRow): Record<string, unknown> {
  return {
    key: row.key,
    type: row.type,
    from: row.from,
    to: row.to,
    props: toNeo4j(row.props),
    hash: row.hash,
  };
}

async function readHashes(
  tx: ManagedTransaction,
  query: string,
  params: Record<string, unknown>,
): Promise<Map<string, string | null>> {
  const result = await tx.run(cypherQuery(query), params);
  return new Map(
    result.records.map((record) => [record.get('key') as string, record.get('hash') as string | null]),
  );
}

function countChanges(
  rows: readonly { key: string; hash: string }[],
  existing: ReadonlyMap<string, string | null>,
): ChangeCounts {
  const counts: ChangeCounts = { created: 0, updated: 0, unchanged: 0 };
  for (const row of rows) {
    const hash = existing.get(row.key);
    if (hash === null || hash === undefined) counts.created += 1;
    else if (hash === row.hash) counts.unchanged += 1;
    else counts.updated += 1;
  }
  return counts;
}

async function inBatches<T>(
  rows: readonly T[],
  batchSize: number,
  phase: ImportProgress['phase'],
  options: WritePlanOptions,
  write: (batch: readonly T[]) => Promise<unknown>,
): Promise<void> {
  for (let start = 0; start < rows.length; start += batchSize) {
    const batch = rows.slice(start, start + batchSize);
    await write(batch);
    options.onProgress?.({ phase, done: start + batch.length, total: rows.length });
  }
}

function toNeo4j(props: Readonly<Record<string, PlanValue>>): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(props)) {
    if (typeof value === 'object' && value !== null && 'date' in value) {
      const [year, month, day] = value.date.split('-').map(Number);
      result[name] = new neo4j.types.Date(year ?? 0, month ?? 1, day ?? 1);
    } else if (typeof value === 'number' && Number.isInteger(value)) {
      result[name] = neo4j.int(value);
    } else {
      result[name] = value;
    }
  }
  return result;
}
