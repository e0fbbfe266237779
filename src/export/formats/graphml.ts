import type { ExportAttribute, NetworkSnapshot } from '../network-snapshot';
import { xmlEscape } from './xml-escape';

const GRAPHML_TYPES: Record<ExportAttribute['type'], string> = {
  string: 'string',
  integer: 'long',
  double: 'double',
  boolean: 'boolean',
};

/** GraphML (graphml.graphdrawing.org) with typed attribute keys: opens in Gephi, yEd, Cytoscape, networkx. */
export async function* serializeGraphml(snapshot: NetworkSnapshot): AsyncIterable<string> {
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n';
  const keys = [
    { for: 'node', id: 'label', type: 'string' as const },
    { for: 'node', id: 'x', type: 'double' as const },
    { for: 'node', id: 'y', type: 'double' as const },
    ...snapshot.nodeAttributes.map((a) => ({ for: 'node', ...a })),
    { for: 'edge', id: 'type', type: 'string' as const },
    { for: 'edge', id: 'weight', type: 'double' as const },
    ...snapshot.edgeAttributes.map((a) => ({ for: 'edge', ...a })),
  ];
  for (const key of keys) {
    yield `  <key id="${key.for}_${xmlEscape(key.id)}" for="${key.for}" attr.name="${xmlEscape(key.id)}" attr.type="${GRAPHML_TYPES[key.type]}"/>\n`;
  }
  yield `  <graph id="${xmlEscape(snapshot.title)}" edgedefault="${snapshot.directed ? 'directed' : 'undirected'}">\n`;
  for await (const node of snapshot.nodes) {
    let data = `<data key="node_label">${xmlEscape(node.label)}</data>`;
    if (node.position !== undefined)
      data += `<data key="node_x">${node.position.x}</data><data key="node_y">${node.position.y}</data>`;
    data += dataElements('node', node.attributes);
    yield `    <node id="${xmlEscape(node.id)}">${data}</node>\n`;
  }
  for await (const edge of snapshot.edges) {
    const data = `<data key="edge_type">${xmlEscape(edge.type)}</data><data key="edge_weight">${edge.weight}</data>${dataElements('edge', edge.attributes)}`;
    yield `    <edge id="${xmlEscape(edge.id)}" source="${xmlEscape(edge.source)}" target="${xmlEscape(edge.target)}">${data}</edge>\n`;
  }
  yield '  </graph>\n</graphml>\n';
}

function dataElements(prefix: string, attributes: Readonly<Record<string, unknown>>): string {
  return Object.entries(attributes)
    .filter(([, value]) => value !== null && value !== undefined)
    .map(([name, value]) => `<data key="${prefix}_${xmlEscape(name)}">${xmlEscape(value)}</data>`)
    .join('');
}
