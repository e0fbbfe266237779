import cytoscape from 'cytoscape';
import {
  QuartiersnetzError,
  fetchCoCreation,
  fetchNeighbourhood,
  toCytoscape,
  toD3Force,
  toGraphology,
} from '../../examples/front-end/network-client';
import { useApiTestServer } from '../utils/api-test-server';

// The example front end of docs/front-end.md against the real API: what a client project copies must work.
describe('the example front end (examples/front-end)', () => {
  // Caches off: the second request lays the network out again, so equal positions mean a seeded layout.
  const api = useApiTestServer({ env: { ANALYTICS_CACHE_MB: '0' } });
  const endpoint = () => `${api.baseUrl}/graphql`;

  it('draws the co-creation overview at the positions the API laid out, the same for the same seed', async () => {
    const network = await fetchCoCreation(endpoint());
    expect(network.nodes.length).toBeGreaterThan(10);
    for (const node of network.nodes) {
      expect(Number.isFinite(node.x)).toBe(true);
      expect(Number.isFinite(node.y)).toBe(true);
    }
    // Not all in one spot: a layout spreads the nodes.
    const xs = network.nodes.map((node) => node.x as number);
    expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(1);
    const again = await fetchCoCreation(endpoint());
    expect(again.nodes.map((node) => [node.id, node.x, node.y])).toEqual(
      network.nodes.map((node) => [node.id, node.x, node.y]),
    );

    const graph = toGraphology(network);
    expect(graph.order).toBe(network.nodes.length);
    expect(graph.size).toBe(network.edges.length);
    const first = network.nodes[0]!;
    expect(graph.getNodeAttributes(first.id)).toMatchObject({ x: first.x, y: first.y, type: first.type });
  });

  it('keeps parallel relations as two edges in graphology, cytoscape.js and d3-force', async () => {
    const network = await fetchNeighbourhood(endpoint(), { key: 'biwaq' });
    const pairs = new Set(network.edges.map((edge) => `${edge.source}>${edge.target}`));
    // The seed states two relations between some pair around BIWAQ (the ESF funds and co-funds it).
    expect(pairs.size).toBeLessThan(network.edges.length);

    expect(toGraphology(network).size).toBe(network.edges.length);

    const cy = cytoscape({ headless: true, elements: toCytoscape(network), layout: { name: 'preset' } });
    expect(cy.nodes().length).toBe(network.nodes.length);
    expect(cy.edges().length).toBe(network.edges.length);
    const centre = network.nodes.find((node) => node.id === 'biwaq')!;
    expect(cy.getElementById('biwaq').position()).toEqual({ x: centre.x, y: centre.y });
    cy.destroy();

    const d3 = toD3Force(network);
    const ids = new Set(d3.nodes.map((node) => node.id));
    expect(d3.links.every((link) => ids.has(link.source) && ids.has(link.target))).toBe(true);
    expect(d3.links).toHaveLength(network.edges.length);
    expect(d3.nodes.every((node) => typeof node.fx === 'number' && typeof node.fy === 'number')).toBe(true);
  });

  it('filters by entity type with the enum and reports the API error code', async () => {
    const organisations = await fetchNeighbourhood(endpoint(), { key: 'bmi', nodeTypes: ['Organisation'] });
    expect(new Set(organisations.nodes.map((node) => node.type))).toEqual(new Set(['Organisation']));

    const missing = fetchNeighbourhood(endpoint(), { key: 'plan zwei' });
    await expect(missing).rejects.toBeInstanceOf(QuartiersnetzError);
    await expect(missing).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
