import { SECTORS } from '../../model/vocabulary';
import { CONTEXT_KINDS, type ContextKind } from './membership';

/**
 * Who takes part in which context, as compact arrays of indices: what the co-creation projection
 * needs to select actors and tie them, without names or evidence. Cheap to send to a worker thread
 * (structured clone of typed arrays) and small enough to hold for a network of 100 000 actors.
 */
export interface MembershipStructure {
  /** Actor index -> key. Organisation contexts are actors too (an organisation is tied to its staff). */
  readonly actorKeys: readonly string[];
  /** Actor index -> 1 for organisations, 0 for persons. */
  readonly actorIsOrganisation: Uint8Array;
  /**
   * Actor index -> its sectors as a bit set over SECTORS (bit i: SECTORS[i]); 0 when unknown. A person
   * affiliated with organisations of two sectors has both bits.
   */
  readonly actorSectors: Int32Array;
  /** Context index -> key. */
  readonly contextKeys: readonly string[];
  /** Context index -> index into CONTEXT_KINDS. */
  readonly contextKinds: Uint8Array;
  /** Context index -> the organisation's own actor index for organisation contexts, else -1. */
  readonly contextActors: Int32Array;
  /**
   * Containment of undertakings: pair i says context containedInner[i] lies directly inside context
   * containedOuter[i] (a project inside its programme). Both are contexts of this structure.
   */
  readonly containedInner: Int32Array;
  readonly containedOuter: Int32Array;
  /** Membership i: actor memberActors[i] takes part in context memberContexts[i] from memberStarts[i] to memberEnds[i]. */
  readonly memberActors: Int32Array;
  readonly memberContexts: Int32Array;
  /** Dates as the integer YYYYMMDD, 0 when unknown (open). */
  readonly memberStarts: Int32Array;
  readonly memberEnds: Int32Array;
  /** 1 when the statement dates the membership (an event, a period, a relationship's validity), else 0. */
  readonly memberDated: Uint8Array;
}

/** A date as the query sends it (YYYYMMDD, 0 unknown) or as ISO text (null unknown). */
export type StructureDate = number | string | null;

/** One membership of a structure row: [contextKey, kind, start, sector of an organisation context, end, dated, undertakings just inside]. */
export type MembershipStructureEntry = readonly [
  string,
  ContextKind,
  StructureDate,
  string | null,
  StructureDate,
  /** 1 (or true) when the statement dates the membership. */
  number | boolean,
  readonly string[],
];

/** One row of cypher/queries/analytics/membership-structure.cypher. */
export interface MembershipStructureRow {
  readonly actor: string;
  readonly type: 'Organisation' | 'Person';
  readonly sectors: readonly string[];
  readonly memberships: readonly MembershipStructureEntry[];
}

/** Collects rows into a {@link MembershipStructure}. */
export class MembershipStructureBuilder {
  private readonly actorIndex = new Map<string, number>();
  private readonly actorKeys: string[] = [];
  private readonly actorIsOrganisation: number[] = [];
  private readonly actorSectors: number[] = [];
  private readonly contextIndex = new Map<string, number>();
  private readonly contextKeys: string[] = [];
  private readonly contextKinds: number[] = [];
  private readonly contextActors: number[] = [];
  private readonly containment = new Set<string>();
  private readonly containedInner: number[] = [];
  private readonly containedOuter: number[] = [];
  private readonly memberActors: number[] = [];
  private readonly memberContexts: number[] = [];
  private readonly memberStarts: number[] = [];
  private readonly memberEnds: number[] = [];
  private readonly memberDated: number[] = [];

  add(row: MembershipStructureRow): void {
    const actor = this.actor(row.actor, row.type === 'Organisation', sectorMask(row.sectors));
    for (const [contextKey, kind, start, contextSector, end, dated, inside] of row.memberships) {
      const context = this.context(contextKey, kind, contextSector);
      this.memberActors.push(actor);
      this.memberContexts.push(context);
      this.memberStarts.push(typeof start === 'number' ? start : encodeDate(start));
      this.memberEnds.push(typeof end === 'number' ? end : encodeDate(end));
      this.memberDated.push(dated === true || dated === 1 ? 1 : 0);
      for (const innerKey of inside) {
        const inner = this.context(innerKey, kind, null);
        const pair = `${inner} ${context}`;
        if (this.containment.has(pair)) continue;
        this.containment.add(pair);
        this.containedInner.push(inner);
        this.containedOuter.push(context);
      }
    }
  }

  build(): MembershipStructure {
    return {
      actorKeys: this.actorKeys,
      actorIsOrganisation: Uint8Array.from(this.actorIsOrganisation),
      actorSectors: Int32Array.from(this.actorSectors),
      contextKeys: this.contextKeys,
      contextKinds: Uint8Array.from(this.contextKinds),
      contextActors: Int32Array.from(this.contextActors),
      containedInner: Int32Array.from(this.containedInner),
      containedOuter: Int32Array.from(this.containedOuter),
      memberActors: Int32Array.from(this.memberActors),
      memberContexts: Int32Array.from(this.memberContexts),
      memberStarts: Int32Array.from(this.memberStarts),
      memberEnds: Int32Array.from(this.memberEnds),
      memberDated: Uint8Array.from(this.memberDated),
    };
  }

  private actor(key: string, organisation: boolean, sectors: number): number {
    const known = this.actorIndex.get(key);
    if (known !== undefined) {
      // An organisation first seen as a context learns nothing new here; a row names it fully.
      if (sectors !== 0) this.actorSectors[known] = sectors;
      return known;
    }
    const index = this.actorKeys.length;
    this.actorIndex.set(key, index);
    this.actorKeys.push(key);
    this.actorIsOrganisation.push(organisation ? 1 : 0);
    this.actorSectors.push(sectors);
    return index;
  }

  private context(key: string, kind: ContextKind, sector: string | null): number {
    const known = this.contextIndex.get(key);
    if (known !== undefined) return known;
    const index = this.contextKeys.length;
    this.contextIndex.set(key, index);
    this.contextKeys.push(key);
    this.contextKinds.push(CONTEXT_KINDS.indexOf(kind));
    this.contextActors.push(
      kind === 'ORGANISATION' ? this.actor(key, true, sectorMask(sector === null ? [] : [sector])) : -1,
    );
    return index;
  }
}

/** Sectors -> bit set over SECTORS (names outside the vocabulary are ignored). */
export function sectorMask(sectors: readonly string[]): number {
  let mask = 0;
  for (const sector of sectors) {
    const bit = (SECTORS as readonly string[]).indexOf(sector);
    if (bit >= 0) mask |= 1 << bit;
  }
  return mask;
}

/** Bit set over SECTORS -> sector names in vocabulary order. */
export function sectorNames(mask: number): string[] {
  return SECTORS.filter((_, bit) => (mask & (1 << bit)) !== 0);
}

/** Sectors in vocabulary order, each once, names outside the vocabulary left out. */
export function orderedSectors(sectors: readonly string[]): string[] {
  return sectorNames(sectorMask(sectors));
}

/** 'YYYY-MM-DD' -> YYYYMMDD; null -> 0. */
export function encodeDate(date: string | null): number {
  return date === null
    ? 0
    : Number(date.slice(0, 4)) * 10_000 + Number(date.slice(5, 7)) * 100 + Number(date.slice(8, 10));
}

/** YYYYMMDD -> 'YYYY-MM-DD'; 0 -> null. */
export function decodeDate(date: number): string | null {
  if (date === 0) return null;
  const text = String(date).padStart(8, '0');
  return `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6, 8)}`;
}
