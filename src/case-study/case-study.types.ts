import type { EntityType } from '../model/vocabulary';

/**
 * One piece of evidence: the source that states a fact and, for a source whose text we hold, the
 * verbatim quote that states it (checked against the text); for a cited source (`kind: CITATION`, a
 * law gazette, a register), the place in it (`locator`: page, section, paragraph), not checked.
 */
export interface EvidenceInput {
  readonly source: string;
  readonly quote?: string;
  readonly locator?: string;
}

/** TEXT: we hold the text (`file`) and check quotes against it. CITATION: cited by title, publisher, date, URL. */
export type SourceKind = 'TEXT' | 'CITATION';

export interface SourceInput {
  readonly key: string;
  readonly kind?: SourceKind;
  readonly title: string;
  readonly publisher?: string;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  readonly date?: string;
  /** Path of the source text, relative to the case-study file (TEXT sources). */
  readonly file?: string;
  readonly url?: string;
  readonly note?: string;
}

export interface EntityInput {
  readonly key: string;
  readonly type: EntityType;
  readonly name: string;
  readonly abbreviation?: string;
  readonly aliases?: readonly string[];
  readonly description?: string;
  readonly note?: string;
  readonly kind?: string;
  readonly sector?: string;
  readonly format?: string;
  readonly givenName?: string;
  readonly familyName?: string;
  readonly academicTitle?: string;
  readonly startDate?: string;
  readonly endDate?: string;
  readonly startTime?: string;
  readonly endTime?: string;
  readonly participantCount?: number;
  readonly participantCountApproximate?: boolean;
  readonly position?: number;
  readonly subtitle?: string;
  readonly evidence: readonly EvidenceInput[];
}

/**
 * Evidence a case study adds to an entity that another case study defines: the entity keeps the
 * union of its case studies' evidence, and only its owner sets its fields.
 */
export interface AdditionInput {
  readonly key: string;
  readonly evidence: readonly EvidenceInput[];
}

export interface RelationInput {
  readonly type: string;
  readonly from: string;
  readonly to: string;
  /** Tells apart two relations of the same type between the same entities. */
  readonly id?: string;
  readonly role?: string;
  readonly title?: string;
  readonly validFrom?: string;
  readonly validTo?: string;
  readonly note?: string;
  readonly evidence: readonly EvidenceInput[];
}

export interface CaseStudyInput {
  readonly caseStudy: { readonly key: string; readonly title: string; readonly description?: string };
  readonly sources?: readonly SourceInput[];
  readonly entities?: readonly EntityInput[];
  readonly additions?: readonly AdditionInput[];
  readonly relations?: readonly RelationInput[];
}

/** Fields each entity type may carry beyond the common ones. */
export const TYPE_FIELDS: Readonly<Record<EntityType, readonly (keyof EntityInput)[]>> = {
  Organisation: ['kind', 'sector', 'startDate', 'endDate'],
  Person: ['givenName', 'familyName', 'academicTitle'],
  Event: [
    'kind',
    'format',
    'startDate',
    'endDate',
    'startTime',
    'endTime',
    'participantCount',
    'participantCountApproximate',
  ],
  EventSeries: ['startDate', 'endDate'],
  AgendaItem: ['startTime', 'endTime', 'position', 'subtitle'],
  Programme: ['startDate', 'endDate'],
  Initiative: ['startDate', 'endDate'],
  Project: ['startDate', 'endDate'],
  Policy: ['startDate', 'endDate'],
  Fund: ['startDate', 'endDate'],
  Phase: ['startDate', 'endDate'],
  Place: ['kind'],
  Topic: [],
  TargetGroup: [],
};

export const COMMON_ENTITY_FIELDS = [
  'key',
  'type',
  'name',
  'abbreviation',
  'aliases',
  'description',
  'note',
  'evidence',
] as const satisfies readonly (keyof EntityInput)[];
