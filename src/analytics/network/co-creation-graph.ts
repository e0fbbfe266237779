import Graph from 'graphology';
import type { ContextKind, Membership, MembershipEvidence } from './membership';

export interface ActorAttributes {
  key: string;
  label: string;
  type: 'Organisation' | 'Person';
  sector: string | null;
}

/** One context two actors share, with the evidence of each one's part in it. */
export interface SharedContext {
  readonly key: string;
  readonly name: string;
  readonly kind: ContextKind;
  readonly type: string;
  readonly date: string | null;
  readonly evidence: readonly (MembershipEvidence & { readonly actorKey: string })[];
}

export interface TieAttributes {
  /** Number of shared contexts. */
  weight: number;
  contexts: SharedContext[];
  firstDate: string | null;
  lastDate: string | null;
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
    addActor(graph, membership.actorKey, membership.actorName, membership.actorType, membership.actorSector);
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
      addActor(graph, first.contextKey, first.contextName, 'Organisation', first.contextSector);
      for (const member of members) {
        if (member.actorKey !== first.contextKey) {
          rows.push({
            ...member,
            actorKey: first.contextKey,
            actorName: first.contextName,
            actorType: 'Organisation',
            actorSector: first.contextSector,
          });
        }
      }
    }
    const byActor = new Map<string, Membership[]>();
    for (const row of rows) byActor.set(row.actorKey, [...(byActor.get(row.actorKey) ?? []), row]);
    const actors = [...byActor.keys()].sort();
    const tie = (a: string, b: string) =>
      addSharedContext(graph, a, b, first, [...(byActor.get(a) ?? []), ...(byActor.get(b) ?? [])]);
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
  sector: string | null,
): void {
  if (!graph.hasNode(key)) graph.addNode(key, { key, label, type, sector });
}

function addSharedContext(
  graph: CoCreationGraph,
  a: string,
  b: string,
  context: Membership,
  rows: readonly Membership[],
): void {
  const dates = rows.map((row) => row.date).filter((date): date is string => date !== null);
  const shared: SharedContext = {
    key: context.contextKey,
    name: context.contextName,
    kind: context.contextKind,
    type: context.contextType,
    date: dates.length === 0 ? null : (dates.sort()[0] ?? null),
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
      lastDate: shared.date,
    });
    return;
  }
  if (existing.contexts.some((c) => c.key === shared.key)) return;
  existing.contexts.push(shared);
  existing.weight = existing.contexts.length;
  if (shared.date !== null) {
    if (existing.firstDate === null || shared.date < existing.firstDate) existing.firstDate = shared.date;
    if (existing.lastDate === null || shared.date > existing.lastDate) existing.lastDate = shared.date;
  }
}
