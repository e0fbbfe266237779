import { spearmanOfTop } from '../utils/spearman';
import { useApiTestServer } from '../utils/api-test-server';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('coCreationNetwork: methods, caps and cache through the API (seed)', () => {
  const api = useApiTestServer();
  const data = async (query: string) => {
    const response = await api.graphql<Json>(query);
    expect(response.errors).toBeUndefined();
    return response.data as Json;
  };
  const NODES = 'nodes { key betweenness closeness } centrality { method pivots errorBound confidence }';

  // On 29 actors AUTO is exact. Forced sampling with 25 of 29 pivots, four seeds: the median Spearman of
  // the top 10 must reach 0.9 and none fall below 0.8 (the seed's brokers come in nearly tied pairs,
  // 0.138, 0.126, 0.103, that one missing pivot can swap). The same check at size S is in
  // test/integration/co-creation-scale.int.test.ts.
  it('uses exact centralities on the seed and says so; sampled ones keep the ranking of the top 10', async () => {
    const exact = (await data(`{ coCreationNetwork { ${NODES} } }`)).coCreationNetwork;
    expect(exact.centrality).toMatchObject({ method: 'EXACT', errorBound: 0 });
    expect(exact.centrality.pivots).toBe(exact.nodes.length);
    const seeds = [42, 1, 2, 3];
    const sampled = await data(
      `{ ${seeds.map((seed) => `s${seed}: coCreationNetwork(centralityMethod: SAMPLED, pivots: 25, seed: ${seed}) { ${NODES} }`).join(' ')} }`,
    );
    const byKey = (nodes: Json[], field: string) =>
      Object.fromEntries(nodes.map((node) => [node.key as string, node[field] as number]));
    const agreement = seeds
      .map((seed) => {
        const network = sampled[`s${seed}`] as Json;
        expect(network.centrality.method).toBe('SAMPLED');
        expect(network.centrality.pivots).toBeLessThan(exact.nodes.length);
        expect(network.centrality.errorBound).toBeGreaterThan(0);
        return spearmanOfTop(byKey(exact.nodes, 'betweenness'), byKey(network.nodes, 'betweenness'), 10);
      })
      .sort((a, b) => a - b);
    expect(((agreement[1] as number) + (agreement[2] as number)) / 2).toBeGreaterThanOrEqual(0.9);
    expect(agreement[0]).toBeGreaterThanOrEqual(0.8);
  });

  it('caps edges with maxEdges and nodes with maxNodes, and says which cap cut', async () => {
    const { coCreationNetwork: all } = await data(
      '{ coCreationNetwork { edges { id weight } truncation { nodes edges actorsInScope tiesAmongKept } } }',
    );
    expect(all.truncation).toMatchObject({ nodes: false, edges: false });
    const { coCreationNetwork: cut } = await data(
      '{ coCreationNetwork(maxEdges: 10, maxNodes: 12) { truncated nodes { key } edges { id weight } truncation { nodes edges actorsInScope tiesAmongKept keptNodes keptEdges } } }',
    );
    expect(cut.truncated).toBe(true);
    expect(cut.truncation).toMatchObject({
      nodes: true,
      edges: true,
      actorsInScope: all.truncation.actorsInScope,
      keptNodes: 12,
      keptEdges: 10,
    });
    expect(cut.nodes).toHaveLength(12);
    expect(cut.edges).toHaveLength(10);
    expect(
      (await api.graphql('{ coCreationNetwork(maxEdges: 50001) { truncated } }')).errors?.[0]?.extensions,
    ).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'maxEdges' });
  });

  it('pages the long lists of a network with exact counts: contexts of a tie (newest first), alliances, context mixes', async () => {
    const full = (
      await data(
        '{ coCreationNetwork(seed: 5) { edges { id contextCount contexts(limit: 1000) { key date } } recurringAllianceCount recurringAlliances(limit: 10000) { actors contextCount } contextMixCount contexts(limit: 10000) { key actors } } }',
      )
    ).coCreationNetwork;
    const hub = [...full.edges].sort((a: Json, b: Json) => b.contextCount - a.contextCount)[0];
    expect(hub.contextCount).toBeGreaterThanOrEqual(2);
    expect(hub.contexts).toHaveLength(hub.contextCount);
    const dates = hub.contexts.map((c: Json) => c.date).filter((d: string | null) => d !== null);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(full.recurringAlliances).toHaveLength(full.recurringAllianceCount);
    // The seed has one recurring alliance (BMI and BBSR); the page below still must equal the whole list.
    expect(full.recurringAllianceCount).toBeGreaterThanOrEqual(1);
    expect(full.contexts).toHaveLength(full.contextMixCount);
    const actors = full.contexts.map((c: Json) => c.actors as number);
    expect(actors).toEqual([...actors].sort((a, b) => b - a));

    const paged = (
      await data(
        '{ coCreationNetwork(seed: 5) { edges { id contextCount contexts(limit: 1) { key } } recurringAllianceCount recurringAlliances(limit: 1) { actors } contextMixCount contexts(limit: 1) { key } } }',
      )
    ).coCreationNetwork;
    const pagedHub = paged.edges.find((edge: Json) => edge.id === hub.id);
    expect(pagedHub).toEqual({
      id: hub.id,
      contextCount: hub.contextCount,
      contexts: [{ key: hub.contexts[0].key }],
    });
    expect(paged.recurringAlliances).toEqual([{ actors: full.recurringAlliances[0].actors }]);
    expect(paged.recurringAllianceCount).toBe(full.recurringAllianceCount);
    expect(paged.contexts).toEqual([{ key: full.contexts[0].key }]);
    expect(paged.contextMixCount).toBe(full.contextMixCount);

    for (const [field, cap] of [
      ['edges { contexts(limit: 0) { key } }', 1000],
      ['edges { contexts(limit: 1001) { key } }', 1000],
      ['recurringAlliances(limit: 10001) { actors }', 10000],
      ['contexts(limit: 0) { key }', 10000],
    ] as const) {
      const refused = await api.graphql(`{ coCreationNetwork { ${field} } }`);
      // One error for the request, not one per edge.
      expect(refused.errors).toHaveLength(1);
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'limit' });
      expect(refused.errors?.[0]?.message).toContain(`to ${cap} (the cap)`);
    }
  });

  it('reads evidence only when the query selects it, and a network cached without evidence does not answer a query with it', async () => {
    const WITHOUT = '{ coCreationNetwork(seed: 7) { edges { id contexts { key } } } }';
    const WITH_FRAGMENT = `{ coCreationNetwork(seed: 7) { edges { id contexts { key ...Quotes } } } }
      fragment Quotes on SharedContext { evidence { sourceKey kind quote locator } }`;
    const without = (await data(WITHOUT)).coCreationNetwork;
    const withQuotes = (await data(WITH_FRAGMENT)).coCreationNetwork;
    expect(withQuotes.edges.map((edge: Json) => edge.id)).toEqual(without.edges.map((edge: Json) => edge.id));
    for (const edge of withQuotes.edges) {
      for (const context of edge.contexts) {
        expect(context.evidence.length).toBeGreaterThan(0);
        // A quote, or for a cited source a locator (issue 14).
        for (const item of context.evidence)
          expect((item.kind === 'QUOTE' ? item.quote : item.locator).trim()).not.toBe('');
      }
    }
    const edgeEvidence = (await data('{ coCreationNetwork(seed: 7) { edges { evidence { quote } } } }'))
      .coCreationNetwork.edges;
    expect(edgeEvidence.every((edge: Json) => edge.evidence.length > 0)).toBe(true);
  });

  it('answers a repeated request from the cache, and a write by any client makes it compute afresh', async () => {
    const QUERY = '{ coCreationNetwork(scope: "biwaq", seed: 11) { fromCache nodes { key label } } }';
    await data(QUERY);
    const again = (await data(QUERY)).coCreationNetwork;
    expect(again.fromCache).toBe(true);
    const before = again.nodes.find((node: Json) => node.key === 'bbsr').label;
    // A write that is not the API's own (as an import or a shell would make it).
    await api.driver.executeQuery('MATCH (o:Organisation {key: "bbsr"}) SET o.name = $name', {
      name: 'BBSR (renamed in a test)',
    });
    try {
      const after = (await data(QUERY)).coCreationNetwork;
      expect(after.fromCache).toBe(false);
      expect(after.nodes.find((node: Json) => node.key === 'bbsr').label).toBe('BBSR (renamed in a test)');
    } finally {
      await api.driver.executeQuery('MATCH (o:Organisation {key: "bbsr"}) SET o.name = $name', {
        name: before,
      });
    }
  });

  it('says per hop how many neighbours an ego network left out, keeping the strongest', async () => {
    const { egoNetwork } = await data(
      '{ egoNetwork(actor: "bmi", depth: 2, maxNodes: 4) { truncated nodes { key } hops { depth found kept omitted } } }',
    );
    expect(egoNetwork.truncated).toBe(true);
    expect(egoNetwork.nodes).toHaveLength(4);
    const [first] = egoNetwork.hops;
    expect(first.depth).toBe(1);
    expect(first.kept).toBe(3);
    expect(first.omitted).toBe(first.found - 3);
    expect(first.omitted).toBeGreaterThan(0);
    const { egoNetwork: whole } = await data(
      '{ egoNetwork(actor: "bmi", depth: 1, maxNodes: 1000) { truncated hops { found kept omitted } } }',
    );
    expect(whole).toMatchObject({
      truncated: false,
      hops: [{ found: first.found, kept: first.found, omitted: 0 }],
    });
  });

  it('says when paths were cut at limit', async () => {
    const { paths: all } = await data(
      '{ paths(from: "bmi", to: "duisburger-werkkiste", maxLength: 4) { truncated paths { length } } }',
    );
    expect(all.truncated).toBe(false);
    if (all.paths.length > 1) {
      const { paths: one } = await data(
        '{ paths(from: "bmi", to: "duisburger-werkkiste", maxLength: 4, limit: 1) { truncated limit paths { length } } }',
      );
      expect(one).toMatchObject({ truncated: true, limit: 1 });
      expect(one.paths).toHaveLength(1);
    }
  });
});
