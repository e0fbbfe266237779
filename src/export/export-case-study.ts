import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve, sep } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { stringify } from 'yaml';
import type {
  AdditionInput,
  CaseStudyInput,
  EntityInput,
  NameOverTimeInput,
  RelationInput,
  SourceInput,
  WebPresenceInput,
} from '../case-study/case-study.types';
import { formatPartialDate } from '../case-study/partial-date';
import { cypherQuery } from '../db/cypher-query';
import { ErrorCode } from '../errors/error-codes';
import { QuartiersnetzError } from '../errors/quartiersnetz-error';
import { ENTITY_FIELD_NAMES, ENTITY_FIELDS } from '../model/entity-fields';
import { ENTITY_TYPES, type DatePrecision, type EntityType, type WebPresenceKind } from '../model/vocabulary';

export interface ExportCaseStudyOptions {
  readonly driver: Driver;
  readonly caseStudy: string;
  /** Directory to write `case-study.yaml` and `sources/*` into. */
  readonly outDir: string;
  readonly database?: string;
}

export interface ExportedCaseStudy {
  readonly data: CaseStudyInput;
  /** Source texts by the `file` path the case study gives them. */
  readonly sourceTexts: ReadonlyMap<string, string>;
}

/**
 * Reads a case study back from the graph in the import format. Importing what this returns gives
 * the same graph again (tested as a fixed point).
 */
export async function readCaseStudyFromGraph(
  driver: Driver,
  caseStudy: string,
  database?: string,
): Promise<ExportedCaseStudy> {
  const run = async (name: string, params: Record<string, unknown>) =>
    (await driver.executeQuery(cypherQuery(name), params, { database })).records.map((record) =>
      record.toObject(),
    );

  const [header] = await run('export/case-study', { caseStudy });
  if (header === undefined) {
    throw new QuartiersnetzError(
      ErrorCode.BAD_USER_INPUT,
      `No case study with key "${caseStudy}" in the database.`,
    );
  }
  const sourceRecords = await run('export/case-study-sources', { caseStudy });
  const sourceKeys = sourceRecords.map((record) => (record.source as { key: string }).key);
  const entityRecords = await run('export/case-study-entities', { sourceKeys, entityTypes: ENTITY_TYPES });
  const relationRecords = await run('export/case-study-relations', { sourceKeys, caseStudy });

  const sourceTexts = new Map<string, string>();
  const sources: SourceInput[] = sourceRecords.map((record) => {
    const s = record.source as Record<string, unknown>;
    // A cited source has no text file; its evidence has locators.
    if (s.kind !== 'CITATION') sourceTexts.set(s.file as string, s.text as string);
    return compact({
      key: s.key,
      kind: s.kind === 'CITATION' ? 'CITATION' : undefined,
      title: s.title,
      publisher: s.publisher,
      date: partialDate(s.date, s.datePrecision),
      file: s.file,
      url: s.url,
      note: s.note,
    }) as unknown as SourceInput;
  });

  const evidenceOf = (record: Record<string, unknown>) =>
    (record.evidence as { source: string; quote: string; locator?: string | null }[]).map(
      ({ source, quote, locator }) =>
        locator === null || locator === undefined ? { source, quote } : { source, locator },
    );
  // An entity another case study defines comes back as an addition: this case study's evidence only.
  const addedTo = (record: Record<string, unknown>) => {
    const definedIn = (record.entity as { definedIn?: string }).definedIn;
    return definedIn !== undefined && definedIn !== null && definedIn !== caseStudy;
  };
  const additions: AdditionInput[] = entityRecords
    .filter(addedTo)
    .map((record) => ({ key: (record.entity as { key: string }).key, evidence: evidenceOf(record) }));
  const entities: EntityInput[] = entityRecords
    .filter((record) => !addedTo(record))
    .map((record) => {
      const props = record.entity as Record<string, unknown>;
      const entity: Record<string, unknown> = {};
      // In the order of ENTITY_FIELDS: identity, names, classification, time, counts, web, evidence.
      for (const field of ENTITY_FIELD_NAMES) {
        const kind = ENTITY_FIELDS[field].kind;
        if (kind === 'type') entity.type = record.type as EntityType;
        else if (kind === 'date') entity[field] = partialDate(props[field], props[`${field}Precision`]);
        else if (kind === 'webPresences') entity[field] = webPresencesOf(props);
        else if (kind === 'names') entity[field] = namesOf(props);
        else if (kind === 'evidence') entity[field] = evidenceOf(record);
        else entity[field] = props[field];
      }
      return compact(entity) as unknown as EntityInput;
    });

  const relations: RelationInput[] = relationRecords.map((record) => {
    const r = record.relation as Record<string, unknown>;
    const sourcesOfRelation = r.sources as string[];
    const quotes = r.quotes as string[];
    const locators = (r.locators as string[] | undefined) ?? [];
    return compact({
      type: record.type,
      from: record.from,
      to: record.to,
      id: r.relationId,
      role: r.role,
      title: r.title,
      validFrom: partialDate(r.validFrom, r.validFromPrecision),
      validTo: partialDate(r.validTo, r.validToPrecision),
      note: r.note,
      evidence: sourcesOfRelation.map((source, index) =>
        (locators[index] ?? '') === ''
          ? { source, quote: quotes[index] ?? '' }
          : { source, locator: locators[index] },
      ),
    }) as unknown as RelationInput;
  });

  return {
    data: {
      caseStudy: compact({
        key: header.key,
        title: header.title,
        description: header.description,
      }) as unknown as CaseStudyInput['caseStudy'],
      sources,
      entities,
      ...(additions.length > 0 ? { additions } : {}),
      relations,
    },
    sourceTexts,
  };
}

