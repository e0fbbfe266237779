import Graph from 'graphology';
import { decodeEnd, endOf, jointEnd, jointStart, OPEN, together, unionEnd, unionStart } from './member-span';
import type { ContextKind, Membership, MembershipEvidence } from './membership';
import { decodeDate, encodeDate, orderedSectors } from './membership-structure';

export interface ActorAttributes {
  key: string;
  label: string;
  type: 'Organisation' | 'Person';
  sectors: readonly string[];
}

/** One context two actors share, with the evidence of each one's part in it. */
export interface SharedContext {
  readonly key: string;
  readonly name: string;
  readonly kind: ContextKind;
  readonly type: string;
  readonly date: string | null;
  readonly until: string | null;
  readonly evidence: readonly (MembershipEvidence & { readonly actorKey: string })[];
}

export interface TieAttributes {
  /** Number of shared contexts. */
  weight: number;
  contexts: SharedContext[];
  /** The span of the tie: the earliest start and the latest end of its shared contexts. */
  firstDate: string | null;
  /** Null when unknown or open (a shared context goes on). */
  lastDate: string | null;
  /** A shared context has a start and no end. */
  openEnded: boolean;
}

export type CoCreationGraph = Graph<ActorAttributes, TieAttributes>;

/**
 * The actor-actor projection of the membership (bipartite) graph: two actors are tied when they
 * share a context; the weight is the number of shared contexts. An organisation context also ties
 * the organisation itself to its units and staff, with the member's evidence.
 * With `focus`, only ties touching a focus actor are built (collaborators need no more): a context
 * of k members then costs k per focus actor instead of k²/2.
 */
export function buildCoCreationGraph(
  memberships: readonly Membership[],
  options: { focus?: ReadonlySet<string> } = {},
): CoCreationGraph {
  const focus = options.focus;
  const graph: CoCreationGraph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  const byContext = new Map<string, Membership[]>();
  for (const membership of memberships) {
    addActor(graph, membership.actorKey, membership.actorName, membership.actorType, membership.actorSectors);
    const members = byContext.get(membership.contextKey) ?? [];
    members.push(membership);
    byContext.set(membership.contextKey, members);
  }

  for (const members of byContext.values()) {
    const first = members[0];
    if (first === undefined) continue;
    const rows = [...members];
    if (first.contextKind === 'ORGANISATION') {
      // The organisation is an actor in its own context: tie it to each member, with the member's evidence.
      addActor(graph, first.contextKey, first.contextName, 'Organisation', sectorList(first.contextSector));
      for (const member of members) {
        if (member.actorKey !== first.contextKey) {
          rows.push({
            ...member,
            actorKey: first.contextKey,
            actorName: first.contextName,
            actorType: 'Organisation',
            actorSectors: sectorList(first.contextSector),
            // The organisation is in its own context without dates: its tie to a member is dated
            // by the member alone (as the projection's organisation slot).
            date: null,
            until: null,
          });
        }
      }
    }
    const byActor = new Map<string, Membership[]>();
    for (const row of rows) byActor.set(row.actorKey, [...(byActor.get(row.actorKey) ?? []), row]);
    const actors = [...byActor.keys()].sort();
    const tie = (a: string, b: string) =>
      addSharedContext(graph, a, b, first, byActor.get(a) ?? [], byActor.get(b) ?? []);
    if (focus === undefined) {
      for (let i = 0; i < actors.length; i++) {
        for (let j = i + 1; j < actors.length; j++) tie(actors[i] as string, actors[j] as string);
      }
      continue;
    }
    for (const actor of actors) {
      if (!focus.has(actor)) continue;
      for (const other of actors) {
        // A pair of two focus actors is tied once, from its first actor.
        if (other === actor || (focus.has(other) && other < actor)) continue;
        if (actor < other) tie(actor, other);
        else tie(other, actor);
      }
    }
  }
  return graph;
}

function addActor(
  graph: CoCreationGraph,
  key: string,
  label: string,
  type: ActorAttributes['type'],
  sectors: readonly string[],
): void {
  if (!graph.hasNode(key)) graph.addNode(key, { key, label, type, sectors: orderedSectors(sectors) });
}

function sectorList(sector: string | null): readonly string[] {
  return sector === null ? [] : [sector];
}

function addSharedContext(
  graph: CoCreationGraph,
  a: string,
  b: string,
  context: Membership,
  rowsA: readonly Membership[],
  rowsB: readonly Membership[],
): void {
  const rows = [...rowsA, ...rowsB];
  const [spanA, spanB] = [spanOf(rowsA), spanOf(rowsB)];
  const joint = { start: jointStart(spanA.start, spanB.start), end: jointEnd(spanA.end, spanB.end) };
  // Never in the context at the same time: no co-creation through it.
  if (!together(joint.start, joint.end)) return;
  const shared: SharedContext = {
    key: context.contextKey,
    name: context.contextName,
    kind: context.contextKind,
    type: context.contextType,
    date: decodeDate(joint.start),
    until: decodeEnd(joint.end),
    evidence: rows.flatMap((row) =>
      row.evidence.map((evidence) => ({ ...evidence, actorKey: row.actorKey })),
    ),
  };
  const existing = graph.hasEdge(a, b) ? graph.getEdgeAttributes(a, b) : undefined;
  if (existing === undefined) {
    graph.addEdgeWithKey(`${a}--${b}`, a, b, {
      weight: 1,
      contexts: [shared],
      firstDate: shared.date,
      lastDate: shared.until,
      openEnded: joint.end === OPEN,
    });
    return;
  }
  if (existing.contexts.some((c) => c.key === shared.key)) return;
  existing.contexts.push(shared);
  existing.weight = existing.contexts.length;
  if (shared.date !== null && (existing.firstDate === null || shared.date < existing.firstDate))
    existing.firstDate = shared.date;
  existing.openEnded ||= joint.end === OPEN;
  if (existing.openEnded) existing.lastDate = null;
  else if (shared.until !== null && (existing.lastDate === null || shared.until > existing.lastDate))
    existing.lastDate = shared.until;
}

/** One actor's span in a context over its ways in: their union (see unionStart/unionEnd). */
function spanOf(rows: readonly Membership[]): { start: number; end: number } {
  let start = -1;
  let end = -1;
  for (const row of rows) {
    const rowStart = encodeDate(row.date);
    const rowEnd = endOf(rowStart, encodeDate(row.until));
    start = start === -1 ? rowStart : unionStart(start, rowStart);
    end = end === -1 ? rowEnd : unionEnd(end, rowEnd);
  }
  return { start: Math.max(start, 0), end: Math.max(end, 0) };
}
