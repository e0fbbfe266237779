import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import cytoscape from 'cytoscape';
import { PROJECT_ROOT } from '../../src/shared/project-paths';
import { useApiTestServer } from '../utils/api-test-server';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
interface Counts {
  nodes: number;
  edges: number;
  quotes: number;
}

const SCHEMAS = join(PROJECT_ROOT, '..', 'shared', 'schemas');
const READER = join(PROJECT_ROOT, 'test', 'utils', 'read-export.py');
const EGO = { query: 'view=ego&actor=christian-huttenloher&depth=2', actor: 'christian-huttenloher' };
const CO_CREATION = { query: 'view=co-creation&scope=gfdq', scope: 'gfdq' };

/** xmllint --schema against the formats' own XSDs (../shared/schemas). */
function validate(file: string, schema: 'graphml' | 'gexf'): { status: number | null; stderr: string } {
  const xsd =
    schema === 'graphml'
      ? join(SCHEMAS, 'graphml-1.0', 'graphml.xsd')
      : join(SCHEMAS, 'gexf-1.3', 'gexf.xsd');
  const result = spawnSync('xmllint', ['--noout', '--schema', xsd, file], { encoding: 'utf8' });
  return { status: result.status, stderr: result.stderr.trim() };
}

/** Counts as an independent consumer reads them (networkx, Python's csv). */
function readBack(format: string, file: string, edgesCsv?: string): Counts & { multigraph?: boolean } {
  const result = spawnSync('python3', [READER, format, file, ...(edgesCsv ? [edgesCsv] : [])], {
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`read-export.py ${format} failed: ${result.stderr}`);
  return JSON.parse(result.stdout) as Counts & { multigraph?: boolean };
}

describe('exports pass their formats schemas and lose nothing (issue 14)', () => {
  const api = useApiTestServer();
  const dir = mkdtempSync(join(tmpdir(), 'qn-export-fidelity-'));

  async function download(format: string, query: string): Promise<{ text: string; file: string }> {
    const response = await fetch(`${api.baseUrl}/export/${format}?${query}`);
    const text = await response.text();
    expect(response.status).toBe(200);
    const file = join(dir, `${readdirSync(dir).length}.${format}`);
    writeFileSync(file, text, 'utf8');
    return { text, file };
  }

  /** The GEXF 1.3 XSD declares viz elements in the main namespace (../shared/schemas/README.md). */
  function withVizInMainNamespace(text: string): string {
    const file = join(dir, `${readdirSync(dir).length}.viz-mapped.gexf`);
    writeFileSync(
      file,
      text.replace('xmlns:viz="http://gexf.net/1.3/viz"', 'xmlns:viz="http://gexf.net/1.3"'),
    );
    return file;
  }

  /** What the API answers for each view: nodes, edges and quotes. */
  async function apiCounts(view: 'ego' | 'co-creation' | 'graph'): Promise<Counts> {
    if (view === 'graph') {
      const { records } = await api.driver.executeQuery(
        `CALL { MATCH (n:Entity) RETURN count(n) AS nodes }
         CALL { MATCH (:Entity)-[r]->(:Entity) WHERE r.sources IS NOT NULL
                RETURN count(r) AS edges, sum(size(r.quotes)) AS quotes }
         RETURN nodes, edges, quotes`,
      );
      const record = records[0];
      return {
        nodes: Number(record?.get('nodes')),
        edges: Number(record?.get('edges')),
        quotes: Number(record?.get('quotes')),
      };
    }
    const query =
      view === 'ego'
        ? `{ network: egoNetwork(actor: "${EGO.actor}", depth: 2) { nodes { id } edges { id evidence { quote } } } }`
        : `{ network: coCreationNetwork(scope: "${CO_CREATION.scope}") { nodes { id } edges { id evidence { quote } } } }`;
    const network = (await api.graphql<Json>(query)).data?.network;
    return {
      nodes: network.nodes.length,
      edges: network.edges.length,
      quotes: network.edges.reduce((sum: number, edge: Json) => sum + edge.evidence.length, 0),
    };
  }

  const VIEWS = [
    ['ego', EGO.query],
    ['ego with layout', `${EGO.query}&layout=true&seed=3`],
    ['co-creation', CO_CREATION.query],
    ['co-creation with layout', `${CO_CREATION.query}&layout=true&seed=3`],
    ['graph', 'view=graph'],
  ] as const;

  it.each(VIEWS)('GraphML and GEXF of the %s view validate against their XSDs', async (_view, query) => {
    const graphml = await download('graphml', query);
    expect(validate(graphml.file, 'graphml')).toEqual({ status: 0, stderr: `${graphml.file} validates` });
    const gexf = await download('gexf', query);
    const mapped = withVizInMainNamespace(gexf.text);
    expect(validate(mapped, 'gexf')).toEqual({ status: 0, stderr: `${mapped} validates` });
  });

  it.each(['ego', 'co-creation', 'graph'] as const)(
    'every format of the %s view reads back with the API counts of nodes, edges and quotes',
    async (view) => {
      const query = view === 'ego' ? EGO.query : view === 'co-creation' ? CO_CREATION.query : 'view=graph';
      const expected = await apiCounts(view);
      expect(expected.quotes).toBeGreaterThan(expected.edges - 1);
      const counts = (format: string, file: string, edges?: string) => {
        const { nodes, edges: edgeCount, quotes } = readBack(format, file, edges);
        return { nodes, edges: edgeCount, quotes };
      };
      expect(counts('graphml', (await download('graphml', query)).file)).toEqual(expected);
      expect(counts('gexf', (await download('gexf', query)).file)).toEqual(expected);
      expect(counts('node-link', (await download('node-link', query)).file)).toEqual(expected);
      expect(
        counts('csv', (await download('csv-nodes', query)).file, (await download('csv-edges', query)).file),
      ).toEqual(expected);
      const cy = cytoscape({
        headless: true,
        elements: (JSON.parse((await download('cytoscape', query)).text) as Json).elements,
      });
      expect({
        nodes: cy.nodes().length,
        edges: cy.edges().length,
        quotes: cy.edges().reduce((sum, edge) => sum + (edge.data('quotes') as string[]).length, 0),
      }).toEqual(expected);
    },
  );

  it('keeps every quote of an edge, not only the first', async () => {
    const { records } = await api.driver.executeQuery(
      'MATCH ()-[r {key: "esf|CO_FUNDS|biwaq"}]->() RETURN r.quotes AS quotes',
    );
    const quotes = records[0]?.get('quotes') as string[];
    expect(quotes.length).toBeGreaterThanOrEqual(2);
    const nodeLink = JSON.parse((await download('node-link', 'view=graph')).text) as Json;
    const link = nodeLink.links.find((l: Json) => l.id === 'esf|CO_FUNDS|biwaq');
    expect(link.quotes).toEqual(quotes);
    expect(link.sources).toHaveLength(quotes.length);
  });

  it('declares node-link multigraphs with edge keys when edges are parallel, so networkx keeps them', async () => {
    const graph = await download('node-link', 'view=graph');
    const doc = JSON.parse(graph.text) as Json;
    const pairs = doc.links.map((l: Json) => `${l.source}>${l.target}`);
    expect(new Set(pairs).size).toBeLessThan(pairs.length);
    expect(doc.multigraph).toBe(true);
    expect(doc.links.every((l: Json) => l.key === l.id)).toBe(true);
    expect(readBack('node-link', graph.file)).toMatchObject({ edges: doc.links.length, multigraph: true });
    const coCreation = JSON.parse((await download('node-link', CO_CREATION.query)).text) as Json;
    expect(coCreation.multigraph).toBe(false);
  });

  it('writes GEXF spells as intervals: a 2019-2022 partnership spans its years, an open end stays open', async () => {
    const { text } = await download('gexf', 'view=graph');
    const spells = [...text.matchAll(/<edge id="([^"]+)"[^>]*?(?: start="([^"]+)")?(?: end="([^"]+)")?>/g)];
    const partnership = spells.find(([, id]) => id?.includes('|PARTNER_IN|'));
    expect(partnership?.[2]).toMatch(/^2019/);
    expect(partnership?.[3]).toMatch(/^2022/);
    expect(spells.some(([, , start, end]) => start !== undefined && end === undefined)).toBe(true);
  });
});
