import { createHash } from 'node:crypto';
import Ajv2020, { type ErrorObject } from 'ajv/dist/2020';
import {
  ACROSS_LIFESPANS,
  allowsEndpoints,
  isEntityType,
  isRelationType,
  labelsOf,
  RELATION_TYPES,
  RELATION_TYPE_NAMES,
  type EntityType,
} from '../model/vocabulary';
import { ENTITY_FIELD_NAMES, ENTITY_FIELDS } from '../model/entity-fields';
import { issueAt, type CaseStudyFile } from './case-study-file';
import { checkOwnership, type ExistingOwners, type OwnedKey } from './check-ownership';
import { CASE_STUDY_JSON_SCHEMA, PARTIAL_DATE_PATTERN } from './case-study-json-schema';
import { germanDateToIso } from './german-date';
import { QuoteCheck } from './quote-check';
import { CaseStudyIssueCode, type CaseStudyIssue } from './case-study-issue';
import type {
  AdditionInput,
  CaseStudyInput,
  EntityInput,
  EvidenceInput,
  NameOverTimeInput,
  RelationInput,
  SourceInput,
  WebPresenceInput,
} from './case-study.types';
import { nameFingerprint, normaliseWhitespace } from './normalise-text';
import { parsePartialDate, type PartialDate } from './partial-date';

/** A property value as written to Neo4j; dates stay ISO strings here and become Neo4j dates in the writer. */
export type PlanValue = string | number | boolean | readonly string[] | { readonly date: string };

export interface SourceRow {
  readonly key: string;
  /** Key of the case study whose file lists this source. */
  readonly caseStudy: string;
  readonly props: Readonly<Record<string, PlanValue>>;
  readonly hash: string;
}

export interface CaseStudyRow {
  readonly key: string;
  readonly title: string;
  readonly description: string | null;
}

export interface EntityRow {
  readonly key: string;
  /** Key of the case study that defines the entity (its owner). */
  readonly caseStudy: string;
  readonly type: EntityType;
  readonly labels: readonly string[];
  readonly props: Readonly<Record<string, PlanValue>>;
  readonly evidence: readonly CheckedEvidence[];
  /** Fingerprint of everything the import writes for this entity, to tell unchanged from updated. */
  readonly hash: string;
}

/** Evidence a case study adds to an entity another one defines (see AdditionInput). */
export interface AdditionRow {
  readonly key: string;
  /** Key of the adding case study. */
  readonly caseStudy: string;
  readonly evidence: readonly CheckedEvidence[];
  /** Fingerprint of the evidence, to tell unchanged from updated. */
  readonly hash: string;
}

/** A piece of evidence after the checks: a verified quote, or a locator in a cited source ('' for the other). */
export interface CheckedEvidence {
  readonly source: string;
  readonly quote: string;
  readonly locator: string;
  readonly position: number;
}

export interface RelationRow {
  readonly key: string;
  readonly type: string;
  readonly from: string;
  readonly to: string;
  readonly props: Readonly<Record<string, PlanValue>>;
  readonly hash: string;
}

/** What an import writes, validated and in the shape of the graph. */
export interface ImportPlan {
  readonly caseStudies: readonly CaseStudyRow[];
  readonly sources: readonly SourceRow[];
  readonly entities: readonly EntityRow[];
  readonly additions: readonly AdditionRow[];
  readonly relations: readonly RelationRow[];
}

export interface CompileResult {
  readonly issues: readonly CaseStudyIssue[];
  /** Every key the files define, for the lookup of {@link CompileOptions.owners}. */
  readonly ownedKeys: readonly OwnedKey[];
  /** Keys that relations name but no file defines (they may be entities of earlier imports). */
  readonly unknownEntityKeys: readonly string[];
  /** Sources that relations cite but no file lists (they may be cited sources of other case studies). */
  readonly unknownSourceKeys: readonly string[];
  /** Present only when there are no issues. */
  readonly plan: ImportPlan | undefined;
}

export interface CompileOptions {
  /**
   * Looks up entities that the files reference but do not define (for a case study that builds on
   * one already imported). Returns the type of each key found.
   */
  readonly knownEntities?: ReadonlyMap<string, EntityType>;
  /** The defining case study of those entities, where stored (for additions). */
  readonly knownEntityOwners?: ReadonlyMap<string, string>;
  /** Case studies owning the keys that exist already; a key owned by another one is an issue. */
  readonly owners?: ExistingOwners;
  /**
   * Cited sources (kind CITATION) that other case studies list, by key: a relation may cite them
   * (the act that states a fact is one document, whichever case study needs the fact).
   */
  readonly knownCitations?: ReadonlyMap<string, KnownCitation>;
}

/** A cited source (kind CITATION) stored by another case study, as a relation that cites it carries it. */
export interface KnownCitation {
  readonly title: string;
  readonly publisher?: string;
  readonly date?: PartialDate;
}

const ajv = new Ajv2020({ allErrors: true, strict: false, verbose: true });
const validateSchema = ajv.compile(CASE_STUDY_JSON_SCHEMA);

interface Located<T> {
  readonly file: CaseStudyFile;
  readonly index: number;
  readonly value: T;
}

/**
 * Validates case-study files together (keys may cross files) and compiles them into an import plan.
 * Reports every issue at once; returns a plan only when there is none.
 */
