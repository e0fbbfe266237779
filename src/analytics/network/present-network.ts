import type { ActorMetrics } from '../metrics/actor-metrics';
import type {
  EvidenceItem,
  NetworkEdge,
  NetworkNode,
  SharedContext as SharedContextType,
} from '../analytics.types';
import type { CoCreationGraph, SharedContext } from './co-creation-graph';
import type { MembershipEvidence } from './membership';

/** The sector of an actor with exactly one; null when unknown or several (NetworkNode.sectors has them). */
export function soleSector(sectors: readonly string[]): string | null {
  return sectors.length === 1 ? (sectors[0] as string) : null;
}

/** Flattens relationship evidence into one item per source. */
export function evidenceItems(
  evidence: readonly MembershipEvidence[],
  actorKey: string | null = null,
): EvidenceItem[] {
  return evidence.flatMap((e) =>
    e.sources.map((sourceKey, index) => ({
      actorKey: (e as { actorKey?: string }).actorKey ?? actorKey,
      relationType: e.type,
      sourceKey,
      sourceTitle: e.sourceTitles[index] ?? '',
      quote: e.quotes[index] ?? '',
      ...evidenceKind(e.locators?.[index]),
    })),
  );
}

/** QUOTE: checked against the source's text; CITATION: a locator in a cited document, not checked. */
function evidenceKind(locator: string | undefined): Pick<EvidenceItem, 'kind' | 'locator'> {
  return locator === undefined || locator === ''
    ? { kind: 'QUOTE', locator: null }
    : { kind: 'CITATION', locator };
}

export function presentContext(context: SharedContext): SharedContextType {
  return {
    key: context.key,
    name: context.name,
    kind: context.kind,
    type: context.type,
    date: context.date,
    until: context.until,
    evidence: evidenceItems(context.evidence),
  };
}

/** A node of the co-creation graph, with its metrics when computed. */
export function presentActor(graph: CoCreationGraph, key: string, metrics?: ActorMetrics): NetworkNode {
  const attributes = graph.getNodeAttributes(key);
  return {
    id: key,
    key,
    label: attributes.label,
    type: attributes.type,
    sector: soleSector(attributes.sectors),
    sectors: [...attributes.sectors],
    degree: graph.degree(key),
    weightedDegree: metrics?.weightedDegree ?? null,
    betweenness: metrics?.betweenness ?? null,
    closeness: metrics?.closeness ?? null,
    pageRank: metrics?.pageRank ?? null,
    community: metrics?.community ?? null,
    sectorSpan: metrics?.sectorSpan ?? null,
    participation: metrics?.participation ?? null,
    sectorMix: metrics?.sectorMix ?? null,
  };
}

export function presentTies(graph: CoCreationGraph): NetworkEdge[] {
  return graph.mapEdges((edge, attributes, source, target) => {
    const contexts = attributes.contexts.map(presentContext);
    return {
      id: edge,
      source,
      target,
      type: 'CO_CREATION',
      weight: attributes.weight,
      firstDate: attributes.firstDate,
      lastDate: attributes.lastDate,
      contexts,
      evidence: contexts.flatMap((context) => context.evidence),
    };
  });
}
