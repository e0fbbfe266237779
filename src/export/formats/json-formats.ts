import type { NetworkSnapshot } from '../network-snapshot';

/** Cytoscape.js elements JSON: `{ "elements": { "nodes": [{ "data": ... }], "edges": [...] } }`. */
export async function* serializeCytoscapeJson(snapshot: NetworkSnapshot): AsyncIterable<string> {
  yield `{"data":{"name":${JSON.stringify(snapshot.title)},"directed":${snapshot.directed}},"elements":{"nodes":[`;
  let first = true;
  for await (const node of snapshot.nodes) {
    const element: Record<string, unknown> = {
      data: {
        id: node.id,
        label: node.label,
        ...node.attributes,
        start: node.start ?? null,
        end: node.end ?? null,
      },
    };
    if (node.position !== undefined) element.position = node.position;
    yield `${first ? '' : ','}\n${JSON.stringify(element)}`;
    first = false;
  }
  yield '],"edges":[';
  first = true;
  for await (const edge of snapshot.edges) {
    const data = {
      id: edge.id,
      source: edge.source,
      target: edge.target,
      type: edge.type,
      weight: edge.weight,
      ...edge.attributes,
      start: edge.start ?? null,
      end: edge.end ?? null,
    };
    yield `${first ? '' : ','}\n${JSON.stringify({ data })}`;
    first = false;
  }
  yield ']}}\n';
}

/** Plain node-link JSON as networkx's node_link_data writes it (`nodes`, `links`). */
export async function* serializeNodeLinkJson(snapshot: NetworkSnapshot): AsyncIterable<string> {
  // A multigraph's links carry `key` (networkx keeps parallel edges apart by it); a simple graph's do not.
  yield `{"directed":${snapshot.directed},"multigraph":${snapshot.multigraph},"graph":{"name":${JSON.stringify(snapshot.title)}},"nodes":[`;
  let first = true;
  for await (const node of snapshot.nodes) {
    yield `${first ? '' : ','}\n${JSON.stringify({ id: node.id, label: node.label, ...node.attributes, start: node.start ?? null, end: node.end ?? null, ...(node.position ?? {}) })}`;
    first = false;
  }
  yield '],"links":[';
  first = true;
  for await (const edge of snapshot.edges) {
    const key = snapshot.multigraph ? { key: edge.id } : {};
    yield `${first ? '' : ','}\n${JSON.stringify({ id: edge.id, ...key, source: edge.source, target: edge.target, type: edge.type, weight: edge.weight, ...edge.attributes, start: edge.start ?? null, end: edge.end ?? null })}`;
    first = false;
  }
  yield ']}\n';
}
