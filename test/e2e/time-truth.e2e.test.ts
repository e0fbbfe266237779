import { countEvidenceKinds, findProvenanceViolations } from '../../src/import/provenance-check';
import { useApiTestServer } from '../utils/api-test-server';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

// Issue 14, acceptance: "Which ministry was responsible for BIWAQ on 2020-06-01?" answered BMI, BBSR
// and BMWSB, although the BMWSB exists only since 8 December 2021. With the BMWSB's founding and the
// end of the BMI's responsibility in the seed, each cited to the ministry's own page, every window-taking
// path answers BMI in 2020 and BMWSB in 2023.
describe('the seed at the date asked (issue 14)', () => {
  const api = useApiTestServer();
  const data = async (query: string) => {
    const response = await api.graphql<Json>(query);
    expect(response.errors).toBeUndefined();
    return response.data as Json;
  };

  const ministriesResponsibleAt = async (date: string) =>
    (
      await data(
        `{ programmes(where: { key: { eq: "biwaq" } }) { responsibleOrganisationsConnection(where: { node: { kind: { eq: MINISTRY } }, edge: { activeFrom: { lte: "${date}" }, activeUntil: { gte: "${date}" } } }) { edges { node { abbreviation } } } } }`,
      )
    ).programmes[0].responsibleOrganisationsConnection.edges.map((e: Json) => e.node.abbreviation);

  it('the ministry responsible for BIWAQ is the BMI on 2020-06-01 and the BMWSB on 2023-01-01', async () => {
    expect(await ministriesResponsibleAt('2020-06-01')).toEqual(['BMI']);
    expect(await ministriesResponsibleAt('2023-01-01')).toEqual(['BMWSB']);
    // Before the Organisationserlass of 14 March 2018 Stadtentwicklung was not the BMI's: the seed
    // names no ministry for 2010 (it had answered BMI, its responsibility being undated at the start).
    expect(await ministriesResponsibleAt('2010-06-01')).toEqual([]);
  });

  // The reference case study bundesbehoerden: whose portfolio (Geschäftsbereich) the BBSR was in.
  it('the BBSR is in the portfolio of the BMI on 2020-06-01, of the BMWSB on 2023-01-01, of neither in 2015', async () => {
    const portfolioAt = async (date: string) =>
      (
        await data(
          `{ organisations(where: { key: { eq: "bbsr" } }) { portfolioOfConnection(where: { edge: { activeFrom: { lte: "${date}" }, activeUntil: { gte: "${date}" } } }) { edges { node { abbreviation } properties { sources locators } } } } }`,
        )
      ).organisations[0].portfolioOfConnection.edges;
    const at2020 = await portfolioAt('2020-06-01');
    expect(at2020.map((e: Json) => e.node.abbreviation)).toEqual(['BMI']);
    expect(at2020[0].properties.sources).toEqual(['bbsr-geschichte', 'bkorgerl-2018', 'bmwsb-ministerium']);
    expect((await portfolioAt('2023-01-01')).map((e: Json) => e.node.abbreviation)).toEqual(['BMWSB']);
    // The BMVBS and the BMUB of its history page are not entities yet: no ministry rather than a wrong one.
    expect(await portfolioAt('2015-06-01')).toEqual([]);
    const { organisations } = await data(
      '{ organisations(where: { key: { eq: "bmwsb" } }) { portfolio { key } units { key } } }',
    );
    expect(organisations[0]).toEqual({ portfolio: [{ key: 'bbsr' }], units: [] });
  });

  it('the lineage BMI -> BMWSB comes back with its date and its citation', async () => {
    const { organisations } = await data(
      '{ organisations(where: { key: { eq: "bmi" } }) { successorsConnection { edges { node { key startDate } properties { validFrom sources quotes locators } } } } }',
    );
    expect(organisations[0].successorsConnection.edges).toEqual([
      {
        node: { key: 'bmwsb', startDate: '2021-12-08' },
        properties: {
          validFrom: '2021-12-08',
          sources: ['bmwsb-ministerium'],
          quotes: [''],
          locators: ['erster Absatz'],
        },
      },
    ]);
    const { sources } = await data(
      '{ sources(where: { key: { eq: "bmwsb-ministerium" } }) { kind publisher url text } }',
    );
    expect(sources[0]).toEqual({
      kind: 'CITATION',
      publisher: 'Bundesministerium für Wohnen, Stadtentwicklung und Bauwesen',
      url: 'https://www.bmwsb.bund.de/Webs/BMWSB/DE/ministerium/ministerium-node.html',
      text: null,
    });
  });

  it('the BMI has the name of the date asked, each name with the act that gave it (names over time)', async () => {
    const { organisations } = await data(
      `{ organisations(where: { key: { eq: "bmi" } }) {
          in2017: nameAt(date: "2017-06-01") in2018: nameAt(date: "2018-03-14") in2020: nameAt(date: "2020-06-01")
          in2023: nameAt(date: "2023-01-01")
          names { name validFrom validTo evidence { source sourceTitle sourceKind quote locator } } } }`,
    );
    const [bmi] = organisations;
    expect([bmi.in2017, bmi.in2018, bmi.in2020]).toEqual([
      'Bundesministerium des Innern',
      'Bundesministerium des Innern, für Bau und Heimat',
      'Bundesministerium des Innern, für Bau und Heimat',
    ]);
    // The name since December 2021 is not recorded (its act could not be checked): unknown, not the old one.
    expect(bmi.in2023).toBeNull();
    expect(bmi.names.map((n: Json) => [n.name, n.validFrom, n.validTo])).toEqual([
      ['Bundesministerium des Innern', null, '2018-03-13'],
      ['Bundesministerium des Innern, für Bau und Heimat', '2018-03-14', '2021-12-07'],
    ]);
    expect(bmi.names[0].evidence).toEqual([
      {
        source: 'bkorgerl-2018',
        sourceTitle: 'Organisationserlass der Bundeskanzlerin vom 14. März 2018',
        sourceKind: 'CITATION',
        quote: null,
        locator: 'Abschnitt II („Das Bundesministerium des Innern erhält die Bezeichnung …“)',
      },
    ]);
    // The reference case study bundesbehoerden defines the BMI: its names are cited to the acts.
    expect(bmi.names[1].evidence.map((e: Json) => [e.source, e.sourceKind, e.quote === null])).toEqual([
      ['bkorgerl-2018', 'CITATION', true],
      ['bmwsb-ministerium', 'CITATION', true],
    ]);
    // A former name finds the entity, and an entity with no names over time answers its name at any date.
    const { search } = await data('{ search(query: "Bundesministerium des Innern", limit: 3) { key } }');
    expect(search.map((hit: Json) => hit.key)).toContain('bmi');
    const { organisations: bmas } = await data(
      '{ organisations(where: { key: { eq: "bmas" } }) { nameAt(date: "1990-01-01") names { name } } }',
    );
    expect(bmas).toEqual([{ nameAt: 'Bundesministerium für Arbeit und Soziales', names: [] }]);
  });

  // Found in the names-over-time session: analytics labelled nodes with `name` only, so the ego network
  // of 2017 showed the BMI under the name it got in March 2018.
  it('network answers label an entity with the name it had at the end of their window', async () => {
    const label = async (window: string) =>
      (
        await data(`{ egoNetwork(actor: "bmi", depth: 1${window}) { nodes { id label } } }`)
      ).egoNetwork.nodes.find((node: Json) => node.id === 'bmi')?.label;
    expect(await label(', window: { at: "2017-06-01" }')).toBe('Bundesministerium des Innern');
    expect(await label(', window: { at: "2020-06-01" }')).toBe(
      'Bundesministerium des Innern, für Bau und Heimat',
    );
    expect(await label(', window: { from: "2016-01-01", until: "2017-12-31" }')).toBe(
      'Bundesministerium des Innern',
    );
    // An open window is today: the entity's name (no name is recorded after 2021-12-07, so not null either).
    const { organisations } = await data('{ organisations(where: { key: { eq: "bmi" } }) { name } }');
    expect(await label('')).toBe(organisations[0].name);
    expect(await label(', window: { at: "2023-01-01" }')).toBe(organisations[0].name);
    // collaborators name the actor and the shared context (here the BMI as an organisation) alike.
    const collaborator = async (at: string) =>
      (
        await data(
          `{ collaborators(actor: "oliver-weigel", window: { at: "${at}" }) { actor { key label } contexts { key name } } }`,
        )
      ).collaborators.find((c: Json) => c.actor.key === 'bmi');
    expect(await collaborator('2017-06-01')).toEqual({
      actor: { key: 'bmi', label: 'Bundesministerium des Innern' },
      contexts: [{ key: 'bmi', name: 'Bundesministerium des Innern' }],
    });
    expect((await collaborator('2020-06-01')).actor.label).toBe(
      'Bundesministerium des Innern, für Bau und Heimat',
    );
  });

  it('the co-creation network, its ties and the timeline name the BMI as it was called in their year', async () => {
    // 2017: a member of staff ties to the BMI as his organisation, before its 2018 renaming.
    const network = async (at: string) =>
      (
        await data(
          `{ coCreationNetwork(window: { at: "${at}" }) { nodes { id label } edges { contexts(limit: 100) { key name } } } }`,
        )
      ).coCreationNetwork;
    const named = (answer: Json) => ({
      node: answer.nodes.find((n: Json) => n.id === 'bmi')?.label,
      context: answer.edges.flatMap((e: Json) => e.contexts).find((c: Json) => c.key === 'bmi')?.name,
    });
    expect(named(await network('2017-06-01'))).toEqual({
      node: 'Bundesministerium des Innern',
      context: 'Bundesministerium des Innern',
    });
    expect(named(await network('2020-06-01'))).toEqual({
      node: 'Bundesministerium des Innern, für Bau und Heimat',
      context: 'Bundesministerium des Innern, für Bau und Heimat',
    });
    const timeline = (
      await data('{ coCreationTimeline(fromYear: 2017, untilYear: 2020) { year topActors { key label } } }')
    ).coCreationTimeline;
    const bmiIn = (year: number) =>
      timeline.find((y: Json) => y.year === year).topActors.find((a: Json) => a.key === 'bmi')?.label;
    expect(bmiIn(2017)).toBe('Bundesministerium des Innern');
    expect(bmiIn(2020)).toBe('Bundesministerium des Innern, für Bau und Heimat');
  });

  it('the BIWAQ co-creation network and timeline have no BMWSB before its founding, no BMI after its portfolio moved', async () => {
    const network = async (at: string) =>
      (
        await data(
          `{ coCreationNetwork(scope: "biwaq", window: { at: "${at}" }) { nodes { id } edges { id contexts(limit: 100) { key evidence { kind sourceKey quote locator } } } } }`,
        )
      ).coCreationNetwork;
    const at2020 = await network('2020-06-01');
    const ids2020 = at2020.nodes.map((n: Json) => n.id);
    expect(ids2020).toContain('bmi');
    expect(ids2020).not.toContain('bmwsb');
    expect(at2020.edges.map((e: Json) => e.id)).not.toContain('bmi--bmwsb');
    // The BMI's responsibility is stated by a quote and, for its end, by a citation with a locator.
    const evidence = at2020.edges.flatMap((e: Json) => e.contexts.flatMap((c: Json) => c.evidence));
    expect(evidence).toContainEqual({
      kind: 'CITATION',
      sourceKey: 'bmwsb-ministerium',
      quote: '',
      locator: 'erster Absatz',
    });
    expect(
      evidence
        .filter((e: Json) => e.kind === 'QUOTE')
        .every((e: Json) => e.quote !== '' && e.locator === null),
    ).toBe(true);
    const ids2023 = (await network('2023-01-01')).nodes.map((n: Json) => n.id);
    expect(ids2023).toContain('bmwsb');
    expect(ids2023).not.toContain('bmi');

    const timeline = (
      await data(
        '{ coCreationTimeline(scope: "biwaq", fromYear: 2019, untilYear: 2023) { year topActors { key } } }',
      )
    ).coCreationTimeline;
    const top = (year: number) =>
      timeline.find((y: Json) => y.year === year).topActors.map((a: Json) => a.key);
    expect(top(2020)).not.toContain('bmwsb');
    expect(top(2023)).not.toContain('bmi');
  });

  it('the exports at 2020-06-01 have no BMWSB ties', async () => {
    const nodeLink = async (query: string) =>
      (await (await fetch(`${api.baseUrl}/export/node-link?${query}`)).json()) as Json;
    const coCreation = await nodeLink('view=co-creation&scope=biwaq&at=2020-06-01');
    expect(coCreation.links.map((l: Json) => l.id)).not.toContain('bmwsb--duisburger-werkkiste');
    expect(coCreation.nodes.map((n: Json) => n.id)).not.toContain('bmwsb');
    const graph = await nodeLink('view=graph&at=2020-06-01');
    expect(graph.links.filter((l: Json) => l.source === 'bmwsb' || l.target === 'bmwsb')).toEqual([]);
    const later = await nodeLink('view=graph&at=2023-01-01');
    expect(later.links.map((l: Json) => l.id)).toContain('bmwsb|RESPONSIBLE_FOR|biwaq');
    expect(later.links.map((l: Json) => l.id)).not.toContain('bmi|RESPONSIBLE_FOR|biwaq');
    // Every view names the BMI as it was called at the date of the export.
    const labelOfBmi = (answer: Json) => answer.nodes.find((n: Json) => n.id === 'bmi')?.label;
    expect(labelOfBmi(await nodeLink('view=graph&at=2017-06-01'))).toBe('Bundesministerium des Innern');
    expect(labelOfBmi(graph)).toBe('Bundesministerium des Innern, für Bau und Heimat');
    expect(labelOfBmi(await nodeLink('view=ego&actor=bmi&depth=1&at=2017-06-01'))).toBe(
      'Bundesministerium des Innern',
    );
  });

  it('the provenance check finds no violation and counts the citations apart from the quotes', async () => {
    expect(await findProvenanceViolations(api.driver)).toEqual([]);
    const kinds = await countEvidenceKinds(api.driver);
    // bundesbehoerden: five on its entities (BMI, BMWSB, BBR twice, BBSR), three on the BMI's names over
    // time (which are the BMI's evidence too), seven on its relations; two on a BIWAQ relation, which
    // cites the act and the page that date the BMI's responsibility for Stadtentwicklung.
    expect(kinds.citations).toBe(17);
    expect(kinds.quotes).toBeGreaterThan(200);
  });
});
