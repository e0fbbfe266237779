import type { ENTITY_FIELDS, EntityFieldName } from '../model/entity-fields';
import type { EntityType, WebPresenceKind } from '../model/vocabulary';

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
  /** Written by `quartiersnetz draft`; the import refuses it until removed. */
  readonly draft?: boolean;
}

/** A typed URL of an entity (stored as parallel lists: webPresenceKinds, webPresenceUrls, webPresenceLabels). */
export interface WebPresenceInput {
  readonly kind: WebPresenceKind;
  /** http or https only. */
  readonly url: string;
  /** What a reader sees for it, where the kind does not say enough ("LinkedIn", "Werkzeugkasten"). */
  readonly label?: string;
}

/**
 * A name an entity had over a span of time (both ends optional: open where no source says), with the
 * evidence that states it (an Organisationserlass renaming a ministry, a quote from a source of the time).
 */
export interface NameOverTimeInput {
  readonly name: string;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: the first day the name held. */
  readonly validFrom?: string;
  /** The last day it held. */
  readonly validTo?: string;
  readonly note?: string;
  readonly evidence: readonly EvidenceInput[];
}

/** The TypeScript type of a value of each kind of field of ENTITY_FIELDS. */
interface EntityFieldValues {
  key: string;
  type: EntityType;
  text: string;
  texts: readonly string[];
  enum: string;
  date: string;
  clockTime: string;
  count: number;
  position: number;
  flag: boolean;
  webPresences: readonly WebPresenceInput[];
  names: readonly NameOverTimeInput[];
  evidence: readonly EvidenceInput[];
  draft: boolean;
}
type FieldValue<F extends EntityFieldName> = EntityFieldValues[(typeof ENTITY_FIELDS)[F]['kind']];
type RequiredField = {
  [F in EntityFieldName]: (typeof ENTITY_FIELDS)[F] extends { requiredOn: 'all' } ? F : never;
}[EntityFieldName];

/** An entity of a case study: the fields of ENTITY_FIELDS, those every type needs required. */
export type EntityInput = { readonly [F in RequiredField]: FieldValue<F> } & {
  readonly [F in Exclude<EntityFieldName, RequiredField>]?: FieldValue<F>;
};

/**
 * Evidence a case study adds to an entity that another case study defines: the entity keeps the
 * union of its case studies' evidence, and only its owner sets its fields.
 */
export interface AdditionInput {
  readonly key: string;
  readonly evidence: readonly EvidenceInput[];
  /** Written by `quartiersnetz draft`; the import refuses it until removed. */
  readonly draft?: boolean;
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
  /** Written by `quartiersnetz draft`; the import refuses it until removed. */
  readonly draft?: boolean;
}

export interface CaseStudyInput {
  readonly caseStudy: { readonly key: string; readonly title: string; readonly description?: string };
  readonly sources?: readonly SourceInput[];
  readonly entities?: readonly EntityInput[];
  readonly additions?: readonly AdditionInput[];
  readonly relations?: readonly RelationInput[];
}