/** Writes `case-study.yaml` and the source texts into `outDir`; returns the YAML file's path. */
export async function exportCaseStudy(
  options: ExportCaseStudyOptions,
): Promise<{ file: string; exported: ExportedCaseStudy }> {
  const exported = await readCaseStudyFromGraph(options.driver, options.caseStudy, options.database);
  mkdirSync(options.outDir, { recursive: true });
  for (const [file, text] of exported.sourceTexts) {
    const target = resolve(options.outDir, file);
    if (!target.startsWith(resolve(options.outDir) + sep)) {
      throw new QuartiersnetzError(
        ErrorCode.BAD_USER_INPUT,
        `Source file path "${file}" leaves the export directory.`,
      );
    }
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text, 'utf8');
  }
  const file = join(options.outDir, 'case-study.yaml');
  writeFileSync(file, renderCaseStudyYaml(exported.data, basename(options.outDir)), 'utf8');
  return { file, exported };
}

export function renderCaseStudyYaml(data: CaseStudyInput, label: string): string {
  const header = `# yaml-language-server: $schema=https://quartiersnetz.example/case-study.schema.json\n# Exported by quartiersnetz export-case-study (${label}).\n`;
  return header + stringify(data, { lineWidth: 0, aliasDuplicateObjects: false });
}

function partialDate(value: unknown, precision: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  return formatPartialDate(String(value), (precision as DatePrecision | undefined) ?? 'DAY');
}

function compact(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(record).filter(([, value]) => value !== null && value !== undefined),
  );
}

/** The names over time of an entity from their stored parallel lists (undefined when it has none). */
function namesOf(props: Record<string, unknown>): NameOverTimeInput[] | undefined {
  const list = (name: string) => (props[name] as string[] | null | undefined) ?? [];
  const names = list('nameHistory');
  if (names.length === 0) return undefined;
  const from = list('nameHistoryFrom');
  const fromPrecision = list('nameHistoryFromPrecision');
  const to = list('nameHistoryTo');
  const toPrecision = list('nameHistoryToPrecision');
  const notes = list('nameHistoryNotes');
  const evidenceOf = list('nameEvidenceOf');
  const sources = list('nameEvidenceSources');
  const quotes = list('nameEvidenceQuotes');
  const locators = list('nameEvidenceLocators');
  const bound = (iso: string | undefined, precision: string | undefined) =>
    iso === undefined || iso === '' ? undefined : partialDate(iso, precision === '' ? undefined : precision);
  return names.map(
    (name, index) =>
      compact({
        name,
        validFrom: bound(from[index], fromPrecision[index]),
        validTo: bound(to[index], toPrecision[index]),
        note: notes[index] === '' ? undefined : notes[index],
        evidence: sources.flatMap((source, piece) =>
          evidenceOf[piece] !== String(index)
            ? []
            : [
                (locators[piece] ?? '') === ''
                  ? { source, quote: quotes[piece] ?? '' }
                  : { source, locator: locators[piece] ?? '' },
              ],
        ),
      }) as unknown as NameOverTimeInput,
  );
}

/** The web presences of an entity from their stored parallel lists (undefined when it has none). */
function webPresencesOf(props: Record<string, unknown>): WebPresenceInput[] | undefined {
  const kinds = (props.webPresenceKinds as WebPresenceKind[] | null | undefined) ?? [];
  const urls = (props.webPresenceUrls as string[] | null | undefined) ?? [];
  const labels = (props.webPresenceLabels as string[] | null | undefined) ?? [];
  if (kinds.length === 0) return undefined;
  return kinds.map((kind, index) => {
    const label = labels[index] ?? '';
    return label === '' ? { kind, url: urls[index] ?? '' } : { kind, url: urls[index] ?? '', label };
  });
}
