import {
  definitionOf,
  ENTITY_FIELD_NAMES,
  ENTITY_FIELDS,
  fieldsOf,
  requiredFieldsOf,
  sharedValuesOf,
  valuesOf,
  type EntityFieldKind,
} from '../model/entity-fields';
import { ENTITY_TYPES, RELATION_TYPE_NAMES, WEB_PRESENCE_KINDS } from '../model/vocabulary';
import { KEY_PATTERN } from '../model/key-pattern';

const KEY = {
  type: 'string',
  pattern: KEY_PATTERN.source,
  description: 'A stable slug: lower-case letters, digits and single hyphens.',
};
const TEXT = { type: 'string', minLength: 1 };
/** The form of a partial date; the compiler reports a date of another form itself (INVALID_DATE). */
export const PARTIAL_DATE_PATTERN = '^\\d{4}(-\\d{2}(-\\d{2})?)?$';
const PARTIAL_DATE = {
  type: 'string',
  pattern: PARTIAL_DATE_PATTERN,
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

const WEB_PRESENCES = {
  type: 'array',
  items: {
    type: 'object',
    additionalProperties: false,
    required: ['kind', 'url'],
    properties: {
      kind: { enum: WEB_PRESENCE_KINDS },
      url: {
        type: 'string',
        pattern: '^https?://[^\\s]+$',
        description: 'An http or https URL, as the source gives it.',
      },
      label: { ...TEXT, description: 'What a reader sees for it ("LinkedIn", "Werkzeugkasten").' },
    },
  },
};

const NAMES = {
  type: 'array',
  items: {
    type: 'object',
    additionalProperties: false,
    required: ['name', 'evidence'],
    properties: {
      name: { ...TEXT, description: 'The name as the evidence writes it.' },
      validFrom: { ...PARTIAL_DATE, description: `First day the name held. ${PARTIAL_DATE.description}` },
      validTo: { ...PARTIAL_DATE, description: `Last day the name held. ${PARTIAL_DATE.description}` },
      note: { ...TEXT, description: 'How the span was read (which act, which inference).' },
      evidence: EVIDENCE,
    },
  },
};

/** The JSON Schema of a value of each kind of entity field (see ENTITY_FIELDS). */
const SCHEMA_OF_KIND: Record<EntityFieldKind, Record<string, unknown>> = {
  key: KEY,
  type: { enum: ENTITY_TYPES },
  text: TEXT,
  texts: { type: 'array', items: TEXT },
  enum: { type: 'string' },
  date: PARTIAL_DATE,
  clockTime: CLOCK_TIME,
  count: { type: 'integer', minimum: 0 },
  position: { type: 'integer', minimum: 1 },
  flag: { type: 'boolean' },
  webPresences: WEB_PRESENCES,
  names: NAMES,
  evidence: EVIDENCE,
  draft: { type: 'boolean' },
};
/** The mark of a drafted entry (see ENTITY_FIELDS.draft). */
const DRAFT = { type: 'boolean', description: ENTITY_FIELDS.draft.description };

const ENTITY_PROPERTIES = Object.fromEntries(
  ENTITY_FIELD_NAMES.map((field) => {
    const { kind, description } = ENTITY_FIELDS[field];
    // An enum whose values differ by type (`kind`) is checked per type below, once.
    const shared = sharedValuesOf(field);
    const schema = kind === 'enum' && shared !== undefined ? { enum: shared } : SCHEMA_OF_KIND[kind];
    const format = kind === 'date' || kind === 'clockTime' ? ` ${String(schema.description)}` : '';
    return [field, { ...schema, description: `${description}${format}` }];
  }),
);

const EVERY_TYPE_REQUIRES = ENTITY_FIELD_NAMES.filter((field) => definitionOf(field).requiredOn === 'all');

/** For each type: its required fields, the values of its enum fields, and no field of another type. */
const ENTITY_TYPE_RULES = ENTITY_TYPES.map((type) => {
  const fields = fieldsOf(type);
  const enums = fields.flatMap((field) => {
    const values = valuesOf(type, field);
    return values === undefined || sharedValuesOf(field) !== undefined
      ? []
      : [[field, { enum: values }] as const];
  });
  return {
    if: { properties: { type: { const: type } }, required: ['type'] },
    then: {
      required: requiredFieldsOf(type).filter((field) => !EVERY_TYPE_REQUIRES.includes(field)),
      properties: Object.fromEntries(enums),
      propertyNames: { enum: fields },
    },
  };
});

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
          draft: DRAFT,
        },
      },
    },
    entities: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: EVERY_TYPE_REQUIRES,
        properties: ENTITY_PROPERTIES,
        allOf: ENTITY_TYPE_RULES,
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
          draft: DRAFT,
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
          draft: DRAFT,
        },
      },
    },
  },
} as const;
