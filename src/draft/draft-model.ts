import { foldGerman, nameFingerprint } from '../case-study/normalise-text';
import { carries, ENTITY_FIELD_NAMES, type EntityFieldName } from '../model/entity-fields';
import type { EntityType } from '../model/vocabulary';
import type { KnownEntity } from './known-entities';
import type { Segment } from './segment-text';

/** An entity a draft proposes: new (defined by the draft) or known (linked to an existing key). */
export interface DraftEntity {
  readonly key: string;
  readonly type: EntityType;
  name: string;
  readonly aliases: Set<string>;
  abbreviation?: string;
  /** Type-specific fields (kind, sector, dates, person names) as the case-study format has them. */
  readonly fields: Record<string, string | number | boolean | readonly string[]>;
  /** The segment whose text is its quote. */
  quoteSegment: number;
  readonly known: boolean;
  /** Which pattern found it, for the reviewer. */
  readonly reason: string;
}

export interface DraftRelation {
  readonly type: string;
  readonly from: string;
  readonly to: string;
  /** The segments whose texts are its quotes (one, or a name's line and its role's line). */
  readonly quoteSegments: readonly number[];
  readonly reason: string;
}

/** Where in which segment an entity is named. */
export interface Mention {
  readonly key: string;
  readonly segment: number;
  readonly start: number;
  readonly end: number;
}

/** Slug of a name for a key: lower-case ASCII, umlauts spelled out, single hyphens. */
export function slug(text: string, maxWords = 6): string {
  return foldGerman(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter((word) => word !== '')
    .slice(0, maxWords)
    .join('-');
}

/** The entities of a draft with their mentions, deduplicated by name (and alias) fingerprint. */
export class DraftRegistry {
  readonly entities: DraftEntity[] = [];
  private readonly byFingerprint = new Map<string, DraftEntity>();
  private readonly entitiesByKey = new Map<string, DraftEntity>();
  /** Mentions by segment and by entity key; ids of those recorded (key, segment, start). */
  private readonly mentionsBySegment = new Map<number, Mention[]>();
  private readonly mentionsByKey = new Map<string, Mention[]>();
  private readonly mentionIds = new Set<string>();
  private readonly keys = new Set<string>();

  constructor(
    readonly segments: readonly Segment[],
    private readonly takenKeys: ReadonlySet<string>,
    /** The known entity a shortened name stands for ("Förderrunde 2019-2022" for "BIWAQ-Förderrunde 2019-2022"). */
    private readonly shortFor: (type: EntityType, name: string) => KnownEntity | undefined = () => undefined,
  ) {}

  find(name: string): DraftEntity | undefined {
    return this.byFingerprint.get(nameFingerprint(name));
  }

  byKey(key: string): DraftEntity | undefined {
    return this.entitiesByKey.get(key);
  }

  /** Links a known entity (once) and records its mention. */
  link(known: KnownEntity, segment: number, start: number, end: number): DraftEntity {
    let entity = this.entitiesByKey.get(known.key);
    if (entity === undefined) {
      entity = {
        key: known.key,
        type: known.type,
        name: known.name,
        aliases: new Set(),
        fields: {},
        quoteSegment: segment,
        known: true,
        reason: 'known entity named in the text',
      };
      this.add(entity);
      for (const name of known.names) this.byFingerprint.set(nameFingerprint(name), entity);
    }
    this.mention(entity.key, segment, start, end);
    return entity;
  }

  /**
   * Proposes a new entity, or returns the one of that name (any type: a name names one entity);
   * records the mention either way.
   */
  propose(
    proposal: {
      type: EntityType;
      name: string;
      abbreviation?: string;
      aliases?: readonly string[];
      fields?: DraftEntity['fields'];
      reason: string;
    },
    segment: number,
    start: number,
    end: number,
  ): DraftEntity {
    const names = [
      proposal.name,
      ...(proposal.aliases ?? []),
      ...(proposal.abbreviation ? [proposal.abbreviation] : []),
    ];
    let entity = names.map((name) => this.find(name)).find((found) => found !== undefined);
    const known = entity === undefined ? this.shortFor(proposal.type, proposal.name) : undefined;
    if (known !== undefined) return this.link(known, segment, start, end);
    if (entity === undefined) {
      const key = this.freshKey(slug(proposal.name));
      entity = {
        key,
        type: proposal.type,
        name: proposal.name,
        aliases: new Set(),
        fields: { ...(proposal.fields ?? {}) },
        quoteSegment: segment,
        known: false,
        reason: proposal.reason,
      };
      this.add(entity);
    } else if (!entity.known) {
      // What a second pattern adds, where the type the first one gave has that field.
      for (const [field, value] of Object.entries(proposal.fields ?? {}))
        if (entity.fields[field] === undefined && isEntityField(field) && carries(entity.type, field))
          entity.fields[field] = value;
    }
    if (!entity.known) {
      for (const name of names) {
        const fingerprint = nameFingerprint(name);
        if (this.byFingerprint.get(fingerprint) === undefined) {
          this.byFingerprint.set(fingerprint, entity);
          if (name !== entity.name && name !== proposal.abbreviation) entity.aliases.add(name);
        }
      }
      if (proposal.abbreviation !== undefined && entity.abbreviation === undefined)
        entity.abbreviation = proposal.abbreviation;
    }
    this.mention(entity.key, segment, start, end);
    return entity;
  }

  mention(key: string, segment: number, start: number, end: number): void {
    const id = `${key} ${segment} ${start}`;
    if (this.mentionIds.has(id)) return;
    this.mentionIds.add(id);
    const mention = { key, segment, start, end };
    for (const [map, at] of [
      [this.mentionsBySegment, segment],
      [this.mentionsByKey, key],
    ] as const) {
      const list = (map as Map<typeof at, Mention[]>).get(at) ?? [];
      list.push(mention);
      (map as Map<typeof at, Mention[]>).set(at, list);
    }
  }

  /** Mentions in one segment, in reading order. */
  mentionsIn(segment: number): Mention[] {
    return [...(this.mentionsBySegment.get(segment) ?? [])].sort((a, b) => a.start - b.start);
  }

  /** True when a recorded mention in `segment` overlaps [start, end): that text is taken by a name. */
  isNamed(segment: number, start: number, end: number = start + 1): boolean {
    return (this.mentionsBySegment.get(segment) ?? []).some((m) => m.start < end && start < m.end);
  }

  /** Every mention of one entity, in the order recorded. */
  mentionsOf(key: string): readonly Mention[] {
    return this.mentionsByKey.get(key) ?? [];
  }

  private add(entity: DraftEntity): void {
    this.entities.push(entity);
    this.entitiesByKey.set(entity.key, entity);
    this.keys.add(entity.key);
  }

  private freshKey(base: string): string {
    const stem = base === '' ? 'eintrag' : base;
    let key = stem;
    for (let n = 2; this.keys.has(key) || this.takenKeys.has(key); n++) key = `${stem}-${n}`;
    return key;
  }
}

function isEntityField(field: string): field is EntityFieldName {
  return (ENTITY_FIELD_NAMES as readonly string[]).includes(field);
}
