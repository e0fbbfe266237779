import { mapInSlices } from '../../shared/yield-to-event-loop';
import type { AlliancePages, AllianceResult } from '../analytics.types';
import type { ContextKind } from '../network/membership';
import type { Alliance } from '../metrics/recurring-alliances';
import type { CoCreationProjection, ProjectedContextRef, ProjectedTie } from './project-co-creation';

/**
 * A co-creation projection as it crosses from an analytics worker to the main thread (issue 13). At
 * size M the kept ties carry some 40 000 shared-context references and the recurring alliances number
 * about 14 000: as objects they took 7.5 MB of structured clone that the main thread decoded in one
 * piece (about 55 ms, plus the scavenges of the objects it made), holding /healthz. Packed, they are
 * typed arrays of indices into one table of distinct strings, which cross as plain memory copies; the
 * ties are unpacked on the main thread in slices, the alliances only for the page a query asks for.
 */
export interface PackedProjection extends Omit<CoCreationProjection, 'ties' | 'alliances'> {
  /** The distinct strings (keys, kinds, dates) the indices below point into. */
  readonly strings: readonly string[];
  readonly ties: PackedTies;
  readonly alliances: PackedAlliances;
}

/** Ties as columns; string columns hold indices into `strings`, -1 for null. */
export interface PackedTies {
  readonly count: number;
  readonly ids: readonly string[];
  /** source, target per tie. */
  readonly ends: Int32Array;
  readonly weights: Float64Array;
  /** firstDate, lastDate per tie. */
  readonly spans: Int32Array;
  /** 1 when every shared context of the tie rests on an undated statement. */
  readonly undated: Uint8Array;
  /** The contexts of tie i are entries contextStart[i] .. contextStart[i + 1] - 1. */
  readonly contextStart: Int32Array;
  /** key, kind, date, until, open (0/1) per entry. */
  readonly contexts: Int32Array;
}

/** Alliances as columns, in the projection's order. */
export interface PackedAlliances {
  readonly count: number;
  /** The actors of alliance i are actors[actorStart[i] .. actorStart[i + 1] - 1]. */
  readonly actorStart: Int32Array;
  readonly actors: Int32Array;
  readonly contextStart: Int32Array;
  readonly contextKeys: Int32Array;
  /** firstDate, lastDate per alliance. */
  readonly spans: Int32Array;
}

const CONTEXT_FIELDS = 5;

/** Packs a projection in the worker, before it is sent. */
export function packProjection(projection: CoCreationProjection): PackedProjection {
  const { ties, alliances, ...rest } = projection;
  const strings: string[] = [];
  const indexOf = new Map<string, number>();
  const intern = (value: string | null): number => {
    if (value === null) return -1;
    let index = indexOf.get(value);
    if (index === undefined) {
      index = strings.length;
      strings.push(value);
      indexOf.set(value, index);
    }
    return index;
  };
  return {
    ...rest,
    strings,
    ties: packTies(ties, intern),
    alliances: packAlliances(alliances, intern),
  };
}

function packTies(ties: readonly ProjectedTie[], intern: (value: string | null) => number): PackedTies {
  const contextStart = new Int32Array(ties.length + 1);
  let entries = 0;
  ties.forEach((tie, index) => {
    contextStart[index] = entries;
    entries += tie.contexts.length;
  });
  contextStart[ties.length] = entries;
  const packed = {
    count: ties.length,
    ids: ties.map((tie) => tie.id),
    ends: new Int32Array(ties.length * 2),
    weights: new Float64Array(ties.length),
    spans: new Int32Array(ties.length * 2),
    undated: new Uint8Array(ties.length),
    contextStart,
    contexts: new Int32Array(entries * CONTEXT_FIELDS),
  };
  let entry = 0;
  ties.forEach((tie, index) => {
    packed.ends[index * 2] = intern(tie.source);
    packed.ends[index * 2 + 1] = intern(tie.target);
    packed.weights[index] = tie.weight;
    packed.spans[index * 2] = intern(tie.firstDate);
    packed.spans[index * 2 + 1] = intern(tie.lastDate);
    packed.undated[index] = tie.undated ? 1 : 0;
    for (const context of tie.contexts) {
      const at = entry++ * CONTEXT_FIELDS;
      packed.contexts[at] = intern(context.key);
      packed.contexts[at + 1] = intern(context.kind);
      packed.contexts[at + 2] = intern(context.date);
      packed.contexts[at + 3] = intern(context.until);
      packed.contexts[at + 4] = context.open ? 1 : 0;
    }
  });
  return packed;
}

