// An example front end's data layer on quartiersnetz (docs/front-end.md walks through it): fetch a
// network with typed operations generated from the API's schema, then hand it to a drawing library.
// Nothing here is quartiersnetz-internal: a client project copies this folder and its codegen.yml.
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { MultiDirectedGraph } from 'graphology';
import { print } from 'graphql';
import {
  CoCreationDocument,
  NeighbourhoodDocument,
  type CoCreationQueryVariables,
  type DrawnEdgeFragment,
  type DrawnNodeFragment,
  type NeighbourhoodQueryVariables,
} from './generated';

/** A drawable network as the API answers it. */
export interface DrawableNetwork {
  readonly truncated: boolean;
  readonly nodes: readonly DrawnNodeFragment[];
  readonly edges: readonly DrawnEdgeFragment[];
}

/** An error the API answered, with its `extensions.code` (BAD_USER_INPUT, NOT_FOUND, TIMEOUT, ...). */
export class QuartiersnetzError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
    this.name = 'QuartiersnetzError';
  }
}

/** POSTs one typed operation to `${endpoint}` (e.g. http://localhost:4000/graphql). */
export async function request<Result, Variables>(
  endpoint: string,
  document: TypedDocumentNode<Result, Variables>,
  variables: Variables,
): Promise<Result> {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: print(document), variables }),
  });
  const body = (await response.json()) as {
    data?: Result;
    errors?: { message: string; extensions?: { code?: string } }[];
  };
  const error = body.errors?.[0];
  if (error !== undefined) throw new QuartiersnetzError(error.message, error.extensions?.code);
  if (body.data === undefined)
    throw new QuartiersnetzError(`HTTP ${response.status} without data`, undefined);
  return body.data;
}

export async function fetchCoCreation(
  endpoint: string,
  variables: CoCreationQueryVariables = {},
): Promise<DrawableNetwork> {
  return (await request(endpoint, CoCreationDocument, variables)).coCreationNetwork;
}

export async function fetchNeighbourhood(
  endpoint: string,
  variables: NeighbourhoodQueryVariables,
): Promise<DrawableNetwork> {
  return (await request(endpoint, NeighbourhoodDocument, variables)).egoNetwork;
}

/**
 * For sigma.js (and graphology's metrics): a multigraph, because two relations between the same pair
 * are two edges; x and y are where sigma draws a node.
 */
export function toGraphology(network: DrawableNetwork): MultiDirectedGraph {
  const graph = new MultiDirectedGraph();
  for (const node of network.nodes)
    graph.addNode(node.id, {
      ...node,
      x: node.x ?? 0,
      y: node.y ?? 0,
      size: 3 + Math.sqrt(node.weightedDegree ?? 1),
    });
  for (const edge of network.edges) graph.addEdgeWithKey(edge.id, edge.source, edge.target, { ...edge });
  return graph;
}

/** For cytoscape.js: elements with preset positions (`layout: { name: 'preset' }`). */
export function toCytoscape(network: DrawableNetwork): {
  group: 'nodes' | 'edges';
  data: Record<string, unknown> & { id: string };
  position?: { x: number; y: number };
}[] {
  return [
    ...network.nodes.map((node) => ({
      group: 'nodes' as const,
      data: { ...node },
      ...(node.x === null || node.x === undefined || node.y === null || node.y === undefined
        ? {}
        : { position: { x: node.x, y: node.y } }),
    })),
    ...network.edges.map((edge) => ({ group: 'edges' as const, data: { ...edge } })),
  ];
}

/**
 * For d3-force: nodes and links (d3 replaces source and target by the node objects when the simulation
 * starts); fx/fy pin the API's positions, leave them out to let d3 move the nodes from there.
 */
export function toD3Force(network: DrawableNetwork): {
  nodes: (DrawnNodeFragment & { fx?: number; fy?: number })[];
  links: (DrawnEdgeFragment & { value: number })[];
} {
  return {
    nodes: network.nodes.map((node) => ({
      ...node,
      ...(typeof node.x === 'number' && typeof node.y === 'number' ? { fx: node.x, fy: node.y } : {}),
    })),
    links: network.edges.map((edge) => ({ ...edge, value: edge.weight })),
  };
}
