import { attributeText, type ExportAttribute, type NetworkSnapshot } from '../network-snapshot';
import { xmlEscape } from './xml-escape';

const GRAPHML_TYPES: Record<ExportAttribute['type'], string> = {
  string: 'string',
  integer: 'long',
  double: 'double',
  boolean: 'boolean',
  strings: 'string',
};

/**
 * GraphML ids (graph, node, edge, key) are xs:NMTOKEN: letters, digits and `. - _ :` only. Entity keys
 * are slugs already; relationship keys (`from|TYPE|to`) get `:` for `|` (no key holds a colon, so the
 * mapping is one-to-one), anything else outside NMTOKEN becomes `_`. Edges keep their API id in `key`.
 */
export function graphmlId(id: string): string {
  const token = id.replace(/\|/g, ':').replace(/[^\p{L}\p{N}._:-]/gu, '_');
  return token === '' ? '_' : token;
}

/** GraphML (graphml.graphdrawing.org) with typed attribute keys: opens in Gephi, yEd, Cytoscape, networkx. */
export async function* serializeGraphml(snapshot: NetworkSnapshot): AsyncIterable<string> {
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n';
  const keys = [
    { for: 'node', id: 'label', type: 'string' as const },
    { for: 'node', id: 'x', type: 'double' as const },
    { for: 'node', id: 'y', type: 'double' as const },
    { for: 'node', id: 'start', type: 'string' as const },
    { for: 'node', id: 'end', type: 'string' as const },
    ...snapshot.nodeAttributes.map((a) => ({ for: 'node', ...a })),
    { for: 'edge', id: 'key', type: 'string' as const },
    { for: 'edge', id: 'type', type: 'string' as const },
    { for: 'edge', id: 'weight', type: 'double' as const },
    { for: 'edge', id: 'start', type: 'string' as const },
    { for: 'edge', id: 'end', type: 'string' as const },
    ...snapshot.edgeAttributes.map((a) => ({ for: 'edge', ...a })),
  ];
  for (const key of keys) {
    yield `  <key id="${graphmlId(`${key.for}_${key.id}`)}" for="${key.for}" attr.name="${xmlEscape(key.id)}" attr.type="${GRAPHML_TYPES[key.type]}"/>\n`;
  }
  yield `  <graph id="${graphmlId(snapshot.title)}" edgedefault="${snapshot.directed ? 'directed' : 'undirected'}">\n`;
  yield `    <desc>${xmlEscape(snapshot.title)}</desc>\n`;
  for await (const node of snapshot.nodes) {
    let data = `<data key="node_label">${xmlEscape(node.label)}</data>`;
    if (node.position !== undefined)
      data += `<data key="node_x">${node.position.x}</data><data key="node_y">${node.position.y}</data>`;
    data += dataElements('node', { start: node.start ?? null, end: node.end ?? null, ...node.attributes });
    yield `    <node id="${graphmlId(node.id)}">${data}</node>\n`;
  }
  for await (const edge of snapshot.edges) {
    const data = `<data key="edge_key">${xmlEscape(edge.id)}</data><data key="edge_type">${xmlEscape(edge.type)}</data><data key="edge_weight">${edge.weight}</data>${dataElements('edge', { start: edge.start ?? null, end: edge.end ?? null, ...edge.attributes })}`;
    yield `    <edge id="${graphmlId(edge.id)}" source="${graphmlId(edge.source)}" target="${graphmlId(edge.target)}">${data}</edge>\n`;
  }
  yield '  </graph>\n</graphml>\n';
}

function dataElements(
  prefix: string,
  attributes: Readonly<Record<string, Parameters<typeof attributeText>[0] | undefined>>,
): string {
  let out = '';
  for (const [name, value] of Object.entries(attributes)) {
    const text = value === undefined ? null : attributeText(value);
    if (text !== null) out += `<data key="${graphmlId(`${prefix}_${name}`)}">${xmlEscape(text)}</data>`;
  }
  return out;
}
