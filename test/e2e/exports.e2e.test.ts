import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import cytoscape from 'cytoscape';
import { useApiTestServer } from '../utils/api-test-server';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Reads a GraphML or GEXF file with networkx (an independent consumer) and returns its counts. */
function networkxCounts(
  file: string,
  reader: 'read_graphml' | 'read_gexf',
): { nodes: number; edges: number } {
  const script = `import json, sys, networkx as nx\ng = nx.${reader}(sys.argv[1])\nprint(json.dumps({"nodes": g.number_of_nodes(), "edges": g.number_of_edges()}))`;
  const result = spawnSync('python3', ['-c', script, file], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`networkx ${reader} failed: ${result.stderr}`);
  return JSON.parse(result.stdout) as { nodes: number; edges: number };
}

/** Reads node-link JSON with networkx and CSV with Python's csv module: independent of our code. */
function pythonCounts(
  nodeLinkFile: string,
  nodesCsv: string,
  edgesCsv: string,
): { nodeLink: { nodes: number; edges: number }; csv: { nodes: number; edges: number } } {
  const script = [
    'import csv, json, sys, networkx as nx',
    'g = nx.node_link_graph(json.load(open(sys.argv[1])), edges="links")',
    'rows = lambda path: sum(1 for _ in csv.DictReader(open(path, newline="")))',
    'print(json.dumps({"nodeLink": {"nodes": g.number_of_nodes(), "edges": g.number_of_edges()}, "csv": {"nodes": rows(sys.argv[2]), "edges": rows(sys.argv[3])}}))',
  ].join('\n');
  const result = spawnSync('python3', ['-c', script, nodeLinkFile, nodesCsv, edgesCsv], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`python readers failed: ${result.stderr}`);
  return JSON.parse(result.stdout) as {
    nodeLink: { nodes: number; edges: number };
    csv: { nodes: number; edges: number };
  };
}

function xmllint(file: string): { status: number | null; stderr: string } {
  const args = ['--noout', file];
  const result = spawnSync('xmllint', args, { encoding: 'utf8' });
  return { status: result.status, stderr: result.stderr };
}