function packAlliances(
  alliances: readonly Alliance[],
  intern: (value: string | null) => number,
): PackedAlliances {
  const actorStart = new Int32Array(alliances.length + 1);
  const contextStart = new Int32Array(alliances.length + 1);
  let actorCount = 0;
  let contextCount = 0;
  alliances.forEach((alliance, index) => {
    actorStart[index] = actorCount;
    contextStart[index] = contextCount;
    actorCount += alliance.actors.length;
    contextCount += alliance.contextKeys.length;
  });
  actorStart[alliances.length] = actorCount;
  contextStart[alliances.length] = contextCount;
  const actors = new Int32Array(actorCount);
  const contextKeys = new Int32Array(contextCount);
  const spans = new Int32Array(alliances.length * 2);
  alliances.forEach((alliance, index) => {
    alliance.actors.forEach((actor, offset) => (actors[(actorStart[index] ?? 0) + offset] = intern(actor)));
    alliance.contextKeys.forEach(
      (key, offset) => (contextKeys[(contextStart[index] ?? 0) + offset] = intern(key)),
    );
    spans[index * 2] = intern(alliance.firstDate);
    spans[index * 2 + 1] = intern(alliance.lastDate);
  });
  return { count: alliances.length, actorStart, actors, contextStart, contextKeys, spans };
}

/** The string at `index` of the table, null for -1; an index outside the table is a packing defect. */
function stringAt(strings: readonly string[], index: number | undefined): string | null {
  if (index === -1) return null;
  const value = index === undefined ? undefined : strings[index];
  if (value === undefined) throw new Error(`packed projection: no string at index ${index}`);
  return value;
}

/** A string that cannot be null (a key, a kind). */
function requiredAt(strings: readonly string[], index: number | undefined): string {
  const value = stringAt(strings, index);
  if (value === null) throw new Error('packed projection: a key or kind is missing');
  return value;
}

/** The ties as objects again, on the main thread, slice by slice. */
export function unpackTies(projection: PackedProjection): Promise<ProjectedTie[]> {
  const { strings, ties } = projection;
  const text = (index: number | undefined) => requiredAt(strings, index);
  return mapInSlices(ties.ids, (id, index): ProjectedTie => {
    const contexts: ProjectedContextRef[] = [];
    for (let entry = ties.contextStart[index] ?? 0; entry < (ties.contextStart[index + 1] ?? 0); entry++) {
      const at = entry * CONTEXT_FIELDS;
      contexts.push({
        key: text(ties.contexts[at]),
        kind: text(ties.contexts[at + 1]) as ContextKind,
        date: stringAt(strings, ties.contexts[at + 2]),
        until: stringAt(strings, ties.contexts[at + 3]),
        open: ties.contexts[at + 4] === 1,
      });
    }
    return {
      id,
      source: text(ties.ends[index * 2]),
      target: text(ties.ends[index * 2 + 1]),
      weight: ties.weights[index] ?? 0,
      firstDate: stringAt(strings, ties.spans[index * 2]),
      lastDate: stringAt(strings, ties.spans[index * 2 + 1]),
      undated: ties.undated[index] === 1,
      contexts,
    };
  });
}

/**
 * The recurring alliances of an answer, kept packed: a query reads a page of them (default 100 of
 * some 14 000 at size M), and only that page becomes objects.
 */
export class AllianceList implements AlliancePages {
  private readonly strings: readonly string[];
  private readonly packed: PackedAlliances;

  constructor(projection: Pick<PackedProjection, 'strings' | 'alliances'>) {
    this.strings = projection.strings;
    this.packed = projection.alliances;
  }

  get count(): number {
    return this.packed.count;
  }

  /** The first `limit` alliances. */
  page(limit: number): AllianceResult[] {
    const { actorStart, actors, contextStart, contextKeys, spans } = this.packed;
    const keys = (column: Int32Array, from: number | undefined, to: number | undefined) =>
      Array.from(column.subarray(from ?? 0, to ?? 0), (index) => requiredAt(this.strings, index));
    return Array.from({ length: Math.min(limit, this.packed.count) }, (_, index) => {
      const contexts = keys(contextKeys, contextStart[index], contextStart[index + 1]);
      return {
        actors: keys(actors, actorStart[index], actorStart[index + 1]),
        contextKeys: contexts,
        contextCount: contexts.length,
        firstDate: stringAt(this.strings, spans[index * 2]),
        lastDate: stringAt(this.strings, spans[index * 2 + 1]),
      };
    });
  }

  /** Bytes held, for the result cache's bound: the columns and the string table (two bytes a character and a header). */
  get bytes(): number {
    const { actorStart, actors, contextStart, contextKeys, spans } = this.packed;
    let total = 0;
    for (const column of [actorStart, actors, contextStart, contextKeys, spans]) total += column.byteLength;
    for (const value of this.strings) total += 32 + value.length * 2;
    return total;
  }
}