export function compileCaseStudy(
  files: readonly CaseStudyFile[],
  options: CompileOptions = {},
): CompileResult {
  const issues: CaseStudyIssue[] = [];
  const sources: Located<SourceInput>[] = [];
  const entities: Located<EntityInput>[] = [];
  const additions: Located<AdditionInput>[] = [];
  const relations: Located<RelationInput>[] = [];
  const caseStudies: CaseStudyRow[] = [];

  for (const file of files) {
    issues.push(...file.parseIssues);
    if (file.data === undefined) continue;
    if (!validateSchema(file.data)) {
      issues.push(...schemaIssues(file, validateSchema.errors ?? []));
    }
    // A document that is not a mapping (empty, a list, a scalar) was reported by the schema check.
    if (!isRecord(file.data)) continue;
    const data = file.data as Partial<CaseStudyInput>;
    const caseStudy = isRecord(data.caseStudy) ? data.caseStudy : undefined;
    if (typeof caseStudy?.key === 'string' && typeof caseStudy.title === 'string') {
      caseStudies.push({
        key: caseStudy.key,
        title: caseStudy.title,
        description: caseStudy.description ?? null,
      });
    }
    arrayOf<SourceInput>(data.sources).forEach((value, index) => sources.push({ file, index, value }));
    arrayOf<EntityInput>(data.entities).forEach((value, index) => entities.push({ file, index, value }));
    arrayOf<AdditionInput>(data.additions).forEach((value, index) => additions.push({ file, index, value }));
    arrayOf<RelationInput>(data.relations).forEach((value, index) => relations.push({ file, index, value }));
  }

  issues.push(...draftIssues(files));
  const sourceRows = compileSources(sources, issues);
  const sourceTexts = new QuoteCheck(new Map(sourceRows.map((row) => [row.row.key, row.normalisedText])));
  const sourceDates = new Map(sourceRows.map((row) => [row.row.key, row.date]));
  const entityRows = compileEntities(entities, sourceTexts, issues);
  const entityTypes = new Map<string, EntityType>(options.knownEntities ?? []);
  for (const row of entityRows) entityTypes.set(row.key, row.type);
  const unknownEntityKeys = new Set<string>();
  const additionRows = compileAdditions(
    additions,
    {
      entityTypes,
      defined: new Map([
        ...(options.knownEntityOwners ?? []),
        ...entityRows.map((row) => [row.key, row.caseStudy] as const),
      ]),
      sourceTexts,
      sourceCaseStudies: new Map(sourceRows.map((row) => [row.row.key, row.row.caseStudy])),
      unknownEntityKeys,
    },
    issues,
  );
  const lifespans = new Map(entityRows.map((row) => [row.key, lifespanOf(row)]));
  const sourceRowsByKey = new Map(sourceRows.map((row) => [row.row.key, row.row]));
  // Relations may also cite the cited sources of other case studies; entities and additions may not,
  // since their evidence belongs to the case study of its source.
  const foreignCitations = [...(options.knownCitations ?? [])].filter(([key]) => !sourceRowsByKey.has(key));
  const unknownSourceKeys = new Set<string>();
  const relationRows = compileRelations(
    relations,
    {
      entityTypes,
      sourceTexts: sourceTexts.withCitations(foreignCitations.map(([key]) => key)),
      sourceDates: new Map([...sourceDates, ...foreignCitations.map(([key, c]) => [key, c.date] as const)]),
      sourceRows: new Map([
        ...sourceRowsByKey,
        ...foreignCitations.map(([key, c]) => [key, citedRow(key, c)] as const),
      ]),
      unknownEntityKeys,
      unknownSourceKeys,
      lifespans,
    },
    issues,
  );

  issues.push(...sourceTexts.issues());
  issues.push(...foreignEvidence(entities, relations, sourceRows));
  const ownedKeys = definedKeys(sources, entities, relations);
  if (options.owners !== undefined) {
    issues.push(...checkOwnership(ownedKeys, options.owners, caseStudyKeyOf));
  }
  issues.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
  return {
    issues,
    ownedKeys,
    unknownEntityKeys: [...unknownEntityKeys],
    unknownSourceKeys: [...unknownSourceKeys],
    plan:
      issues.length > 0
        ? undefined
        : {
            caseStudies,
            sources: sourceRows.map((s) => s.row),
            entities: entityRows,
            additions: additionRows,
            relations: relationRows,
          },
  };
}

/** Every entry still marked `draft: true` (written by `quartiersnetz draft`), at its mark. */
export function draftIssues(files: readonly CaseStudyFile[]): CaseStudyIssue[] {
  const issues: CaseStudyIssue[] = [];
  for (const file of files) {
    if (!isRecord(file.data)) continue;
    const data = file.data as Record<string, unknown>;
    for (const collection of ['sources', 'entities', 'additions', 'relations']) {
      arrayOf<Record<string, unknown>>(data[collection]).forEach((entry, index) => {
        if (isRecord(entry) && entry.draft === true)
          issues.push(
            issueAt(
              file,
              [collection, index, 'draft'],
              CaseStudyIssueCode.DRAFT_NOT_REVIEWED,
              'is a draft: check it against the source (type, name, fields, quote) and remove "draft: true"',
            ),
          );
      });
    }
  }
  return issues;
}

function compileSources(
  sources: readonly Located<SourceInput>[],
  issues: CaseStudyIssue[],
): { row: SourceRow; normalisedText: string | null; date: PartialDate | undefined }[] {
  const seen = new Map<string, Located<SourceInput>>();
  const rows: { row: SourceRow; normalisedText: string | null; date: PartialDate | undefined }[] = [];
  for (const located of sources) {
    const { file, index, value: source } = located;
    const cited = isRecord(source) && source.kind === 'CITATION';
    if (!isRecord(source) || typeof source.key !== 'string' || (!cited && typeof source.file !== 'string'))
      continue;
    const path = ['sources', index];
    if (!claimKey({ seen, located, key: source.key, noun: 'source', collection: 'sources' }, issues))
      continue;
    if (cited) {
      // Cited, not held: what a reader needs to find it; its evidence gives locators, not quotes.
      const date = readDate(file, [...path, 'date'], source.date, 'start', issues);
      const props: Record<string, PlanValue> = { key: source.key, kind: 'CITATION', title: source.title };
      assignDefined(props, { publisher: source.publisher, url: source.url, note: source.note });
      if (date !== undefined)
        Object.assign(props, { date: { date: date.iso }, datePrecision: date.precision });
      const caseStudy = caseStudyKeyOf(file) ?? '';
      rows.push({
        // The case study is in the hash, so that a source moved to another one is written (relinked).
        row: { key: source.key, caseStudy, props, hash: fingerprint({ ...props, caseStudy }) },
        normalisedText: null,
        date,
      });
      continue;
    }
    const read = file.readRelative(source.file as string);
    if ('refused' in read) {
      issues.push(issueAt(file, [...path, 'file'], CaseStudyIssueCode.SOURCE_FILE_REFUSED, read.refused));
      continue;
    }
    const { text } = read;
    const date = readDate(file, [...path, 'date'], source.date, 'start', issues);
    const props: Record<string, PlanValue> = {
      key: source.key,
      kind: 'TEXT',
      title: source.title,
      file: source.file as string,
      text,
    };
    assignDefined(props, { publisher: source.publisher, url: source.url, note: source.note });
    if (date !== undefined) Object.assign(props, { date: { date: date.iso }, datePrecision: date.precision });
    const caseStudy = caseStudyKeyOf(file) ?? '';
    rows.push({
      row: { key: source.key, caseStudy, props, hash: fingerprint({ ...props, caseStudy }) },
      normalisedText: normaliseWhitespace(text),
      date,
    });
  }
  return rows;
}

