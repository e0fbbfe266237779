import { csvField } from '../../src/export/formats/csv';
import { serializeGraphml } from '../../src/export/formats/graphml';
import { xmlEscape } from '../../src/export/formats/xml-escape';
import { fromArray, type NetworkSnapshot } from '../../src/export/network-snapshot';

async function collect(chunks: AsyncIterable<string>): Promise<string> {
  let text = '';
  for await (const chunk of chunks) text += chunk;
  return text;
}

describe('export formats', () => {
  it('quotes CSV fields per RFC 4180 and defuses formulas', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField(-3)).toBe('-3');
    expect(csvField(null)).toBe('');
  });

  it('escapes XML and drops characters XML forbids', () => {
    expect(xmlEscape('a < b & "c" \u0001')).toBe('a &lt; b &amp; &quot;c&quot; ');
  });

  it('writes GraphML keys with their types and every node and edge', async () => {
    const snapshot: NetworkSnapshot = {
      title: 't',
      directed: false,
      multigraph: false,
      nodeAttributes: [{ id: 'degree', type: 'integer' }],
      edgeAttributes: [],
      nodes: fromArray([
        { id: 'a', label: 'A & B', attributes: { degree: 1 } },
        { id: 'b', label: 'B', attributes: { degree: 1 } },
      ]),
      edges: fromArray([
        { id: 'a--b', source: 'a', target: 'b', type: 'CO_CREATION', weight: 2, attributes: {} },
      ]),
    };
    const xml = await collect(serializeGraphml(snapshot));
    expect(xml).toContain('<key id="node_degree" for="node" attr.name="degree" attr.type="long"/>');
    expect(xml).toContain('<graph id="t" edgedefault="undirected">');
    expect(xml).toContain(
      '<node id="a"><data key="node_label">A &amp; B</data><data key="node_degree">1</data></node>',
    );
    expect(xml).toContain(
      '<edge id="a--b" source="a" target="b"><data key="edge_key">a--b</data><data key="edge_type">CO_CREATION</data><data key="edge_weight">2</data></edge>',
    );
  });
});
