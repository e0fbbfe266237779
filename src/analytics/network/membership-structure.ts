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
  /** Actor index -> index into `sectors`, or -1 when unknown. */
  readonly actorSectors: Int32Array;
  readonly sectors: readonly string[];
  /** Context index -> key. */
  readonly contextKeys: readonly string[];
  /** Context index -> index into CONTEXT_KINDS. */
  readonly contextKinds: Uint8Array;
  /** Context index -> the organisation's own actor index for organisation contexts, else -1. */
  readonly contextActors: Int32Array;
  /** Membership i: actor memberActors[i] takes part in context memberContexts[i] since memberDates[i]. */
  readonly memberActors: Int32Array;
  readonly memberContexts: Int32Array;
  /** Date as the integer YYYYMMDD, 0 when unknown. */
  readonly memberDates: Int32Array;
}

/** One row of cypher/queries/analytics/membership-structure.cypher. */
export interface MembershipStructureRow {
  readonly actor: string;
  readonly type: 'Organisation' | 'Person';
  readonly sector: string | null;
  /** [contextKey, kind, earliest date or null, sector of an organisation context]. */
  readonly memberships: readonly (readonly [string, ContextKind, string | null, string | null])[];
}

/** Collects rows into a {@link MembershipStructure}. */
export class MembershipStructureBuilder {
  private readonly actorIndex = new Map<string, number>();
  private readonly actorKeys: string[] = [];
  private readonly actorIsOrganisation: number[] = [];
  private readonly actorSectors: number[] = [];
  private readonly sectorIndex = new Map<string, number>();
  private readonly contextIndex = new Map<string, number>();
  private readonly contextKeys: string[] = [];
  private readonly contextKinds: number[] = [];
  private readonly contextActors: number[] = [];
  private readonly memberActors: number[] = [];
  private readonly memberContexts: number[] = [];
  private readonly memberDates: number[] = [];

  add(row: MembershipStructureRow): void {
    const actor = this.actor(row.actor, row.type === 'Organisation', row.sector);
    for (const [contextKey, kind, date, contextSector] of row.memberships) {
      const context = this.context(contextKey, kind, contextSector);
      this.memberActors.push(actor);
      this.memberContexts.push(context);
      this.memberDates.push(encodeDate(date));
    }
  }

  build(): MembershipStructure {
    return {
      actorKeys: this.actorKeys,
      actorIsOrganisation: Uint8Array.from(this.actorIsOrganisation),
      actorSectors: Int32Array.from(this.actorSectors),
      sectors: [...this.sectorIndex.keys()],
      contextKeys: this.contextKeys,
      contextKinds: Uint8Array.from(this.contextKinds),
      contextActors: Int32Array.from(this.contextActors),
      memberActors: Int32Array.from(this.memberActors),
      memberContexts: Int32Array.from(this.memberContexts),
      memberDates: Int32Array.from(this.memberDates),
    };
  }

  private actor(key: string, organisation: boolean, sector: string | null): number {
    const known = this.actorIndex.get(key);
    if (known !== undefined) {
      // An organisation first seen as a context learns nothing new here; a row names it fully.
      if (sector !== null) this.actorSectors[known] = this.sector(sector);
      return known;
    }
    const index = this.actorKeys.length;
    this.actorIndex.set(key, index);
    this.actorKeys.push(key);
    this.actorIsOrganisation.push(organisation ? 1 : 0);
    this.actorSectors.push(sector === null ? -1 : this.sector(sector));
    return index;
  }

  private context(key: string, kind: ContextKind, sector: string | null): number {
    const known = this.contextIndex.get(key);
    if (known !== undefined) return known;
    const index = this.contextKeys.length;
    this.contextIndex.set(key, index);
    this.contextKeys.push(key);
    this.contextKinds.push(CONTEXT_KINDS.indexOf(kind));
    this.contextActors.push(kind === 'ORGANISATION' ? this.actor(key, true, sector) : -1);
    return index;
  }

  private sector(name: string): number {
    let index = this.sectorIndex.get(name);
    if (index === undefined) {
      index = this.sectorIndex.size;
      this.sectorIndex.set(name, index);
    }
    return index;
  }
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
