import {
  ACTOR_TYPES,
  ENTITY_TYPES,
  EVENT_FORMATS,
  EVENT_KINDS,
  ORGANISATION_KINDS,
  PLACE_KINDS,
  SECTORS,
  UNDERTAKING_TYPES,
  WEB_PRESENCE_KINDS,
  type EntityType,
} from './vocabulary';

/**
 * How a field's value is written in a case study, which decides its JSON Schema, its TypeScript type
 * and how the compiler stores it:
 * - `text`, `texts` (a list, ordered), `enum`, `clockTime` (HH:MM), `count` (>= 0), `position` (>= 1),
 *   `flag`: stored as they are;
 * - `date`: a partial date, stored as a Neo4j date plus its precision (`startDatePrecision`);
 * - `webPresences`: typed URLs, stored as three parallel lists (kinds, URLs, labels);
 * - `names`: the names an entity had over time, each with its span and evidence, stored as parallel
 *   lists (see src/case-study/names-over-time.ts);
 * - `key`, `type`, `evidence`: the entity's identity and provenance, handled by the compiler itself;
 * - `draft`: the mark of a drafted entry (`quartiersnetz draft`), never stored: the import refuses it.
 */
export type EntityFieldKind =
  | 'key'
  | 'type'
  | 'text'
  | 'texts'
  | 'enum'
  | 'date'
  | 'clockTime'
  | 'count'
  | 'position'
  | 'flag'
  | 'webPresences'
  | 'names'
  | 'evidence'
  | 'draft';

export interface EntityFieldDefinition {
  readonly kind: EntityFieldKind;
  readonly description: string;
  /** The types that may carry the field; absent: every type. */
  readonly on?: readonly EntityType[];
  /** The types that must carry it; `'all'`: every type. */
  readonly requiredOn?: readonly EntityType[] | 'all';
  /** Allowed values of an `enum` field, by the type that carries it. */
  readonly values?: Readonly<Partial<Record<EntityType, readonly string[]>>>;
}

const UNDERTAKINGS = UNDERTAKING_TYPES;
const DATED: readonly EntityType[] = [
  'Organisation',
  'Event',
  'EventSeries',
  ...UNDERTAKINGS,
  'Fund',
  'Phase',
];

/**
 * Every field an entity of a case study may have, in the order an exported case study writes them
 * (identity, names, classification, time, counts, web, evidence). The case-study types, the JSON
 * Schema, the compiler's pass-through and the exporter all follow this table; the SDL in schema/
 * mirrors it (test/unit/graph-schema.test.ts checks the stored fields against each type of the SDL).
 */