describe('exports', () => {
  const api = useApiTestServer();
  const dir = mkdtempSync(join(tmpdir(), 'qn-exports-'));
  const EGO = 'view=ego&actor=christian-huttenloher&depth=2';

  async function download(
    format: string,
    query: string,
  ): Promise<{ response: Response; text: string; file: string }> {
    const response = await fetch(`${api.baseUrl}/export/${format}?${query}`);
    const text = await response.text();
    const file = join(dir, `${format}-${readdirSync(dir).length}`);
    writeFileSync(file, text, 'utf8');
    return { response, text, file };
  }

  async function egoCounts(): Promise<{ nodes: number; edges: number }> {
    const response = await api.graphql<Json>(
      '{ egoNetwork(actor: "christian-huttenloher", depth: 2) { nodes { id } edges { id } } }',
    );
    return { nodes: response.data?.egoNetwork.nodes.length, edges: response.data?.egoNetwork.edges.length };
  }

  it('serves every format with its content type and a file name', async () => {
    const expected: Record<string, [string, string]> = {
      graphml: ['application/graphml+xml', 'graphml'],
      gexf: ['application/gexf+xml', 'gexf'],
      cytoscape: ['application/json', 'cyjs'],
      'node-link': ['application/json', 'json'],
      'csv-nodes': ['text/csv', 'nodes.csv'],
      'csv-edges': ['text/csv', 'edges.csv'],
    };
    for (const [format, [type, extension]] of Object.entries(expected)) {
      const { response } = await download(format, EGO);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain(type);
      expect(response.headers.get('content-disposition')).toBe(
        `attachment; filename="quartiersnetz-ego-christian-huttenloher.${extension}"`,
      );
    }
  });

  it('GraphML is well-formed and networkx reads the same counts as the API answers', async () => {
    const { file } = await download('graphml', EGO);
    expect(xmllint(file)).toMatchObject({ status: 0 });
    expect(networkxCounts(file, 'read_graphml')).toEqual(await egoCounts());
  });

  it('GEXF 1.3 is well-formed and networkx reads the same counts, with time intervals', async () => {
    const { file, text } = await download('gexf', 'view=co-creation&scope=gfdq');
    expect(xmllint(file)).toMatchObject({ status: 0 });
    const network = (
      await api.graphql<Json>('{ coCreationNetwork(scope: "gfdq") { nodes { id } edges { id } } }')
    ).data?.coCreationNetwork;
    expect(networkxCounts(file, 'read_gexf')).toEqual({
      nodes: network.nodes.length,
      edges: network.edges.length,
    });
    expect(text).toMatch(/<edge [^>]*start="2021-03-04"/);
  });

  it('Cytoscape JSON loads in headless cytoscape with the same counts', async () => {
    const { text } = await download('cytoscape', EGO);
    const cy = cytoscape({ headless: true, elements: (JSON.parse(text) as Json).elements });
    expect({ nodes: cy.nodes().length, edges: cy.edges().length }).toEqual(await egoCounts());
  });

  it('node-link JSON and CSV read back in networkx and Python csv with the same counts', async () => {
    const counts = await egoCounts();
    const python = pythonCounts(
      (await download('node-link', EGO)).file,
      (await download('csv-nodes', EGO)).file,
      (await download('csv-edges', EGO)).file,
    );
    expect(python).toEqual({ nodeLink: counts, csv: counts });
    const nodeLink = JSON.parse((await download('node-link', EGO)).text) as Json;
    expect({ nodes: nodeLink.nodes.length, edges: nodeLink.links.length }).toEqual(counts);
    const nodesCsv = (await download('csv-nodes', EGO)).text.trim().split('\n');
    const edgesCsv = (await download('csv-edges', EGO)).text.trim().split('\n');
    expect(nodesCsv[0]).toBe('id,label,type,sector,sectors,degree,start,end,x,y');
    expect({ nodes: nodesCsv.length - 1, edges: edgesCsv.length - 1 }).toEqual(counts);
  });

  it('exports the whole graph, streamed, and honours the time window', async () => {
    const all = JSON.parse((await download('node-link', 'view=graph')).text) as Json;
    const entities = await api.driver.executeQuery('MATCH (n:Entity) RETURN count(n) AS n');
    expect(all.nodes).toHaveLength(entities.records[0]?.get('n'));
    const later = JSON.parse((await download('node-link', 'view=graph&from=2023-01-01')).text) as Json;
    // Ties that ended in 2022 (the Duisburg partnership) are not in a 2023 window.
    expect(later.links.length).toBeLessThan(all.links.length);
    expect(later.links.some((l: Json) => l.type === 'PARTNER_IN')).toBe(false);
  });

  it('computes a reproducible ForceAtlas2 layout on request', async () => {
    const first = JSON.parse((await download('cytoscape', `${EGO}&layout=true&seed=7`)).text) as Json;
    const second = JSON.parse((await download('cytoscape', `${EGO}&layout=true&seed=7`)).text) as Json;
    const positions = (doc: Json) => doc.elements.nodes.map((n: Json) => n.position);
    expect(positions(first)[0]).toEqual({ x: expect.any(Number), y: expect.any(Number) });
    expect(positions(second)).toEqual(positions(first));
  });

  it('refuses bad parameters with a clear code', async () => {
    const unknown = await fetch(`${api.baseUrl}/export/pdf?view=graph`);
    expect(unknown.status).toBe(404);
    const badView = await fetch(`${api.baseUrl}/export/graphml?view=everything`);
    expect(badView.status).toBe(400);
    expect(((await badView.json()) as Json).error).toMatchObject({ code: 'BAD_USER_INPUT' });
    const noActor = await fetch(`${api.baseUrl}/export/graphml?view=ego`);
    expect(((await noActor.json()) as Json).error.message).toContain('Argument "actor"');
    const tooDeep = await fetch(`${api.baseUrl}/export/graphml?view=ego&actor=bmi&depth=9`);
    expect(tooDeep.status).toBe(400);
  });

  it('escapes XML and defuses spreadsheet formulas', async () => {
    const { text } = await download('graphml', 'view=graph');
    expect(text).toContain('Raumordnung e.V.');
    expect(text).not.toMatch(/<data[^>]*>[^<]*&(?!amp;|lt;|gt;|quot;|apos;)/);
  });
});
