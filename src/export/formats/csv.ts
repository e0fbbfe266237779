import { attributeText, type NetworkSnapshot } from '../network-snapshot';

/** RFC 4180 field: quoted when it holds a comma, quote or line break; formula-like text defused. */
export function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  // Spreadsheets run cells starting with = + - @ as formulas; a leading apostrophe keeps them text.
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The node list as CSV (Gephi's "Nodes table" import: id, label, then the attributes). */
export async function* serializeNodesCsv(snapshot: NetworkSnapshot): AsyncIterable<string> {
  const columns = snapshot.nodeAttributes.map((a) => a.id);
  yield `${['id', 'label', ...columns, 'start', 'end', 'x', 'y'].join(',')}\n`;
  for await (const node of snapshot.nodes) {
    yield `${[node.id, node.label, ...columns.map((c) => attributeText(node.attributes[c] ?? null)), node.start, node.end, node.position?.x, node.position?.y].map(csvField).join(',')}\n`;
  }
}

/** The edge list as CSV (Gephi's "Edges table": source, target, type, weight, then the attributes). */
export async function* serializeEdgesCsv(snapshot: NetworkSnapshot): AsyncIterable<string> {
  const columns = snapshot.edgeAttributes.map((a) => a.id);
  yield `${['id', 'source', 'target', 'type', 'weight', ...columns, 'start', 'end'].join(',')}\n`;
  for await (const edge of snapshot.edges) {
    yield `${[edge.id, edge.source, edge.target, edge.type, edge.weight, ...columns.map((c) => attributeText(edge.attributes[c] ?? null)), edge.start, edge.end].map(csvField).join(',')}\n`;
  }
}
