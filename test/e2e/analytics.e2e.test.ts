import { useApiTestServer } from '../utils/api-test-server';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('network analytics on the seeded case study', () => {
  const api = useApiTestServer();

  async function data(query: string, variables?: Record<string, unknown>): Promise<Json> {
    const response = await api.graphql<Json>(query, { variables });
    expect(response.errors).toBeUndefined();
    return response.data ?? {};
  }

  async function errorOf(query: string): Promise<Json | undefined> {
    return (await api.graphql(query)).errors?.[0]?.extensions;
  }

  describe('collaborators', () => {
    const QUERY = `query C($actor: String!, $window: TimeWindowInput) {
      collaborators(actor: $actor, window: $window) { actor { key } weight firstDate lastDate contexts { key kind evidence { actorKey relationType sourceKey quote } } }
    }`;

    it('ranks the BBSR first for the BMI: three shared contexts, with the quotes of both sides', async () => {
      const { collaborators } = await data(QUERY, { actor: 'bmi' });
      expect(collaborators[0]).toMatchObject({
        actor: { key: 'bbsr' },
        weight: 3,
        // BIWAQ is shared from the BMI's responsibility for Stadtentwicklung (Organisationserlass of 14 March 2018).
        firstDate: '2018-03-14',
        // A span, not the last start: BIWAQ is shared until the BMI's responsibility ended (2021-12-07).
        lastDate: '2021-12-07',
      });
      expect(collaborators[0].contexts.map((c: Json) => c.key).sort()).toEqual([
        'biwaq',
        'biwaq-themenwerkstatt-2020',
        'biwaq-werkstatt-2019',
      ]);
      const bonn = collaborators[0].contexts.find((c: Json) => c.key === 'biwaq-werkstatt-2019');
      expect(bonn.evidence.map((e: Json) => `${e.actorKey}:${e.relationType}`).sort()).toEqual([
        'bbsr:ORGANISED',
        'bmi:ORGANISED',
      ]);
      expect(bonn.evidence[0].quote).toContain('luden das Bundesministerium des Innern');
    });

    it('ties people to their organisation through its units', async () => {
      const { collaborators } = await data(QUERY, { actor: 'oliver-weigel' });
      expect(collaborators.map((c: Json) => c.actor.key)).toEqual(
        expect.arrayContaining(['bmi', 'ingo-weiss', 'bmi-referat-stadtentwicklungspolitik']),
      );
    });

    it('never uses a tie that ended before the window', async () => {
      // The partnership in BIWAQ-Duisburg ran until 31.12.2022.
      const during = await data(QUERY, { actor: 'duisburger-werkkiste', window: { at: '2020-06-01' } });
      expect(during.collaborators.map((c: Json) => c.actor.key)).toContain(
        'gesellschaft-fuer-beschaeftigungsfoerderung',
      );
      const after = await data(QUERY, { actor: 'duisburger-werkkiste', window: { from: '2023-01-01' } });
      expect(after.collaborators).toEqual([]);
    });

    it('batches: the same number of Cypher round trips for one actor as for three', async () => {
      const spy = jest.spyOn(api.driver, 'executeQuery');
      try {
        await data('{ a: collaborators(actor: "bmi") { weight } }');
        const one = spy.mock.calls.length;
        spy.mockClear();
        await data(
          '{ a: collaborators(actor: "bmi") { weight } b: collaborators(actor: "bbsr") { weight } c: collaborators(actor: "dv") { weight } }',
        );
        expect(spy.mock.calls.length).toBe(one);
        expect(one).toBe(3);
      } finally {
        spy.mockRestore();
      }
    });

    it('NOT_FOUND for an unknown actor, BAD_USER_INPUT over the cap', async () => {
      expect(await errorOf('{ collaborators(actor: "nobody") { weight } }')).toMatchObject({
        code: 'NOT_FOUND',
        argument: 'actor',
      });
      expect(await errorOf('{ collaborators(actor: "bmi", limit: 1000) { weight } }')).toMatchObject({
        code: 'BAD_USER_INPUT',
        argument: 'limit',
      });
      expect(
        await errorOf('{ collaborators(actor: "bmi", window: { from: "2021-02-30" }) { weight } }'),
      ).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'window.from' });
    });
  });

  describe('egoNetwork', () => {
    it('centres on any entity (an event: its organisers, speakers, moderators), NOT_FOUND naming an unknown key', async () => {
      const { egoNetwork } = await data(
        '{ egoNetwork(actor: "biwaq-themenwerkstatt-2020", depth: 1) { nodes { key type } edges { type source target } } }',
      );
      expect(egoNetwork.nodes[0]).toEqual({ key: 'biwaq-themenwerkstatt-2020', type: 'Event' });
      expect(egoNetwork.edges).toEqual(
        expect.arrayContaining([
          { type: 'MODERATED', source: 'anke-bruns', target: 'biwaq-themenwerkstatt-2020' },
          { type: 'ORGANISED', source: 'bbsr', target: 'biwaq-themenwerkstatt-2020' },
        ]),
      );
      const unknown = await api.graphql<Json>('{ egoNetwork(actor: "plan zwei") { truncated } }');
      expect(unknown.errors?.[0]?.message).toBe('No entity with key "plan zwei".');
      expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', argument: 'actor' });
    });

    it('returns nodes and edges a front end can draw, each edge with evidence', async () => {
      const { egoNetwork } = await data(
        '{ egoNetwork(actor: "christian-huttenloher", depth: 1) { nodes { id key type sector degree } edges { id source target type evidence { sourceKey quote } } truncated } }',
      );
      expect(egoNetwork.nodes.map((n: Json) => n.key).sort()).toEqual([
        'christian-huttenloher',
        'dv',
        'gfdq-netzwerkgespraech-1',
        'gfdq-ng1-nationale-stadtentwicklungspolitik',
      ]);
      const ids = new Set(egoNetwork.nodes.map((n: Json) => n.id));
      for (const edge of egoNetwork.edges) {
        expect(ids.has(edge.source) && ids.has(edge.target)).toBe(true);
        expect(edge.evidence.length).toBeGreaterThan(0);
      }
      expect(egoNetwork.nodes.find((n: Json) => n.key === 'christian-huttenloher')).toMatchObject({
        sector: 'INTERMEDIARY_ASSOCIATION',
        degree: 3,
      });
      expect(egoNetwork.truncated).toBe(false);
    });

    it('grows with depth, stops at maxNodes, and filters node types', async () => {
      const two = await data('{ egoNetwork(actor: "christian-huttenloher", depth: 2) { nodes { key } } }');
      expect(two.egoNetwork.nodes.length).toBeGreaterThan(4);
      const capped = await data(
        '{ egoNetwork(actor: "christian-huttenloher", depth: 3, maxNodes: 5) { nodes { key } truncated } }',
      );
      expect(capped.egoNetwork).toMatchObject({ truncated: true });
      expect(capped.egoNetwork.nodes).toHaveLength(5);
      const people = await data(
        '{ egoNetwork(actor: "christian-huttenloher", depth: 1, nodeTypes: [Organisation]) { nodes { key } } }',
      );
      expect(people.egoNetwork.nodes.map((n: Json) => n.key).sort()).toEqual(['christian-huttenloher', 'dv']);
    });

    it('uses no tie that ended before the window, at any hop', async () => {
      const during = await data(
        '{ egoNetwork(actor: "duisburger-werkkiste", depth: 2, window: { at: "2020-01-01" }) { nodes { key } } }',
      );
      expect(during.egoNetwork.nodes.map((n: Json) => n.key)).toEqual(
        expect.arrayContaining(['biwaq-duisburg', 'ercan-idik']),
      );
      const after = await data(
        '{ egoNetwork(actor: "duisburger-werkkiste", depth: 2, window: { at: "2023-06-01" }) { nodes { key } } }',
      );
      expect(after.egoNetwork.nodes.map((n: Json) => n.key)).toEqual(['duisburger-werkkiste']);
    });

    it('caps depth and maxNodes with BAD_USER_INPUT naming the cap', async () => {
      expect(await errorOf('{ egoNetwork(actor: "bmi", depth: 4) { truncated } }')).toMatchObject({
        code: 'BAD_USER_INPUT',
        argument: 'depth',
      });
      expect(await errorOf('{ egoNetwork(actor: "bmi", maxNodes: 100000) { truncated } }')).toMatchObject({
        code: 'BAD_USER_INPUT',
        argument: 'maxNodes',
      });
    });
  });

  describe('paths', () => {
    it('connects a 2021 speaker with the 2020 moderator through the BBSR, hop by hop with evidence', async () => {
      const {
        paths: { paths, truncated },
      } = await data(
        '{ paths(from: "stephan-willinger", to: "anke-bruns") { truncated paths { length nodes { key } hops { from to relationType forward evidence { quote } } } } }',
      );
      expect(paths).toHaveLength(1);
      expect(truncated).toBe(false);
      expect(paths[0].nodes.map((n: Json) => n.key)).toEqual([
        'stephan-willinger',
        'bbsr',
        'biwaq-themenwerkstatt-2020',
        'anke-bruns',
      ]);
      expect(paths[0].hops.map((h: Json) => [h.relationType, h.forward])).toEqual([
        ['AFFILIATED_WITH', true],
        ['ORGANISED', true],
        ['MODERATED', false],
      ]);
      expect(paths[0].hops[2].evidence[0].quote).toBe(
        'Die virtuellen Veranstaltungen wurden von Anke Bruns moderiert.',
      );
    });

    it('says which key is unknown (a name instead of a key) rather than "no path"', async () => {
      for (const [from, to, argument, key] of [
        ['plan zwei', 'bbsr', 'from', 'plan zwei'],
        ['bbsr', 'Stadt Duisburg', 'to', 'Stadt Duisburg'],
      ] as const) {
        const response = await api.graphql<Json>(
          'query($f: String!, $t: String!) { paths(from: $f, to: $t) { truncated } }',
          { variables: { f: from, t: to } },
        );
        expect(response.errors?.[0]?.message).toBe(`No actor with key "${key}".`);
        expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', argument });
      }
    });

    it('NOT_FOUND beyond maxLength, and when the only tie has ended', async () => {
      expect(
        await errorOf('{ paths(from: "stephan-willinger", to: "anke-bruns", maxLength: 2) { truncated } }'),
      ).toMatchObject({ code: 'NOT_FOUND' });
      const during = await data(
        '{ paths(from: "duisburger-werkkiste", to: "ercan-idik", window: { at: "2021-01-01" }) { paths { length } } }',
      );
      expect(during.paths.paths[0].length).toBe(2);
      expect(
        await errorOf(
          '{ paths(from: "duisburger-werkkiste", to: "ercan-idik", window: { at: "2023-06-01" }) { truncated } }',
        ),
      ).toMatchObject({ code: 'NOT_FOUND' });
    });
  });

  describe('coCreationNetwork', () => {
    const NETWORK = `query N($scope: String) { coCreationNetwork(scope: $scope) {
      modularity sectorMix { ties crossSectorTies crossSectorShare eiIndex }
      nodes { key degree betweenness community sectorSpan participation }
      edges { source target weight evidence { quote } }
      communities { id size members sectorMix { eiIndex } }
      boundarySpanners { key }
      recurringAlliances { actors contextCount firstDate lastDate }
      contexts { key actors sectorMix { eiIndex } }
    } }`;

    it('ranks the actors of both BIWAQ and "Gemeinsam für das Quartier" as brokers', async () => {
      const { coCreationNetwork } = await data(NETWORK);
      const byBetweenness = [...coCreationNetwork.nodes]
        .sort((a: Json, b: Json) => b.betweenness - a.betweenness)
        .map((n: Json) => n.key);
      expect(byBetweenness.slice(0, 2).sort()).toEqual(['bbsr', 'bmi']);
      expect(coCreationNetwork.boundarySpanners.map((n: Json) => n.key)).toEqual(
        expect.arrayContaining(['bmi', 'bbsr']),
      );
    });

    it('is consistent: E-I index from the tie counts, every tie with evidence, communities partition the nodes', async () => {
      const { coCreationNetwork: network } = await data(NETWORK);
      const { ties, crossSectorTies, eiIndex } = network.sectorMix;
      expect(eiIndex).toBeCloseTo((crossSectorTies - (ties - crossSectorTies)) / ties, 10);
      expect(network.modularity).toBeGreaterThan(0.3);
      for (const edge of network.edges) expect(edge.evidence.length).toBeGreaterThan(0);
      expect(network.communities.reduce((sum: number, c: Json) => sum + c.size, 0)).toBe(
        network.nodes.length,
      );
      expect(network.recurringAlliances[0]).toMatchObject({
        actors: ['bbsr', 'bmi'],
        contextCount: 3,
        firstDate: '2018-03-14',
      });
    });

    it('is reproducible: the same communities on every call', async () => {
      const first = await data(NETWORK);
      const second = await data(NETWORK);
      expect(second.coCreationNetwork.communities).toEqual(first.coCreationNetwork.communities);
    });

    it('scopes to an initiative and NOT_FOUND for an unknown scope', async () => {
      const { coCreationNetwork } = await data(NETWORK, { scope: 'gfdq' });
      const keys = coCreationNetwork.nodes.map((n: Json) => n.key);
      expect(keys).toEqual(expect.arrayContaining(['christian-huttenloher', 'dv', 'oliver-weigel', 'bmi']));
      expect(keys).not.toContain('anke-bruns');
      expect(await errorOf('{ coCreationNetwork(scope: "nowhere") { modularity } }')).toMatchObject({
        code: 'NOT_FOUND',
        argument: 'scope',
      });
    });

    it('shows the network year by year', async () => {
      const { coCreationTimeline } = await data(
        '{ coCreationTimeline(fromYear: 2019, untilYear: 2021, via: [EVENT]) { year actors ties } }',
      );
      expect(coCreationTimeline.map((y: Json) => y.year)).toEqual([2019, 2020, 2021]);
      // 2019: the Bonn workshop; 2021: the network meeting with its speakers.
      expect(coCreationTimeline[0].actors).toBe(5);
      expect(coCreationTimeline[2].actors).toBeGreaterThan(coCreationTimeline[1].actors);
      expect(await errorOf('{ coCreationTimeline(fromYear: 1900, untilYear: 2021) { year } }')).toMatchObject(
        { code: 'BAD_USER_INPUT', argument: 'untilYear' },
      );
    });
  });
});
