import {
  ENTITY_TYPES,
  EVENT_FORMATS,
  EVENT_KINDS,
  ORGANISATION_KINDS,
  PLACE_KINDS,
  RELATION_TYPE_NAMES,
  SECTORS,
} from '../model/vocabulary';
import { COMMON_ENTITY_FIELDS, TYPE_FIELDS } from './case-study.types';
import { KEY_PATTERN } from '../model/key-pattern';

const KEY = {
  type: 'string',
  pattern: KEY_PATTERN.source,
  description: 'A stable slug: lower-case letters, digits and single hyphens.',
};
const TEXT = { type: 'string', minLength: 1 };
const PARTIAL_DATE = {
  type: 'string',
  pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$',
  description: 'YYYY, YYYY-MM or YYYY-MM-DD (as precise as the source is).',
};
const CLOCK_TIME = {
  type: 'string',
  pattern: '^([01]\\d|2[0-3]):[0-5]\\d$',
  description: 'HH:MM, 24-hour clock.',
};
const EVIDENCE = {
  type: 'array',
  minItems: 1,
  description:
    'The sources that state this, each with the verbatim quote (sources with a text) or the locator (cited sources).',
  items: {
    type: 'object',
    additionalProperties: false,
    required: ['source'],
    oneOf: [{ required: ['quote'] }, { required: ['locator'] }],
    properties: {
      source: { ...KEY, description: 'Key of a source in this case study.' },
      quote: { ...TEXT, description: 'Verbatim from the source text (whitespace may differ).' },
      locator: {
        ...TEXT,
        description:
          'Where a cited source (kind: CITATION) states it: page, section, paragraph (§ 3 Abs. 2, Abschnitt III Nr. 1).',
      },
    },
  },
};

const ENTITY_PROPERTIES: Record<string, unknown> = {
  key: KEY,
  type: { enum: ENTITY_TYPES },
  name: { ...TEXT, description: 'The official name, as the most authoritative source writes it.' },
  abbreviation: TEXT,
  aliases: { type: 'array', items: TEXT, description: 'Name variants and misspellings found in sources.' },
  description: TEXT,
  note: { ...TEXT, description: "The researcher's note (curation decisions, inferences)." },
  kind: { type: 'string' },
  sector: { enum: SECTORS },
  format: { enum: EVENT_FORMATS },
  givenName: TEXT,
  familyName: TEXT,
  academicTitle: { ...TEXT, description: 'Dr., Prof., Prof. Dr. - kept apart from the name.' },
  startDate: PARTIAL_DATE,
  endDate: PARTIAL_DATE,
  startTime: CLOCK_TIME,
  endTime: CLOCK_TIME,
  participantCount: { type: 'integer', minimum: 0 },
  participantCountApproximate: { type: 'boolean' },
  position: { type: 'integer', minimum: 1 },
  subtitle: TEXT,
  evidence: EVIDENCE,
};

const KINDS_BY_TYPE: Record<string, readonly string[]> = {
  Organisation: ORGANISATION_KINDS,
  Event: EVENT_KINDS,
  Place: PLACE_KINDS,
};
const REQUIRED_BY_TYPE: Record<string, readonly string[]> = {
  Organisation: ['kind', 'sector'],
  Event: ['kind', 'startDate'],
  Place: ['kind'],
};

/** The JSON Schema (draft 2020-12) of a case-study file; seed/case-study.schema.json is written from it. */
export const CASE_STUDY_JSON_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://quartiersnetz.example/case-study.schema.json',
  title: 'quartiersnetz case study',
  description: 'Entities, relations and sources of one case study; see docs/case-studies.md.',
  type: 'object',
  additionalProperties: false,
  required: ['caseStudy'],
  properties: {
    $schema: { type: 'string' },
    caseStudy: {
      type: 'object',
      additionalProperties: false,
      required: ['key', 'title'],
      properties: { key: KEY, title: TEXT, description: TEXT },
    },
    sources: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['key', 'title'],
        // A cited source (a law gazette, a register, a decree) has no text here: it needs what a
        // reader needs to find it; every other source has its text file.
        if: { properties: { kind: { const: 'CITATION' } }, required: ['kind'] },
        then: {
          required: ['publisher'],
          anyOf: [{ required: ['date'] }, { required: ['url'] }],
          not: { required: ['file'] },
        },
        else: { required: ['file'] },
        properties: {
          key: KEY,
          kind: {
            enum: ['TEXT', 'CITATION'],
            description:
              'TEXT (default): the text is in `file`; CITATION: cited by title, publisher, date and URL.',
          },
          title: TEXT,
          publisher: TEXT,
          date: PARTIAL_DATE,
          file: { ...TEXT, description: 'Path of the source text, relative to this file.' },
          url: TEXT,
          note: TEXT,
        },
      },
    },
    entities: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['key', 'type', 'name', 'evidence'],
        properties: ENTITY_PROPERTIES,
        allOf: ENTITY_TYPES.map((type) => ({
          if: { properties: { type: { const: type } }, required: ['type'] },
          then: {
            required: REQUIRED_BY_TYPE[type] ?? [],
            properties: {
              ...(KINDS_BY_TYPE[type] === undefined ? {} : { kind: { enum: KINDS_BY_TYPE[type] } }),
            },
            propertyNames: { enum: [...COMMON_ENTITY_FIELDS, ...TYPE_FIELDS[type]] },
          },
        })),
      },
    },
    additions: {
      type: 'array',
      description:
        "Evidence this case study adds to entities another case study defines (the BMI appears in many): the entity keeps every case study's evidence, and its fields stay its owner's.",
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['key', 'evidence'],
        properties: {
          key: { ...KEY, description: 'Key of an entity defined by another case study.' },
          evidence: EVIDENCE,
        },
      },
    },
    relations: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['type', 'from', 'to', 'evidence'],
        properties: {
          type: { type: 'string', description: `One of: ${RELATION_TYPE_NAMES.join(', ')}.` },
          from: KEY,
          to: KEY,
          id: KEY,
          role: TEXT,
          title: { ...TEXT, description: 'Talk title (SPOKE_AT).' },
          validFrom: PARTIAL_DATE,
          validTo: PARTIAL_DATE,
          note: TEXT,
          evidence: EVIDENCE,
        },
      },
    },
  },
} as const;
