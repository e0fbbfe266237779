// The network the state asks for, from the API: the co-creation network of a scope (or of the whole
// graph) or the ego network of an entity, with the words the status line shows about it and the
// operation behind it (for "open in playground").
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { ExplorerCoCreationDocument, ExplorerEgoNetworkDocument } from '../../src/generated/graphql';
import { windowOf, type ExplorerState } from './explorer-state';
import { graphql } from './graphql-client';
import { UI_WORDS, fill } from './labels';
import type { ApiEdge, ApiNode } from './network-graph';

export interface LoadedNetwork {
  nodes: ApiNode[];
  edges: ApiEdge[];
  status: string;
  modularity: string;
  operation: { document: TypedDocumentNode<unknown, unknown>; variables: unknown };
}

/** At most this many ties are asked for per node kept (the API caps at 50 000). */
const EDGES_PER_NODE = 5;

/**
 * The operation behind the view. `positions`: ask the API to lay the co-creation network out (a fresh
 * drawing); a new year of the same drawing is laid out in the page from the places nodes had.
 */
export function networkOperation(state: ExplorerState, positions = true): LoadedNetwork['operation'] | null {
  if (state.view === 'ego') {
    if (state.centre === null) return null;
    return {
      document: ExplorerEgoNetworkDocument as TypedDocumentNode<unknown, unknown>,
      variables: {
        centre: state.centre,
        depth: state.depth,
        maxNodes: state.maxNodes,
        window: windowOf(state),
      },
    };
  }
  return {
    document: ExplorerCoCreationDocument as TypedDocumentNode<unknown, unknown>,
    variables: {
      scope: state.scope,
      window: windowOf(state),
      maxNodes: state.maxNodes,
      maxEdges: Math.min(50_000, Math.max(2000, state.maxNodes * EDGES_PER_NODE)),
      positions,
    },
  };
}

export async function loadNetwork(
  state: ExplorerState,
  signal: AbortSignal,
  positions = true,
): Promise<LoadedNetwork | null> {
  const operation = networkOperation(state, positions);
  if (operation === null) return null;
  const de = state.language === 'de';
  if (state.view === 'ego') {
    const variables = operation.variables as { centre: string; depth: number; maxNodes: number };
    const { egoNetwork } = await graphql(ExplorerEgoNetworkDocument, variables as never, signal);
    const omitted = egoNetwork.hops.reduce((sum, hop) => sum + hop.omitted, 0);
    return {
      nodes: egoNetwork.nodes as ApiNode[],
      edges: egoNetwork.edges as ApiEdge[],
      status:
        `${egoNetwork.nodes.length} ${de ? 'Knoten' : 'nodes'}, ${egoNetwork.edges.length} ${de ? 'Beziehungen' : 'edges'}` +
        (egoNetwork.truncated
          ? de
            ? ` (auf ${variables.maxNodes} Knoten begrenzt, ${omitted} schwächere Nachbarn ausgelassen)`
            : ` (cut at ${variables.maxNodes} nodes, ${omitted} weaker neighbours left out)`
          : ''),
      modularity: '',
      operation,
    };
  }
  const { coCreationNetwork: network } = await graphql(
    ExplorerCoCreationDocument,
    operation.variables as never,
    signal,
  );
  const cut = network.truncation;
  return {
    nodes: network.nodes as ApiNode[],
    edges: network.edges.map((edge) => ({ ...edge, evidence: [] })) as ApiEdge[],
    status:
      `${network.nodes.length} ${de ? 'Akteure' : 'actors'}, ${network.edges.length} ${de ? 'Verbindungen' : 'ties'}` +
      (cut.nodes
        ? de
          ? ` (die stärksten von ${cut.actorsInScope})`
          : ` (the strongest of ${cut.actorsInScope})`
        : '') +
      (cut.edges
        ? de
          ? `, ausgewählt aus ${cut.tiesAmongKept} Verbindungen`
          : `, chosen from ${cut.tiesAmongKept} ties`
        : ''),
    modularity:
      network.modularity === null || network.modularity === undefined
        ? ''
        : fill(UI_WORDS.modularity[state.language], {
            value: network.modularity.toLocaleString(state.language, { maximumFractionDigits: 2 }),
          }),
    operation,
  };
}