function compileEntities(
  entities: readonly Located<EntityInput>[],
  sourceTexts: QuoteCheck,
  issues: CaseStudyIssue[],
): EntityRow[] {
  const seen = new Map<string, Located<EntityInput>>();
  const names = new Map<string, { key: string; located: Located<EntityInput>; text: string }>();
  const rows: EntityRow[] = [];

  for (const located of entities) {
    const { file, index, value: entity } = located;
    if (
      !isRecord(entity) ||
      typeof entity.key !== 'string' ||
      typeof entity.type !== 'string' ||
      !isEntityType(entity.type)
    ) {
      continue;
    }
    const path = ['entities', index];
    if (!claimKey({ seen, located, key: entity.key, noun: 'entity', collection: 'entities' }, issues))
      continue;

    const nameVariants: { text: string; path: (string | number)[] }[] = [
      ...(typeof entity.name === 'string' ? [{ text: entity.name, path: [...path, 'name'] }] : []),
      ...arrayOf<string>(entity.aliases).map((alias, aliasIndex) => ({
        text: alias,
        path: [...path, 'aliases', aliasIndex],
      })),
      ...arrayOf<NameOverTimeInput>(entity.names).flatMap((held, nameIndex) =>
        isRecord(held) ? [{ text: held.name, path: [...path, 'names', nameIndex, 'name'] }] : [],
      ),
    ];
    for (const variant of nameVariants) {
      if (typeof variant.text !== 'string') continue;
      const fingerprint = nameFingerprint(variant.text);
      const owner = names.get(fingerprint);
      if (owner !== undefined && owner.key !== entity.key) {
        issues.push(
          issueAt(
            file,
            variant.path,
            CaseStudyIssueCode.SHARED_ALIAS,
            `"${variant.text}" also names entity "${owner.key}" ("${owner.text}" at ${where(owner.located, 'entities')}); a name or alias must identify one entity`,
          ),
        );
      } else if (owner === undefined) {
        names.set(fingerprint, { key: entity.key, located, text: variant.text });
      }
    }

    const start = readDate(file, [...path, 'startDate'], entity.startDate, 'start', issues);
    const end = readDate(file, [...path, 'endDate'], entity.endDate, 'end', issues);
    checkOrder(file, path, { start, end, startField: 'startDate', endField: 'endDate' }, issues);
    if (
      typeof entity.startTime === 'string' &&
      typeof entity.endTime === 'string' &&
      entity.endTime < entity.startTime &&
      (start === undefined || end === undefined || start.iso === end.iso)
    ) {
      issues.push(
        issueAt(
          file,
          [...path, 'endTime'],
          CaseStudyIssueCode.DATE_ORDER,
          `endTime ${entity.endTime} is before startTime ${entity.startTime}`,
        ),
      );
    }
    const ownEvidence = checkEvidence(file, path, entity.evidence, sourceTexts, issues);
    const heldNames = compileNames(file, path, entity, { start, end, sourceTexts }, issues);
    const evidence = withNameEvidence(ownEvidence, heldNames.evidence);

    const props = { ...storedFields(entity), ...heldNames.props };
    const aliases = arrayOf<string>(entity.aliases);
    if (start !== undefined)
      Object.assign(props, { startDate: { date: start.iso }, startDatePrecision: start.precision });
    if (end !== undefined)
      Object.assign(props, { endDate: { date: end.iso }, endDatePrecision: end.precision });
    props.searchText = [entity.name, entity.abbreviation, ...aliases, ...heldNames.texts]
      .filter((t) => typeof t === 'string')
      .join(' | ');

    const caseStudy = caseStudyKeyOf(file) ?? '';
    // The owner is stored with the entity: evidence other case studies add does not make them owners.
    if (caseStudy !== '') props.definedIn = caseStudy;
    rows.push({
      key: entity.key,
      caseStudy,
      type: entity.type,
      labels: labelsOf(entity.type),
      props,
      evidence,
      hash: fingerprint({ type: entity.type, props, evidence }),
    });
  }
  return rows;
}

/**
 * The fields of ENTITY_FIELDS an entity has, as stored: plain values as they are (an empty list
 * left out), web presences as parallel lists. Identity, dates and evidence are the caller's.
 */
function storedFields(entity: EntityInput): Record<string, PlanValue> {
  const props: Record<string, PlanValue> = {};
  const values = entity as unknown as Record<string, unknown>;
  for (const field of ENTITY_FIELD_NAMES) {
    const value = values[field];
    if (value === undefined || value === null) continue;
    switch (ENTITY_FIELDS[field].kind) {
      case 'type':
      case 'date':
      case 'evidence':
      case 'names':
      case 'draft':
        break;
      case 'texts':
        if (arrayOf<string>(value).length > 0) props[field] = arrayOf<string>(value);
        break;
      case 'webPresences': {
        const presences = arrayOf<WebPresenceInput>(value);
        if (presences.length === 0) break;
        props.webPresenceKinds = presences.map((presence) => presence.kind);
        props.webPresenceUrls = presences.map((presence) => presence.url);
        props.webPresenceLabels = presences.map((presence) => presence.label ?? '');
        break;
      }
      default:
        props[field] = value as PlanValue;
    }
  }
  return props;
}

