import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../src/shared/project-paths';
import { importSyntheticNetwork } from '../../src/generate/import-synthetic-network';
import { useApiTestServer } from '../utils/api-test-server';
import { deleteByKeyPrefix } from '../utils/graph-fingerprint';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
interface Reference {
  nodes: number;
  edges: number;
  deviation: Record<'degree' | 'weightedDegree' | 'betweenness' | 'closeness' | 'pageRank', number>;
  modularity: number | null;
  eiIndex: number | null;
}

const SCRIPT = join(PROJECT_ROOT, 'test', 'utils', 'reference-metrics.py');
/** Exact centralities, PageRank and modularity agree with networkx to this (issue 14). */
const TOLERANCE = 1e-9;
const NETWORK_FIELDS = 'modularity sectorMix { eiIndex } centrality { method pathLength }';

function networkx(doc: Json, pathLength: 'INVERSE_WEIGHT' | 'HOPS', dir: string): Reference {
  const file = join(dir, `network-${pathLength}-${Date.now()}.json`);
  writeFileSync(file, JSON.stringify(doc));
  const result = spawnSync('python3', [SCRIPT, file, pathLength], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`reference-metrics.py failed: ${result.stderr}`);
  return JSON.parse(result.stdout) as Reference;
}

describe('every metric agrees with networkx on the same edges (issue 14)', () => {
  const api = useApiTestServer();
  const dir = mkdtempSync(join(tmpdir(), 'qn-reference-'));

  async function network(args: string): Promise<Json> {
    const response = await api.graphql<Json>(
      `{ coCreationNetwork${args} { ${NETWORK_FIELDS} nodes { id degree weightedDegree betweenness closeness pageRank community sectors } edges { source target weight } } }`,
    );
    expect(response.errors).toBeUndefined();
    return response.data?.coCreationNetwork;
  }

  async function exported(query: string): Promise<Json> {
    const response = await fetch(`${api.baseUrl}/export/node-link?view=co-creation${query}`);
    expect(response.status).toBe(200);
    return (await response.json()) as Json;
  }

  function expectAgreement(reference: Reference, answer: Json): void {
    for (const [metric, deviation] of Object.entries(reference.deviation))
      expect({ metric, deviation: deviation <= TOLERANCE ? 'within' : deviation }).toEqual({
        metric,
        deviation: 'within',
      });
    expect(Math.abs((reference.modularity ?? 0) - (answer.modularity ?? 0))).toBeLessThanOrEqual(TOLERANCE);
    expect(reference.eiIndex).not.toBeNull();
    expect(Math.abs((reference.eiIndex ?? 0) - answer.sectorMix.eiIndex)).toBeLessThanOrEqual(TOLERANCE);
  }

  it('the seed, exported: degree, weighted degree, betweenness and closeness on 1 / weight, PageRank, modularity, E-I', async () => {
    const doc = await exported('');
    const answer = await network('');
    expect(answer.centrality).toEqual({ method: 'EXACT', pathLength: 'INVERSE_WEIGHT' });
    const reference = networkx(doc, 'INVERSE_WEIGHT', dir);
    expect({ nodes: reference.nodes, edges: reference.edges }).toEqual({
      nodes: answer.nodes.length,
      edges: answer.edges.length,
    });
    expectAgreement(reference, answer);
  });

  it('the seed with pathLength: HOPS, and the two lengths give different betweenness', async () => {
    const hops = await network('(pathLength: HOPS)');
    expect(hops.centrality.pathLength).toBe('HOPS');
    const doc = { nodes: hops.nodes, links: hops.edges };
    expectAgreement(networkx(doc, 'HOPS', dir), hops);
    const weighted = await network('');
    const differs = hops.nodes.some((node: Json) => {
      const other = weighted.nodes.find((n: Json) => n.id === node.id);
      return Math.abs(other.betweenness - node.betweenness) > 1e-6;
    });
    expect(differs).toBe(true);
  });

  describe('a generated S network (hubs and median actors), exported', () => {
    const seed = 100_000 + Math.floor(Math.random() * 800_000);
    const prefix = `syn-${seed}-1300-`;
    beforeAll(async () => {
      await importSyntheticNetwork({ driver: api.driver, actors: 1300, seed });
    }, 300_000);
    afterAll(async () => {
      await deleteByKeyPrefix(api.driver, prefix);
    }, 120_000);

    it('agrees to 1e-9 on the 400 strongest actors and 5000 of their ties', async () => {
      const args = '&maxNodes=400&maxEdges=5000';
      const doc = await exported(args);
      expect(doc.nodes.length).toBe(400);
      expect(doc.links.length).toBe(5000);
      const answer = await network('(maxNodes: 400, maxEdges: 5000)');
      expect(answer.centrality.method).toBe('EXACT');
      const degrees = doc.nodes
        .map((node: Json) => node.degree as number)
        .sort((a: number, b: number) => a - b);
      expect(degrees.at(-1)).toBeGreaterThan(3 * degrees[Math.floor(degrees.length / 2)]);
      expectAgreement(networkx(doc, 'INVERSE_WEIGHT', dir), answer);
    }, 120_000);
  });
});
