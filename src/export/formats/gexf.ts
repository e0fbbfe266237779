import {
  attributeText,
  type ExportAttribute,
  type ExportValue,
  type NetworkSnapshot,
} from '../network-snapshot';
import { xmlEscape } from './xml-escape';

const GEXF_TYPES: Record<ExportAttribute['type'], string> = {
  string: 'string',
  integer: 'long',
  double: 'double',
  boolean: 'boolean',
  // JSON text: networkx and Gephi read GEXF's liststring differently.
  strings: 'string',
};

/**
 * GEXF 1.3 (gexf.net) with node and edge attributes and time intervals (start/end as dates), so
 * that Gephi's timeline can replay the network.
 */
export async function* serializeGexf(snapshot: NetworkSnapshot): AsyncIterable<string> {
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">\n';
  yield `  <meta><creator>quartiersnetz</creator><description>${xmlEscape(snapshot.title)}</description></meta>\n`;
  yield `  <graph defaultedgetype="${snapshot.directed ? 'directed' : 'undirected'}" mode="dynamic" timeformat="date">\n`;
  yield '    <attributes class="node" mode="static">\n';
  for (const attribute of snapshot.nodeAttributes)
    yield `      <attribute id="${xmlEscape(attribute.id)}" title="${xmlEscape(attribute.id)}" type="${GEXF_TYPES[attribute.type]}"/>\n`;
  yield '    </attributes>\n    <attributes class="edge" mode="static">\n';
  yield '      <attribute id="type" title="type" type="string"/>\n';
  for (const attribute of snapshot.edgeAttributes)
    yield `      <attribute id="${xmlEscape(attribute.id)}" title="${xmlEscape(attribute.id)}" type="${GEXF_TYPES[attribute.type]}"/>\n`;
  yield '    </attributes>\n    <nodes>\n';
  for await (const node of snapshot.nodes) {
    const position =
      node.position === undefined
        ? ''
        : `<viz:position x="${node.position.x}" y="${node.position.y}" z="0"/>`;
    yield `      <node id="${xmlEscape(node.id)}" label="${xmlEscape(node.label)}"${interval(node.start, node.end)}>${attvalues(node.attributes)}${position}</node>\n`;
  }
  yield '    </nodes>\n    <edges>\n';
  for await (const edge of snapshot.edges) {
    yield `      <edge id="${xmlEscape(edge.id)}" source="${xmlEscape(edge.source)}" target="${xmlEscape(edge.target)}" weight="${edge.weight}"${interval(edge.start, edge.end)}>${attvalues({ type: edge.type, ...edge.attributes })}</edge>\n`;
  }
  yield '    </edges>\n  </graph>\n</gexf>\n';
}

function interval(start: string | null | undefined, end: string | null | undefined): string {
  return `${start ? ` start="${xmlEscape(start)}"` : ''}${end ? ` end="${xmlEscape(end)}"` : ''}`;
}

function attvalues(attributes: Readonly<Record<string, ExportValue>>): string {
  let values = '';
  for (const [name, value] of Object.entries(attributes)) {
    const text = attributeText(value);
    if (text !== null) values += `<attvalue for="${xmlEscape(name)}" value="${xmlEscape(text)}"/>`;
  }
  return values === '' ? '' : `<attvalues>${values}</attvalues>`;
}