/** The stored parallel lists of an entity's names over time (see src/case-study/names-over-time.ts). */
interface CompiledNames {
  readonly props: Record<string, PlanValue>;
  /** Every checked piece of evidence of every name, for the entity's own STATED_IN evidence. */
  readonly evidence: readonly CheckedEvidence[];
  readonly texts: readonly string[];
}

/**
 * An entity's `names`: each name's span (a partial date at each end, in order and inside the entity's
 * lifespan), no two names holding on the same day, and each name's evidence checked like the entity's.
 * Stored in the order of their start (unknown first), which is the order nameAt reads them in.
 */
function compileNames(
  file: CaseStudyFile,
  path: readonly (string | number)[],
  entity: EntityInput,
  context: { start?: PartialDate; end?: PartialDate; sourceTexts: QuoteCheck },
  issues: CaseStudyIssue[],
): CompiledNames {
  const held: { name: string; from?: PartialDate; to?: PartialDate; note: string; index: number }[] = [];
  const evidenceOf: CheckedEvidence[][] = [];
  arrayOf<NameOverTimeInput>(entity.names).forEach((item, index) => {
    if (!isRecord(item) || typeof item.name !== 'string') return; // the schema reports it
    const namePath = [...path, 'names', index];
    const from = readDate(file, [...namePath, 'validFrom'], item.validFrom, 'start', issues);
    const to = readDate(file, [...namePath, 'validTo'], item.validTo, 'end', issues);
    checkOrder(
      file,
      namePath,
      { start: from, end: to, startField: 'validFrom', endField: 'validTo' },
      issues,
    );
    const outside =
      (from !== undefined && context.end !== undefined && from.iso > context.end.iso) ||
      (to !== undefined && context.start !== undefined && to.iso < context.start.iso) ||
      (from !== undefined && context.start !== undefined && from.iso < context.start.iso) ||
      (to !== undefined && context.end !== undefined && to.iso > context.end.iso);
    if (outside) {
      issues.push(
        issueAt(
          file,
          [...namePath, from !== undefined ? 'validFrom' : 'validTo'],
          CaseStudyIssueCode.OUTSIDE_LIFESPAN,
          `the name "${item.name}" holds ${from?.iso ?? '…'} to ${to?.iso ?? '…'}, outside the lifespan of "${entity.key}" (${context.start?.iso ?? '…'} to ${context.end?.iso ?? '…'}); a name holds only while its entity exists`,
        ),
      );
    }
    evidenceOf.push(checkEvidence(file, namePath, item.evidence, context.sourceTexts, issues));
    held.push({ name: item.name, from, to, note: typeof item.note === 'string' ? item.note : '', index });
  });
  if (held.length === 0) return { props: {}, evidence: [], texts: [] };

  const order = held
    .map((name, position) => ({ name, position }))
    .sort((a, b) => (a.name.from?.iso ?? '').localeCompare(b.name.from?.iso ?? ''));
  for (let i = 1; i < order.length; i += 1) {
    const earlier = order[i - 1]!.name;
    const later = order[i]!.name;
    // Open ends are unknown, not endless: only spans known at both touching ends can overlap.
    if (earlier.to !== undefined && later.from !== undefined && later.from.iso <= earlier.to.iso) {
      issues.push(
        issueAt(
          file,
          [...path, 'names', later.index, 'validFrom'],
          CaseStudyIssueCode.OVERLAPPING_NAMES,
          `the name "${later.name}" starts ${later.from.iso}, while "${earlier.name}" still holds (to ${earlier.to.iso}); an entity has one official name on any day (variants go in "aliases")`,
        ),
      );
    }
  }
  const sorted = order.map(({ name, position }) => ({ ...name, evidence: evidenceOf[position]! }));
  const pieces = sorted.flatMap((name, nameIndex) => name.evidence.map((piece) => ({ ...piece, nameIndex })));
  return {
    props: {
      nameHistory: sorted.map((name) => name.name),
      nameHistoryFrom: sorted.map((name) => name.from?.iso ?? ''),
      nameHistoryFromPrecision: sorted.map((name) => name.from?.precision ?? ''),
      nameHistoryTo: sorted.map((name) => name.to?.iso ?? ''),
      nameHistoryToPrecision: sorted.map((name) => name.to?.precision ?? ''),
      nameHistoryNotes: sorted.map((name) => name.note),
      // Strings: a stored list holds one type, and list indices read back as Neo4j integers either way.
      nameEvidenceOf: pieces.map((piece) => String(piece.nameIndex)),
      nameEvidenceSources: pieces.map((piece) => piece.source),
      nameEvidenceQuotes: pieces.map((piece) => piece.quote),
      nameEvidenceLocators: pieces.map((piece) => piece.locator),
    },
    evidence: pieces,
    texts: sorted.map((name) => name.name),
  };
}

/**
 * The entity's evidence with that of its names appended (once each): the names' quotes are then
 * STATED_IN evidence like any other, checked by the provenance check and shown with the entity.
 */
function withNameEvidence(
  own: readonly CheckedEvidence[],
  ofNames: readonly CheckedEvidence[],
): CheckedEvidence[] {
  const seen = new Set(own.map((piece) => `${piece.source}\u0000${piece.quote}\u0000${piece.locator}`));
  const result = [...own];
  for (const piece of ofNames) {
    const id = `${piece.source}\u0000${piece.quote}\u0000${piece.locator}`;
    if (seen.has(id)) continue;
    seen.add(id);
    result.push({
      source: piece.source,
      quote: piece.quote,
      locator: piece.locator,
      position: result.length,
    });
  }
  return result;
}

/**
 * Additions: evidence for entities other case studies define. The entity must exist (in the database,
 * looked up like a relation's end, or defined by another case study of the same import) and not be
 * the adding case study's own; each entity is added to once per import.
 */
