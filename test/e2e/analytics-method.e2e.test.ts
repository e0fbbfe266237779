import { useApiTestServer } from '../utils/api-test-server';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

// Issue 14, method fixes, on the seed: each case below is one a new user found wrong through the API.
describe('co-creation computed as documented (issue 14)', () => {
  const api = useApiTestServer();
  const data = async (query: string) => {
    const response = await api.graphql<Json>(query);
    expect(response.errors).toBeUndefined();
    return response.data as Json;
  };
  const network = async (
    args = '',
    fields = 'nodes { key sector sectors } edges { id firstDate lastDate }',
  ) => (await data(`{ coCreationNetwork${args} { ${fields} } }`)).coCreationNetwork;

  it('a person carries the sectors of all the organisations they are affiliated with', async () => {
    // "Prof. Reiner Schmidt, Hochschule Anhalt / Stadt als Campus e.V.": research and civil society,
    // not the alphabetically first of the two.
    const { nodes } = await network();
    expect(nodes.find((n: Json) => n.key === 'reiner-schmidt')).toEqual({
      key: 'reiner-schmidt',
      sector: null,
      sectors: ['RESEARCH', 'CIVIL_SOCIETY'],
    });
    expect(nodes.find((n: Json) => n.key === 'hochschule-anhalt').sectors).toEqual(['RESEARCH']);
    const { egoNetwork } = await data('{ egoNetwork(actor: "reiner-schmidt") { nodes { key sectors } } }');
    expect(egoNetwork.nodes.find((n: Json) => n.key === 'reiner-schmidt').sectors).toEqual([
      'RESEARCH',
      'CIVIL_SOCIETY',
    ]);
  });

  it('a tie is dated by the span in which both took part, and only those who were in a context at once are tied', async () => {
    const { edges } = await network('(scope: "biwaq")');
    const tie = (id: string) => edges.find((e: Json) => e.id === id);
    // "wird vom 01.01.2019 bis zum 31.12.2022 umgesetzt": a partnership of four years, not of one day.
    expect(tie('duisburger-werkkiste--gesellschaft-fuer-beschaeftigungsfoerderung')).toEqual({
      id: 'duisburger-werkkiste--gesellschaft-fuer-beschaeftigungsfoerderung',
      firstDate: '2019-01-01',
      lastDate: '2022-12-31',
    });
    // The BMWSB shares BIWAQ with the Duisburg partners from its founding, the BMI until its end there.
    expect(tie('bmwsb--duisburger-werkkiste')).toMatchObject({
      firstDate: '2021-12-08',
      lastDate: '2022-12-31',
    });
    expect(tie('bmi--duisburger-werkkiste')).toMatchObject({
      firstDate: '2019-01-01',
      lastDate: '2021-12-07',
    });
    // The BMI handed BIWAQ to the BMWSB: succession, never both at once, so no co-creation tie.
    expect(tie('bmi--bmwsb')).toBeUndefined();
  });

  it('recurring alliances count a project and its own programme once, and a shared organisation not at all', async () => {
    const { recurringAlliances } = await network(
      '',
      'recurringAllianceCount recurringAlliances { actors contextCount contextKeys firstDate lastDate }',
    );
    // The four Duisburg actors share BIWAQ-Duisburg and, through it, BIWAQ: one occasion, no alliance.
    for (const alliance of recurringAlliances)
      expect(alliance.contextKeys).not.toEqual(['biwaq', 'biwaq-duisburg']);
    expect(recurringAlliances).toEqual([
      {
        actors: ['bbsr', 'bmi'],
        contextCount: 3,
        contextKeys: ['biwaq', 'biwaq-themenwerkstatt-2020', 'biwaq-werkstatt-2019'],
        // BIWAQ is shared while the BMI was responsible for it: from the Organisationserlass of 14 March
        // 2018 (cited, a citation of bundesbehoerden) until the BMWSB took it over.
        firstDate: '2018-03-14',
        lastDate: '2021-12-07',
      },
    ]);
  });

  it('yearly slices state how undated statements are treated, and can leave them out', async () => {
    const fields = 'year actors ties undatedTies';
    const { within, excluded } = await data(
      `{ within: coCreationTimeline(fromYear: 2018, untilYear: 2023) { ${fields} }
         excluded: coCreationTimeline(fromYear: 2018, untilYear: 2023, undated: EXCLUDE) { ${fields} } }`,
    );
    within.forEach((year: Json, index: number) => {
      const other = excluded[index];
      expect(year.undatedTies).toBeGreaterThan(0);
      expect(year.undatedTies).toBeLessThanOrEqual(year.ties);
      expect(other.undatedTies).toBe(0);
      // A tie survives EXCLUDE exactly when one of its contexts is dated for both.
      expect(other.ties).toBe(year.ties - year.undatedTies);
      expect(other.actors).toBeLessThan(year.actors);
    });
    // Before the seed's first dated fact and after its last, nothing is dated to the year.
    expect(excluded.find((y: Json) => y.year === 2018).ties).toBe(0);
    expect(excluded.find((y: Json) => y.year === 2023).ties).toBe(0);
  });

  it('a policy scope follows the undertakings embedded in it', async () => {
    // "die Einbettung in die Nationale Stadtentwicklungspolitik": GfdQ and its Impulsprogramm.
    const keys = async (scope: string) =>
      (await network(`(scope: "${scope}")`, 'nodes { key }')).nodes.map((n: Json) => n.key).sort();
    const policy = await keys('nationale-stadtentwicklungspolitik');
    expect(policy.length).toBeGreaterThan(0);
    expect(policy).toEqual(expect.arrayContaining(await keys('gfdq')));
  });

  it('a scope takes in the staff of the organisations acting in it', async () => {
    // Oliver Weigel and Ingo Weiß work in BMI Referate and appear at no BIWAQ context themselves;
    // the BMI was responsible for BIWAQ.
    const { nodes, edges } = await network('(scope: "biwaq")', 'nodes { key } edges { id }');
    expect(nodes.map((n: Json) => n.key)).toEqual(expect.arrayContaining(['oliver-weigel', 'ingo-weiss']));
    expect(edges.map((e: Json) => e.id)).toContain('bmi--oliver-weigel');
    // At a date before the BMI's responsibility ended, still in; the BMWSB's founding changes nothing for them.
    const at2020 = await network('(scope: "biwaq", window: { at: "2020-06-01" })', 'nodes { key }');
    expect(at2020.nodes.map((n: Json) => n.key)).toContain('oliver-weigel');
  });

  it('GEXF spells of co-creation ties are real intervals', async () => {
    const gexf = await (await fetch(`${api.baseUrl}/export/gexf?view=co-creation&scope=biwaq`)).text();
    expect(gexf).toMatch(
      /<edge id="duisburger-werkkiste--gesellschaft-fuer-beschaeftigungsfoerderung"[^>]* start="2019-01-01" end="2022-12-31"/,
    );
  });
});
