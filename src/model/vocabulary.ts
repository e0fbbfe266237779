/**
 * The controlled vocabulary of the knowledge graph: entity types, their kinds, sectors and the
 * relation types with the endpoint types each allows. The case-study validator, the JSON Schema of
 * the case-study format, the migrations test and docs/case-studies.md all follow this file; the SDL in
 * schema/ mirrors it (test/unit/schema-vocabulary.test.ts keeps them in step).
 */

export const ENTITY_TYPES = [
  'Organisation',
  'Person',
  'Event',
  'EventSeries',
  'AgendaItem',
  'Programme',
  'Initiative',
  'Project',
  'Policy',
  'Fund',
  'Phase',
  'Method',
  'Place',
  'Topic',
  'TargetGroup',
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** What each entity type is, with an example; docs/case-studies.md shows these. */
export const ENTITY_TYPE_DESCRIPTIONS: Readonly<Record<EntityType, string>> = {
  Organisation:
    'A ministry, agency, association, municipality, company, university, one of their units (a Referat) or a named project office. Example: Bundesministerium für Wohnen, Stadtentwicklung und Bauwesen (BMWSB).',
  Person:
    'A named person who speaks, moderates, leads or works for an organisation. Example: a Referatsleiterin opening a workshop.',
  Event:
    'Something that happens on a date: a workshop, conference, network meeting, online seminar. Example: a Themenwerkstatt on 11 November 2020.',
  EventSeries:
    'A recurring format whose events share a name and organiser. Example: a Werkstattreihe of a programme.',
  AgendaItem: "A slot in an event's programme, with a time and a title. Example: the Grußwort, 10:00-10:15.",
  Programme:
    'A funding or action programme with its own rules, under which projects are funded. Example: BIWAQ (Bildung, Wirtschaft, Arbeit im Quartier).',
  Initiative:
    'A joint, often cross-ministerial effort that gathers programmes and projects without funding rules of its own. Example: Gemeinsam für das Quartier.',
  Project:
    'An undertaking with a lead, partners and a period, often funded within a programme. Example: a BIWAQ project in one city.',
  Policy:
    'A strategy or policy framework that embeds or supports undertakings. Example: the Nationale Stadtentwicklungspolitik.',
  Fund: 'A pot of money that funds or co-funds undertakings. Example: the Europäischer Sozialfonds (ESF).',
  Phase:
    'A funding round or period of an undertaking or fund, or a named stage with dates. Example: the ESF funding period 2021-2027.',
  Method:
    'A method or approach by which undertakings or events work, with named stages in their order (no dates: a dated stage is a Phase). Example: a participation method in five stages.',
  Place: 'A country, state, region, city, district or quarter. Example: Duisburg-Marxloh (QUARTER).',
  Topic: 'What something is about, or a priority field (Handlungsfeld). Example: Quartiersentwicklung.',
  TargetGroup: 'Whom an undertaking or event addresses. Example: Langzeitarbeitslose.',
};

/** Types that are actors: they act, speak, fund, organise. */
export const ACTOR_TYPES = ['Organisation', 'Person'] as const satisfies readonly EntityType[];
/** Types that are undertakings: they have periods, funders, responsible organisations, partners. */
export const UNDERTAKING_TYPES = [
  'Programme',
  'Initiative',
  'Project',
  'Policy',
] as const satisfies readonly EntityType[];

/** Extra labels a node of each type carries beside `Entity` and its type. */
export const EXTRA_LABELS: Readonly<Partial<Record<EntityType, readonly string[]>>> = {
  Organisation: ['Actor'],
  Person: ['Actor'],
  Programme: ['Undertaking'],
  Initiative: ['Undertaking'],
  Project: ['Undertaking'],
  Policy: ['Undertaking'],
};

export const ORGANISATION_KINDS = [
  'MINISTRY',
  'FEDERAL_AGENCY',
  'STATE_AGENCY',
  'ASSOCIATION',
  'MUNICIPALITY',
  'ADMINISTRATIVE_UNIT',
  'COMPANY',
  'NON_PROFIT',
  'UNIVERSITY',
  'RESEARCH_INSTITUTE',
  'PLANNING_OFFICE',
  'NETWORK',
  'PROJECT_TEAM',
  'OTHER',
] as const;

/** The entity types a co-creation network can be scoped to (coCreationNetwork(scope:), the explorer's scopes). */
export const SCOPE_TYPES = ['Programme', 'Initiative', 'Project', 'Policy', 'EventSeries', 'Place'] as const;
export type ScopeType = (typeof SCOPE_TYPES)[number];

export function isScopeType(type: string): type is ScopeType {
  return (SCOPE_TYPES as readonly string[]).includes(type);
}

export const SECTORS = [
  'FEDERAL_ADMINISTRATION',
  'STATE_ADMINISTRATION',
  'MUNICIPAL_ADMINISTRATION',
  'RESEARCH',
  'INTERMEDIARY_ASSOCIATION',
  'HOUSING_INDUSTRY',
  'BUSINESS',
  'WELFARE',
  'CIVIL_SOCIETY',
  'CREATIVE_CULTURAL',
  'EDUCATION',
  'PLANNING',
] as const;
export type Sector = (typeof SECTORS)[number];

export const EVENT_KINDS = [
  'WORKSHOP',
  'CONFERENCE',
  'NETWORK_MEETING',
  'SEMINAR',
  'DISCUSSION_PHASE',
  'PRESENTATION',
  'OTHER',
] as const;
export const EVENT_FORMATS = ['IN_PERSON', 'ONLINE', 'HYBRID'] as const;
export const PLACE_KINDS = ['COUNTRY', 'STATE', 'REGION', 'CITY', 'DISTRICT', 'QUARTER'] as const;
/** What a URL of an entity is: its website, a newsletter, a social-media page, a toolkit, documentation. */
export const WEB_PRESENCE_KINDS = [
  'WEBSITE',
  'NEWSLETTER',
  'SOCIAL_MEDIA',
  'TOOLKIT',
  'DOCUMENTATION',
  'OTHER',
] as const;
export type WebPresenceKind = (typeof WEB_PRESENCE_KINDS)[number];
export const DATE_PRECISIONS = ['DAY', 'MONTH', 'YEAR'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/** One allowed (from, to) combination of a relation type. */
export interface EndpointRule {
  readonly from: readonly EntityType[];
  readonly to: readonly EntityType[];
}

export interface RelationTypeDefinition {
  readonly description: string;
  readonly endpoints: readonly EndpointRule[];
  /**
   * True when the relation links an end that is over to one that follows (succession, building on a
   * finished predecessor): its validity is not cut to the lifespans of its ends.
   */
  readonly acrossLifespans?: boolean;
}

const ACTORS = ACTOR_TYPES;
const UNDERTAKINGS = UNDERTAKING_TYPES;

export const RELATION_TYPES = {
  PART_OF: {
    description:
      'Is a part of: a Referat of a ministry, a quarter of a city, a session of an event, a project of a programme.',
    endpoints: [
      { from: ['Organisation'], to: ['Organisation'] },
      { from: ['Place'], to: ['Place'] },
      { from: ['Event'], to: ['Event'] },
      { from: ['Project'], to: ['Programme', 'Project', 'Initiative'] },
      { from: ['Programme'], to: ['Programme', 'Initiative', 'Policy'] },
    ],
  },
  SUCCEEDED_BY: {
    description:
      'Lineage: an organisation, undertaking, phase or event continued by another (a portfolio moving ministry, a follow-up event).',
    endpoints: [
      { from: ['Organisation'], to: ['Organisation'] },
      { from: UNDERTAKINGS, to: UNDERTAKINGS },
      { from: ['Phase'], to: ['Phase'] },
      { from: ['Event'], to: ['Event'] },
    ],
    acrossLifespans: true,
  },
  IN_PORTFOLIO_OF: {
    description:
      'A federal agency or institute belongs to the portfolio (Geschäftsbereich) of a ministry: it reports to the ministry without being a unit of it (that is PART_OF); validity says since and until when.',
    endpoints: [{ from: ['Organisation'], to: ['Organisation'] }],
  },
  AFFILIATED_WITH: {
    description:
      'A person works for, heads or is a member of an organisation; `role` says how (Leiter, Präsident, Projektleiter).',
    endpoints: [{ from: ['Person'], to: ['Organisation'] }],
  },
  MEMBER_OF: {
    description: 'An organisation is a member of an association or network.',
    endpoints: [{ from: ['Organisation'], to: ['Organisation'] }],
  },
  LOCATED_IN: {
    description: 'An organisation has its seat in a place.',
    endpoints: [{ from: ['Organisation'], to: ['Place'] }],
  },
  ORGANISED: {
    description: 'An actor organised or hosted an event or event series.',
    endpoints: [{ from: ACTORS, to: ['Event', 'EventSeries'] }],
  },
  PARTICIPATED_IN: {
    description: 'An actor took part in an event.',
    endpoints: [{ from: ACTORS, to: ['Event'] }],
  },
  SPOKE_AT: {
    description:
      'An actor gave a talk, statement or presentation at an event or agenda item; `title` holds the talk title.',
    endpoints: [{ from: ACTORS, to: ['Event', 'AgendaItem'] }],
  },
  MODERATED: {
    description: 'A person moderated an event or agenda item.',
    endpoints: [{ from: ['Person'], to: ['Event', 'AgendaItem'] }],
  },
  HAS_AGENDA_ITEM: {
    description: 'An event has an agenda item (a time slot with a title).',
    endpoints: [{ from: ['Event'], to: ['AgendaItem'] }],
  },
  IN_SERIES: {
    description: 'An event belongs to an event series.',
    endpoints: [{ from: ['Event'], to: ['EventSeries'] }],
  },
  HELD_IN: {
    description: 'An event took place in a place.',
    endpoints: [{ from: ['Event'], to: ['Place'] }],
  },
  ABOUT: {
    description: 'An event, agenda item, series, undertaking or method deals with a topic.',
    endpoints: [
      { from: ['Event', 'EventSeries', 'AgendaItem', ...UNDERTAKINGS, 'Phase', 'Method'], to: ['Topic'] },
    ],
  },
  PART_OF_UNDERTAKING: {
    description: 'An event or event series is held within a programme, initiative or project.',
    endpoints: [{ from: ['Event', 'EventSeries'], to: UNDERTAKINGS }],
  },
  RESPONSIBLE_FOR: {
    description:
      'An organisation is responsible for an undertaking (e.g. the ministry that runs a programme); validity says since when.',
    endpoints: [{ from: ['Organisation'], to: [...UNDERTAKINGS, 'EventSeries'] }],
  },
  FUNDS: {
    description: 'An organisation, fund or programme funds an undertaking.',
    endpoints: [{ from: ['Organisation', 'Fund', 'Programme', 'Policy'], to: UNDERTAKINGS }],
  },
  CO_FUNDS: {
    description: 'A fund (such as the ESF) co-funds an undertaking.',
    endpoints: [{ from: ['Fund'], to: UNDERTAKINGS }],
  },
  COORDINATES: {
    description: 'An organisation coordinates an undertaking.',
    endpoints: [{ from: ['Organisation'], to: UNDERTAKINGS }],
  },
  PARTNER_IN: {
    description: 'An organisation is a partner in an undertaking.',
    endpoints: [{ from: ['Organisation'], to: UNDERTAKINGS }],
  },
  LEADS: {
    description: 'A person leads an undertaking (project lead).',
    endpoints: [{ from: ['Person'], to: UNDERTAKINGS }],
  },
  SUPPORTS: {
    description: 'A policy or organisation supports an undertaking without funding it directly.',
    endpoints: [{ from: ['Policy', 'Organisation'], to: UNDERTAKINGS }],
  },
  EMBEDDED_IN: {
    description: 'An undertaking is embedded in a policy framework.',
    endpoints: [{ from: UNDERTAKINGS, to: ['Policy'] }],
  },
  ACTIVE_IN: {
    description: 'An undertaking or organisation works in a place (quarters of a project).',
    endpoints: [{ from: [...UNDERTAKINGS, 'Organisation'], to: ['Place'] }],
  },
  TARGETS: {
    description: 'An undertaking or event addresses a target group.',
    endpoints: [{ from: [...UNDERTAKINGS, 'Event'], to: ['TargetGroup'] }],
  },
  PRIORITY_FIELD: {
    description: 'A priority field (Handlungsfeld) of an undertaking or phase.',
    endpoints: [{ from: [...UNDERTAKINGS, 'Phase'], to: ['Topic'] }],
  },
  HAS_PHASE: {
    description: 'An undertaking or fund has a phase, funding round or period.',
    endpoints: [{ from: [...UNDERTAKINGS, 'Fund'], to: ['Phase'] }],
  },
  DURING_PHASE: {
    description: 'An event or project falls into a phase or funding round.',
    endpoints: [{ from: ['Event', 'EventSeries', 'Project'], to: ['Phase'] }],
  },
  HOSTED_BY: {
    description:
      'An organisation (a project office, a network secretariat), an undertaking or an event series is hosted by an organisation: it has its seat there without being part of it.',
    endpoints: [{ from: ['Organisation', ...UNDERTAKINGS, 'EventSeries'], to: ['Organisation'] }],
  },
  BUILDS_ON: {
    description:
      'An undertaking builds on the experience or results of another one, which it does not continue (that is SUCCEEDED_BY); a method on another method.',
    endpoints: [
      { from: UNDERTAKINGS, to: UNDERTAKINGS },
      { from: ['Method'], to: ['Method'] },
    ],
    acrossLifespans: true,
  },
  USES_METHOD: {
    description: 'An undertaking or event works by a method or approach (with its ordered stages).',
    endpoints: [{ from: [...UNDERTAKINGS, 'Event', 'EventSeries'], to: ['Method'] }],
  },
} as const satisfies Record<string, RelationTypeDefinition>;

export type RelationType = keyof typeof RELATION_TYPES;
export const RELATION_TYPE_NAMES = Object.keys(RELATION_TYPES) as RelationType[];

export function isRelationType(value: string): value is RelationType {
  return Object.prototype.hasOwnProperty.call(RELATION_TYPES, value);
}

export function isEntityType(value: string): value is EntityType {
  return (ENTITY_TYPES as readonly string[]).includes(value);
}

/** The relation types whose validity is not cut to their ends' lifespans (see acrossLifespans). */
export const ACROSS_LIFESPANS: readonly RelationType[] = RELATION_TYPE_NAMES.filter(
  (type) => (RELATION_TYPES[type] as RelationTypeDefinition).acrossLifespans === true,
);

/** True when `type` allows an edge from a `from` entity to a `to` entity. */
export function allowsEndpoints(type: RelationType, from: EntityType, to: EntityType): boolean {
  const rules: readonly EndpointRule[] = RELATION_TYPES[type].endpoints;
  return rules.some((rule) => rule.from.includes(from) && rule.to.includes(to));
}

/** All labels a node of `type` carries. */
export function labelsOf(type: EntityType): string[] {
  return ['Entity', type, ...(EXTRA_LABELS[type] ?? [])];
}