function compileAdditions(
  additions: readonly Located<AdditionInput>[],
  context: {
    readonly entityTypes: ReadonlyMap<string, EntityType>;
    /** Entity key -> the case study that defines it (in the imported files, or stored with it). */
    readonly defined: ReadonlyMap<string, string>;
    readonly sourceTexts: QuoteCheck;
    /** Source key -> the case study that lists it. */
    readonly sourceCaseStudies: ReadonlyMap<string, string>;
    readonly unknownEntityKeys: Set<string>;
  },
  issues: CaseStudyIssue[],
): AdditionRow[] {
  // Per adding case study: two case studies of one import may both add to the BMI.
  const seen = new Map<string, Map<string, Located<AdditionInput>>>();
  const rows: AdditionRow[] = [];
  for (const located of additions) {
    const { file, index, value: addition } = located;
    if (!isRecord(addition) || typeof addition.key !== 'string') continue;
    const path = ['additions', index];
    const caseStudy = caseStudyKeyOf(file) ?? '';
    const ownSeen = seen.get(caseStudy) ?? new Map<string, Located<AdditionInput>>();
    seen.set(caseStudy, ownSeen);
    if (
      !claimKey(
        { seen: ownSeen, located, key: addition.key, noun: 'addition', collection: 'additions' },
        issues,
      )
    )
      continue;
    if (context.defined.get(addition.key) === caseStudy) {
      issues.push(
        issueAt(
          file,
          [...path, 'key'],
          CaseStudyIssueCode.ADDITION_TO_OWN_ENTITY,
          `entity "${addition.key}" is defined by this case study ("${caseStudy}"): put this evidence in its "evidence" there; additions are for entities of other case studies`,
        ),
      );
      continue;
    }
    if (!context.entityTypes.has(addition.key)) {
      context.unknownEntityKeys.add(addition.key);
      issues.push(
        issueAt(
          file,
          [...path, 'key'],
          CaseStudyIssueCode.UNKNOWN_ENTITY,
          `unknown entity key "${addition.key}": an addition needs an entity that exists in the database`,
        ),
      );
      continue;
    }
    // An addition is its case study's evidence, known by that case study's sources: citing another's
    // source would make it that case study's (exported, replaced and withdrawn as such).
    const foreign = arrayOf<EvidenceInput>(addition.evidence).flatMap((item, itemIndex) => {
      const owner = isRecord(item) ? context.sourceCaseStudies.get(item.source) : undefined;
      return owner !== undefined && owner !== caseStudy ? [{ item, itemIndex, owner }] : [];
    });
    for (const { item, itemIndex, owner } of foreign) {
      issues.push(
        issueAt(
          file,
          [...path, 'evidence', itemIndex, 'source'],
          CaseStudyIssueCode.ADDITION_FOREIGN_SOURCE,
          `source "${item.source}" belongs to case study "${owner}": an addition of case study "${caseStudy}" cites its own sources`,
        ),
      );
    }
    if (foreign.length > 0) continue;
    const evidence = checkEvidence(file, path, addition.evidence, context.sourceTexts, issues);
    rows.push({
      key: addition.key,
      caseStudy,
      evidence,
      hash: fingerprint(evidence),
    });
  }
  return rows;
}

/** When an entity exists (ISO dates, open where unknown): an event's end is its start when it has none. */
interface Lifespan {
  readonly start?: string;
  readonly end?: string;
}

function lifespanOf(row: EntityRow): Lifespan {
  const date = (name: string) => (row.props[name] as { date: string } | undefined)?.date;
  const start = date('startDate');
  const end =
    date('endDate') ?? (row.type === 'Event' ? endOfPeriod(start, row.props.startDatePrecision) : undefined);
  // An end before the start is reported as DATE_ORDER; no lifespan is read from it.
  return start !== undefined && end !== undefined && end < start ? {} : { start, end };
}

/** The last day of the day, month or year a start date stands for (an event without an end lasts that long). */
function endOfPeriod(start: string | undefined, precision: PlanValue | undefined): string | undefined {
  if (start === undefined) return undefined;
  const year = Number(start.slice(0, 4));
  if (precision === 'YEAR') return `${year}-12-31`;
  if (precision === 'MONTH') {
    const month = Number(start.slice(5, 7));
    const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
    return `${start.slice(0, 7)}-${String(last).padStart(2, '0')}`;
  }
  return start;
}

/**
 * A relation holds only while both its ends exist: stated validity outside the lifespan of an end of
 * the same files is an error (ends of earlier imports are checked in the database, on import).
 */
function checkLifespans(
  file: CaseStudyFile,
  path: readonly (string | number)[],
  relation: { type: string; from: string; to: string; validFrom?: string; validTo?: string },
  lifespans: ReadonlyMap<string, Lifespan>,
  issues: CaseStudyIssue[],
): void {
  // Succession and building on link a predecessor that ends to a successor that starts.
  if ((ACROSS_LIFESPANS as readonly string[]).includes(relation.type)) return;
  for (const end of [relation.from, relation.to]) {
    const lifespan = lifespans.get(end);
    if (lifespan === undefined) continue;
    const outside =
      (relation.validFrom !== undefined && lifespan.end !== undefined && relation.validFrom > lifespan.end) ||
      (relation.validTo !== undefined && lifespan.start !== undefined && relation.validTo < lifespan.start);
    if (!outside) continue;
    const span = `${lifespan.start ?? '…'} to ${lifespan.end ?? '…'}`;
    issues.push(
      issueAt(
        file,
        [...path, relation.validFrom !== undefined ? 'validFrom' : 'validTo'],
        CaseStudyIssueCode.OUTSIDE_LIFESPAN,
        `the relation holds ${relation.validFrom ?? '…'} to ${relation.validTo ?? '…'}, when "${end}" did not exist (it exists ${span}); a relation is valid only while both its ends exist`,
      ),
    );
    return;
  }
}

interface RelationContext {
  readonly lifespans: ReadonlyMap<string, Lifespan>;
  readonly entityTypes: ReadonlyMap<string, EntityType>;
  readonly sourceTexts: QuoteCheck;
  readonly sourceDates: ReadonlyMap<string, PartialDate | undefined>;
  readonly sourceRows: ReadonlyMap<string, SourceRow>;
  /** Collects the keys reported as UNKNOWN_ENTITY. */
  readonly unknownEntityKeys: Set<string>;
  /** Collects the source keys reported as UNKNOWN_SOURCE. */
  readonly unknownSourceKeys: Set<string>;
}