export const ENTITY_FIELDS = {
  key: {
    kind: 'key',
    requiredOn: 'all',
    description: 'A stable slug: lower-case letters, digits and single hyphens.',
  },
  type: { kind: 'type', requiredOn: 'all', description: `One of: ${ENTITY_TYPES.join(', ')}.` },
  name: {
    kind: 'text',
    requiredOn: 'all',
    description: 'The official name, as the most authoritative source writes it.',
  },
  abbreviation: { kind: 'text', description: 'The abbreviation the sources use (BMWSB, BIWAQ).' },
  aliases: { kind: 'texts', description: 'Name variants and misspellings found in sources.' },
  names: {
    kind: 'names',
    on: ['Organisation', ...UNDERTAKINGS],
    description:
      'The official names it had over time (a ministry renamed by an Organisationserlass), each with the span it held and the evidence that states it; `name` stays the name to show when no date is asked.',
  },
  description: { kind: 'text', description: 'What it is, in a sentence or two.' },
  note: { kind: 'text', description: "The researcher's note (curation decisions, inferences)." },
  kind: {
    kind: 'enum',
    on: ['Organisation', 'Event', 'Place'],
    requiredOn: ['Organisation', 'Event', 'Place'],
    values: { Organisation: ORGANISATION_KINDS, Event: EVENT_KINDS, Place: PLACE_KINDS },
    description: 'The kind of organisation, event or place.',
  },
  sector: {
    kind: 'enum',
    on: ['Organisation'],
    requiredOn: ['Organisation'],
    values: { Organisation: SECTORS },
    description: 'The sector an organisation belongs to.',
  },
  format: {
    kind: 'enum',
    on: ['Event'],
    values: { Event: EVENT_FORMATS },
    description: 'In person, online or hybrid.',
  },
  givenName: { kind: 'text', on: ['Person'], description: 'A person’s given name.' },
  familyName: { kind: 'text', on: ['Person'], description: 'A person’s family name.' },
  academicTitle: {
    kind: 'text',
    on: ['Person'],
    description: 'Dr., Prof., Prof. Dr. - kept apart from the name.',
  },
  startDate: {
    kind: 'date',
    on: DATED,
    requiredOn: ['Event'],
    description: 'When it began (an organisation: was founded; an event: its first day).',
  },
  endDate: { kind: 'date', on: DATED, description: 'When it ended (an organisation: was dissolved).' },
  startTime: { kind: 'clockTime', on: ['Event', 'AgendaItem'], description: 'Start, HH:MM.' },
  endTime: { kind: 'clockTime', on: ['Event', 'AgendaItem'], description: 'End, HH:MM.' },
  participantCount: {
    kind: 'count',
    on: ['Event', ...UNDERTAKINGS],
    description:
      'How many took part, counted whether or not they are named (40 Modellkommunen of a project, 120 guests of a conference).',
  },
  participantCountApproximate: {
    kind: 'flag',
    on: ['Event', ...UNDERTAKINGS],
    description: 'True when the source gives the count as approximate ("rund 120", "über 40").',
  },
  participantCountOf: {
    kind: 'text',
    on: ['Event', ...UNDERTAKINGS],
    description: 'What the count counts, in the words of the source (Kommunen, Quartiere, Teilnehmende).',
  },
  position: {
    kind: 'position',
    on: ['AgendaItem'],
    description: 'Place of an agenda item in its event, from 1.',
  },
  subtitle: { kind: 'text', on: ['AgendaItem'], description: 'An agenda item’s subtitle.' },
  stages: {
    kind: 'texts',
    on: ['Method'],
    description: 'The named stages of a method, in their order.',
  },
  webPresences: {
    kind: 'webPresences',
    on: [...ACTOR_TYPES, 'Event', 'EventSeries', ...UNDERTAKINGS, 'Fund', 'Method'],
    description: `Where it is on the web: typed http(s) URLs (${WEB_PRESENCE_KINDS.join(', ')}).`,
  },
  draft: {
    kind: 'draft',
    description:
      'Written by `quartiersnetz draft`: the import refuses the entry until a person has checked it and removed this.',
  },
  evidence: {
    kind: 'evidence',
    requiredOn: 'all',
    description:
      'The sources that state this, each with the verbatim quote (sources with a text) or the locator (cited sources).',
  },
} as const satisfies Record<string, EntityFieldDefinition>;

export type EntityFieldName = keyof typeof ENTITY_FIELDS;
export const ENTITY_FIELD_NAMES = Object.keys(ENTITY_FIELDS) as EntityFieldName[];

/** The definition of `field`, widened to the interface. */
export function definitionOf(field: EntityFieldName): EntityFieldDefinition {
  return ENTITY_FIELDS[field];
}

/** True when an entity of `type` may carry `field`. */
export function carries(type: EntityType, field: EntityFieldName): boolean {
  const on = definitionOf(field).on;
  return on === undefined || on.includes(type);
}

/** The fields an entity of `type` may carry, in table order. */
export function fieldsOf(type: EntityType): EntityFieldName[] {
  return ENTITY_FIELD_NAMES.filter((field) => carries(type, field));
}

/** The fields an entity of `type` must carry, in table order. */
export function requiredFieldsOf(type: EntityType): EntityFieldName[] {
  return ENTITY_FIELD_NAMES.filter((field) => {
    const required = definitionOf(field).requiredOn;
    return required === 'all' || (required?.includes(type) ?? false);
  });
}

/** The allowed values of an `enum` field on `type` (undefined: the field is not an enum there). */
export function valuesOf(type: EntityType, field: EntityFieldName): readonly string[] | undefined {
  return definitionOf(field).values?.[type];
}

/** The values of an `enum` field when every type that carries it allows the same ones (sector, format). */
export function sharedValuesOf(field: EntityFieldName): readonly string[] | undefined {
  const byType = Object.values(definitionOf(field).values ?? {});
  return byType.length === 1 ? byType[0] : undefined;
}