/** The row a relation's provenance reads of a cited source that another case study lists. */
function citedRow(key: string, citation: KnownCitation): SourceRow {
  const props: Record<string, PlanValue> = { key, kind: 'CITATION', title: citation.title };
  assignDefined(props, { publisher: citation.publisher });
  return { key, caseStudy: '', props, hash: '' };
}

function compileRelations(
  relations: readonly Located<RelationInput>[],
  context: RelationContext,
  issues: CaseStudyIssue[],
): RelationRow[] {
  const seen = new Map<string, Located<RelationInput>>();
  const rows: RelationRow[] = [];
  for (const located of relations) {
    const { file, index, value: relation } = located;
    if (!isRecord(relation) || typeof relation.type !== 'string') continue;
    const path = ['relations', index];
    let valid = true;

    if (!isRelationType(relation.type)) {
      issues.push(
        issueAt(
          file,
          [...path, 'type'],
          CaseStudyIssueCode.UNKNOWN_RELATION_TYPE,
          `unknown relation type "${relation.type}"${suggest(relation.type)}; known types: ${RELATION_TYPE_NAMES.join(', ')}`,
        ),
      );
      valid = false;
    }
    const fromType = typeof relation.from === 'string' ? context.entityTypes.get(relation.from) : undefined;
    const toType = typeof relation.to === 'string' ? context.entityTypes.get(relation.to) : undefined;
    for (const [end, key, type] of [
      ['from', relation.from, fromType],
      ['to', relation.to, toType],
    ] as const) {
      if (typeof key === 'string' && type === undefined) {
        context.unknownEntityKeys.add(key);
        issues.push(
          issueAt(
            file,
            [...path, end],
            CaseStudyIssueCode.UNKNOWN_ENTITY,
            `unknown entity key "${key}": it is neither defined in the imported files nor in the database`,
          ),
        );
        valid = false;
      }
    }
    if (
      isRelationType(relation.type) &&
      fromType !== undefined &&
      toType !== undefined &&
      !allowsEndpoints(relation.type, fromType, toType)
    ) {
      const allowed = RELATION_TYPES[relation.type].endpoints
        .map((rule) => `${rule.from.join('|')} -> ${rule.to.join('|')}`)
        .join('; ');
      issues.push(
        issueAt(
          file,
          [...path, 'type'],
          CaseStudyIssueCode.WRONG_ENDPOINT_TYPE,
          `${relation.type} cannot go from ${fromType} "${relation.from}" to ${toType} "${relation.to}"; allowed: ${allowed}`,
        ),
      );
      valid = false;
    }
    const validFrom = readDate(file, [...path, 'validFrom'], relation.validFrom, 'start', issues);
    const validTo = readDate(file, [...path, 'validTo'], relation.validTo, 'end', issues);
    checkOrder(
      file,
      path,
      { start: validFrom, end: validTo, startField: 'validFrom', endField: 'validTo' },
      issues,
    );
    checkLifespans(
      file,
      path,
      {
        type: relation.type,
        from: relation.from,
        to: relation.to,
        validFrom: validFrom?.iso,
        validTo: validTo?.iso,
      },
      context.lifespans,
      issues,
    );
    const evidence = checkEvidence(file, path, relation.evidence, context.sourceTexts, issues, {
      hint: RELATION_SOURCE_HINT,
      collect: context.unknownSourceKeys,
    });

    const key = relationKey(relation);
    const previous = seen.get(key);
    if (previous !== undefined) {
      issues.push(
        issueAt(
          file,
          path,
          CaseStudyIssueCode.DUPLICATE_KEY,
          `the relation ${relation.from} -${relation.type}-> ${relation.to} is already stated at ${where(previous, 'relations')}; merge the evidence into one, or give both an "id" if they are different relations`,
        ),
      );
      continue;
    }
    seen.set(key, located);
    if (!valid || typeof relation.from !== 'string' || typeof relation.to !== 'string') continue;

    const statedOn = evidence
      .map((e) => context.sourceDates.get(e.source))
      .filter((d): d is PartialDate => d !== undefined)
      .sort((a, b) => a.iso.localeCompare(b.iso))[0];
    // Title, publisher and date of each cited source travel on the relationship, so that an API client
    // gets a tie's provenance with the tie itself ('' where the source gives none).
    const cited = evidence.map((e) => context.sourceRows.get(e.source)?.props);
    const props: Record<string, PlanValue> = {
      key,
      sources: evidence.map((e) => e.source),
      quotes: evidence.map((e) => e.quote),
      // Only where a cited source is among them: locators[i] says where sources[i] states it.
      ...(evidence.some((e) => e.locator !== '') ? { locators: evidence.map((e) => e.locator) } : {}),
      sourceTitles: cited.map((s) => String(s?.title ?? '')),
      sourcePublishers: cited.map((s) => String(s?.publisher ?? '')),
      sourceDates: evidence.map((e) => context.sourceDates.get(e.source)?.iso ?? ''),
    };
    assignDefined(props, {
      // The case study that states it owns it, whichever case studies' sources it cites.
      statedBy: caseStudyKeyOf(file),
      relationId: relation.id,
      role: relation.role,
      title: relation.title,
      note: relation.note,
    });
    if (validFrom !== undefined)
      Object.assign(props, { validFrom: { date: validFrom.iso }, validFromPrecision: validFrom.precision });
    if (validTo !== undefined)
      Object.assign(props, { validTo: { date: validTo.iso }, validToPrecision: validTo.precision });
    if (statedOn !== undefined) Object.assign(props, { statedOn: { date: statedOn.iso } });
    rows.push({
      key,
      type: relation.type,
      from: relation.from,
      to: relation.to,
      props,
      hash: fingerprint(props),
    });
  }
  return rows;
}

/**
 * Evidence citing a source that another case study of the same import lists (FOREIGN_SOURCE): it
 * would belong to that case study (an entity's evidence goes by its source), and the case study
 * imported alone could not cite it. A relation may cite another's cited source (kind CITATION): it
 * records the case study that states it. Stored sources of other case studies are not in the files,
 * so importing alone reports them as unknown; this catches what a joint import would let through.
 */
function foreignEvidence(
  entities: readonly Located<EntityInput>[],
  relations: readonly Located<RelationInput>[],
  sourceRows: readonly { row: SourceRow; normalisedText: string | null }[],
): CaseStudyIssue[] {
  const owners = new Map(
    sourceRows.map(({ row, normalisedText }) => [row.key, { row, cited: normalisedText === null }]),
  );
  const issues: CaseStudyIssue[] = [];
  const check = (
    file: CaseStudyFile,
    path: readonly (string | number)[],
    evidence: unknown,
    citationsAllowed: boolean,
  ) => {
    const caseStudy = caseStudyKeyOf(file);
    arrayOf<EvidenceInput>(evidence).forEach((item, index) => {
      const owner = isRecord(item) ? owners.get(item.source) : undefined;
      if (owner === undefined || caseStudy === undefined || owner.row.caseStudy === caseStudy) return;
      if (citationsAllowed && owner.cited) return;
      issues.push(
        issueAt(
          file,
          [...path, 'evidence', index, 'source'],
          CaseStudyIssueCode.FOREIGN_SOURCE,
          `source "${item.source}" belongs to case study "${owner.row.caseStudy}": the evidence of case study "${caseStudy}" cites its own sources${citationsAllowed ? ' (a relation may also cite a cited source, kind CITATION, of another case study)' : ''}`,
        ),
      );
    });
  };
  for (const { file, index, value } of entities) {
    if (!isRecord(value)) continue;
    check(file, ['entities', index], value.evidence, false);
    arrayOf<NameOverTimeInput>(value.names).forEach((name, nameIndex) => {
      if (isRecord(name)) check(file, ['entities', index, 'names', nameIndex], name.evidence, false);
    });
  }
  for (const { file, index, value } of relations)
    if (isRecord(value)) check(file, ['relations', index], value.evidence, true);
  return issues;
}

function caseStudyKeyOf(file: CaseStudyFile): string | undefined {
  const key = isRecord(file.data) ? (file.data as Partial<CaseStudyInput>).caseStudy?.key : undefined;
  return typeof key === 'string' ? key : undefined;
}

/** The keys of the sources, entities and relations the files define (relation keys as the writer forms them). */
function definedKeys(
  sources: readonly Located<SourceInput>[],
  entities: readonly Located<EntityInput>[],
  relations: readonly Located<RelationInput>[],
): OwnedKey[] {
  const keys: OwnedKey[] = [];
  for (const [kind, list] of [
    ['source', sources],
    ['entity', entities],
  ] as const) {
    for (const { file, index, value } of list) {
      if (isRecord(value) && typeof value.key === 'string') {
        keys.push({
          kind,
          key: value.key,
          file,
          path: [kind === 'source' ? 'sources' : 'entities', index, 'key'],
        });
      }
    }
  }
  for (const { file, index, value } of relations) {
    if (!isRecord(value) || typeof value.type !== 'string' || typeof value.from !== 'string') continue;
    if (typeof value.to !== 'string') continue;
    keys.push({
      kind: 'relation',
      key: relationKey(value),
      file,
      path: ['relations', index],
      relation: { type: value.type, from: value.from, to: value.to },
    });
  }
  return keys;
}

function relationKey(relation: RelationInput): string {
  return [
    relation.from,
    relation.type,
    relation.to,
    ...(relation.id === undefined ? [] : [relation.id]),
  ].join('|');
}

/** Records the first use of a key; a later use is a DUPLICATE_KEY issue that points at the first. */
function claimKey<T>(
  claim: {
    seen: Map<string, Located<T>>;
    located: Located<T>;
    key: string;
    noun: string;
    collection: string;
  },
  issues: CaseStudyIssue[],
): boolean {
  const previous = claim.seen.get(claim.key);
  if (previous !== undefined) {
    issues.push(
      issueAt(
        claim.located.file,
        [claim.collection, claim.located.index, 'key'],
        CaseStudyIssueCode.DUPLICATE_KEY,
        `${claim.noun} key "${claim.key}" is already used at ${where(previous, claim.collection)}`,
      ),
    );
    return false;
  }
  claim.seen.set(claim.key, claim.located);
  return true;
}

/** What else an unknown source of a relation may be. */
const RELATION_SOURCE_HINT =
  '; a relation may also cite a source of kind CITATION that another case study lists (stored, or in this import)';

/**
 * Checks each piece of evidence against its source. An unknown source is UNKNOWN_SOURCE, its message
 * ending with `unknownSource.hint`; its key goes into `unknownSource.collect` (for a lookup and a
 * second pass).
 */
function checkEvidence(
  file: CaseStudyFile,
  path: readonly (string | number)[],
  evidence: unknown,
  sourceTexts: QuoteCheck,
  issues: CaseStudyIssue[],
  unknownSource: { readonly hint: string; readonly collect?: Set<string> } = { hint: '' },
): CheckedEvidence[] {
  const result: CheckedEvidence[] = [];
  arrayOf<EvidenceInput>(evidence).forEach((item, index) => {
    if (!isRecord(item) || typeof item.source !== 'string') return;
    const text = sourceTexts.textOf(item.source);
    if (text === undefined) {
      unknownSource.collect?.add(item.source);
      issues.push(
        issueAt(
          file,
          [...path, 'evidence', index, 'source'],
          CaseStudyIssueCode.UNKNOWN_SOURCE,
          `unknown source "${item.source}": add it under "sources" (with its text file) before citing it${unknownSource.hint}`,
        ),
      );
      return;
    }
    if (text === null) {
      // A cited source: the locator says where it states the fact; there is no text to check a quote in.
      if (typeof item.locator !== 'string' || item.locator.trim() === '' || typeof item.quote === 'string') {
        issues.push(
          issueAt(
            file,
            [...path, 'evidence', index, typeof item.quote === 'string' ? 'quote' : 'locator'],
            CaseStudyIssueCode.EVIDENCE_KIND_MISMATCH,
            `source "${item.source}" is cited (kind: CITATION), its text is not here to check a quote in: give a locator (page, section, paragraph) instead of a quote`,
          ),
        );
        return;
      }
      result.push({ source: item.source, quote: '', locator: item.locator.trim(), position: index });
      return;
    }
    if (typeof item.quote !== 'string') {
      // Without a quote the schema reports the item; a locator here belongs to a cited source.
      if (typeof item.locator === 'string') {
        issues.push(
          issueAt(
            file,
            [...path, 'evidence', index, 'locator'],
            CaseStudyIssueCode.EVIDENCE_KIND_MISMATCH,
            `source "${item.source}" has its text here: give the quote that states this (it is checked), not a locator`,
          ),
        );
      }
      return;
    }
    const quote = normaliseWhitespace(item.quote);
    if (!text.includes(quote)) {
      sourceTexts.miss(file, [...path, 'evidence', index, 'quote'], item.source, quote);
      return;
    }
    result.push({
      source: item.source,
      quote,
      locator: '',
      position: index,
    });
  });
  return result;
}

function readDate(
  file: CaseStudyFile,
  path: readonly (string | number)[],
  value: unknown,
  bound: 'start' | 'end',
  issues: CaseStudyIssue[],
): PartialDate | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') return undefined; // the schema reports the wrong type
  const parsed = parsePartialDate(value, bound);
  if (parsed === undefined) {
    issues.push(
      issueAt(
        file,
        path,
        CaseStudyIssueCode.INVALID_DATE,
        `"${value}" is not a date: write YYYY, YYYY-MM or YYYY-MM-DD, and a day that exists${isoHint(value)}`,
      ),
    );
  }
  return parsed;
}

/** " (15.03.2021 is 2021-03-15)" for a date written the German way, else "". */
function isoHint(value: string): string {
  const iso = germanDateToIso(value);
  return iso === undefined ? '' : ` (${value} is ${iso})`;
}

function checkOrder(
  file: CaseStudyFile,
  path: readonly (string | number)[],
  range: { start?: PartialDate; end?: PartialDate; startField: string; endField: string },
  issues: CaseStudyIssue[],
): void {
  if (range.start !== undefined && range.end !== undefined && range.end.iso < range.start.iso) {
    issues.push(
      issueAt(
        file,
        [...path, range.endField],
        CaseStudyIssueCode.DATE_ORDER,
        `${range.endField} ${range.end.iso} is before ${range.startField} ${range.start.iso}`,
      ),
    );
  }
}

function schemaIssues(file: CaseStudyFile, errors: readonly ErrorObject[]): CaseStudyIssue[] {
  const issues: CaseStudyIssue[] = [];
  const seen = new Set<string>();
  for (const error of errors) {
    // 'if' only says which branch failed; the enum under propertyNames repeats the propertyNames error;
    // a date of the wrong form gets the INVALID_DATE issue, which says how to write it.
    if (error.keyword === 'if' || error.schemaPath.includes('/propertyNames/')) continue;
    if (error.keyword === 'pattern' && (error.params as { pattern: string }).pattern === PARTIAL_DATE_PATTERN)
      continue;
    const path = error.instancePath
      .split('/')
      .slice(1)
      .map((part) => (/^\d+$/.test(part) ? Number(part) : part.replace(/~1/g, '/').replace(/~0/g, '~')));
    let code = CaseStudyIssueCode.SCHEMA_VIOLATION;
    let message = error.message ?? 'is invalid';
    let fieldPath = path;
    if (error.keyword === 'required') {
      const missing = String((error.params as { missingProperty: string }).missingProperty);
      if (missing === 'evidence') {
        code = CaseStudyIssueCode.MISSING_EVIDENCE;
        message =
          'has no evidence: every entity and relation needs at least one source with a verbatim quote';
      } else {
        message = `is missing the required field "${missing}"`;
      }
    } else if (error.keyword === 'minItems' && path[path.length - 1] === 'evidence') {
      code = CaseStudyIssueCode.MISSING_EVIDENCE;
      message = 'is empty: every entity and relation needs at least one source with a verbatim quote';
    } else if (error.keyword === 'enum') {
      message = `must be one of ${(error.params as { allowedValues: unknown[] }).allowedValues.join(', ')}`;
    } else if (error.keyword === 'additionalProperties') {
      const extra = String((error.params as { additionalProperty: string }).additionalProperty);
      fieldPath = [...path, extra];
      message = `unknown field "${extra}"`;
    } else if (error.keyword === 'propertyNames') {
      const name = String((error.params as { propertyName: string }).propertyName);
      fieldPath = [...path, name];
      const type = (error.data as { type?: string } | undefined)?.type;
      message = `field "${name}" is not allowed for entity type ${type ?? '(unknown)'}`;
    }
    const issue = issueAt(file, fieldPath, code, message);
    // A field unknown to every type is reported by additionalProperties and propertyNames alike.
    const id = ['additionalProperties', 'propertyNames'].includes(error.keyword)
      ? `${issue.field}|field`
      : `${issue.field}|${issue.message}`;
    if (!seen.has(id)) {
      seen.add(id);
      issues.push(issue);
    }
  }
  return issues;
}

function suggest(type: string): string {
  const upper = type.toUpperCase();
  const close = RELATION_TYPE_NAMES.map((name) => ({ name, distance: editDistance(name, upper) }))
    .filter((candidate) => candidate.distance <= 2)
    .sort((a, b) => a.distance - b.distance)[0];
  return close === undefined ? '' : ` (did you mean ${close.name}?)`;
}

/** Levenshtein distance, for "did you mean" hints. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

function where(located: Located<unknown>, collection: string): string {
  const { line } = located.file.locate([collection, located.index]);
  return `${located.file.displayPath}:${line}`;
}

function fingerprint(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 32);
}

function arrayOf<T>(value: unknown): T[] {
  return Array.isArray(value) ? (value as T[]) : [];
}

function isRecord(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function assignDefined(
  target: Record<string, PlanValue>,
  values: Record<string, PlanValue | undefined>,
): void {
  for (const [name, value] of Object.entries(values)) if (value !== undefined) target[name] = value;
}
