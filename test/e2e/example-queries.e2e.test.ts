import type {
  ActorAffiliationsQuery,
  ActorAffiliationsQueryVariables,
  AffiliationsAsOfQuery,
  AffiliationsAsOfQueryVariables,
  CoCreationQuery,
  CoCreationQueryVariables,
  CollaboratorsQuery,
  CollaboratorsQueryVariables,
  EgoNetworkQuery,
  EgoNetworkQueryVariables,
  EntityProvenanceQuery,
  EntityProvenanceQueryVariables,
  EventAggregatesQuery,
  EventAggregatesQueryVariables,
  EventPeopleQuery,
  EventPeopleQueryVariables,
  InitiativeOverviewQuery,
  InitiativeOverviewQueryVariables,
  MinistryUnitsQuery,
  MinistryUnitsQueryVariables,
  OrganisationsBySectorQuery,
  OrganisationsBySectorQueryVariables,
  OrganisationsTogetherQuery,
  OrganisationsTogetherQueryVariables,
  PathsQuery,
  PathsQueryVariables,
  ProgrammeResponsibilityQuery,
  ProgrammeResponsibilityQueryVariables,
  ProjectNetworkQuery,
  ProjectNetworkQueryVariables,
  SearchByAbbreviationQuery,
  SearchByAbbreviationQueryVariables,
  SeriesEventsQuery,
  SeriesEventsQueryVariables,
  SourceStatementsQuery,
  SourceStatementsQueryVariables,
  TimelineQuery,
  TimelineQueryVariables,
} from '../../src/generated/graphql';
import { readExampleQueries } from '../../src/server/example-queries';
import { useApiTestServer } from '../utils/api-test-server';

/** The types codegen generates for one operation: its answer's data and its variables. */
interface Operation<Answer, Variables> {
  readonly answer: Answer;
  readonly variables: Variables;
}

/** Each example of queries/examples by file name, with the operation its `query Xyz` line names. */
interface Examples {
  '01-actor-affiliations': Operation<ActorAffiliationsQuery, ActorAffiliationsQueryVariables>;
  '02-affiliations-stated-by-date': Operation<AffiliationsAsOfQuery, AffiliationsAsOfQueryVariables>;
  '03-event-speakers-moderators-organisers': Operation<EventPeopleQuery, EventPeopleQueryVariables>;
  '04-organisations-together-across-events': Operation<
    OrganisationsTogetherQuery,
    OrganisationsTogetherQueryVariables
  >;
  '05-project-partners-quarters-lead': Operation<ProjectNetworkQuery, ProjectNetworkQueryVariables>;
  '06-programme-responsibility-over-time': Operation<
    ProgrammeResponsibilityQuery,
    ProgrammeResponsibilityQueryVariables
  >;
  '07-events-of-a-series': Operation<SeriesEventsQuery, SeriesEventsQueryVariables>;
  '08-search-by-abbreviation': Operation<SearchByAbbreviationQuery, SearchByAbbreviationQueryVariables>;
  '09-everything-a-source-states': Operation<SourceStatementsQuery, SourceStatementsQueryVariables>;
  '10-entity-provenance-and-names': Operation<EntityProvenanceQuery, EntityProvenanceQueryVariables>;
  '11-organisations-by-sector-paginated': Operation<
    OrganisationsBySectorQuery,
    OrganisationsBySectorQueryVariables
  >;
  '12-event-participation-aggregates': Operation<EventAggregatesQuery, EventAggregatesQueryVariables>;
  '13-organisation-units-and-people': Operation<MinistryUnitsQuery, MinistryUnitsQueryVariables>;
  '14-initiative-overview': Operation<InitiativeOverviewQuery, InitiativeOverviewQueryVariables>;
  '15-collaborators-of-an-actor': Operation<CollaboratorsQuery, CollaboratorsQueryVariables>;
  '16-ego-network': Operation<EgoNetworkQuery, EgoNetworkQueryVariables>;
  '17-shortest-paths': Operation<PathsQuery, PathsQueryVariables>;
  '18-co-creation-network': Operation<CoCreationQuery, CoCreationQueryVariables>;
  '19-network-by-year': Operation<TimelineQuery, TimelineQueryVariables>;
}

// Every example query of queries/examples runs through HTTP against the seeded case study, and its
// answer is checked against what the source documents say.
describe('example queries', () => {
  const api = useApiTestServer();
  const examples = new Map(readExampleQueries().map((example) => [example.name, example]));

  async function run<N extends keyof Examples>(
    name: N,
    variables?: Examples[N]['variables'],
  ): Promise<Examples[N]['answer']> {
    const example = examples.get(name);
    if (example === undefined) throw new Error(`no example ${name}`);
    const response = await api.graphql<Examples[N]['answer']>(example.query, { variables });
    expect(response.errors).toBeUndefined();
    expect(response.status).toBe(200);
    if (response.data === undefined) throw new Error(`no data from example ${name}`);
    return response.data;
  }

  it('has at least 12 examples, each starting with the question it answers', () => {
    expect(examples.size).toBeGreaterThanOrEqual(12);
    for (const example of examples.values())
      expect(example.question).toMatch(/^(Who|Which|What|How|At which|Under which).*\?$/);
  });

  it("01: a person's affiliations with role and source", async () => {
    const data = await run('01-actor-affiliations');
    const [person] = data.people;
    expect(person).toMatchObject({ academicTitle: 'Dr.', name: 'Oliver Weigel' });
    expect(person?.affiliationsConnection.edges).toEqual([
      {
        properties: expect.objectContaining({
          role: 'Leiter',
          statedOn: '2021-03-01',
          quotes: ['Dr. Oliver Weigel, Leiter des Referats „Stadtentwicklungspolitik“ im BMI'],
        }),
        node: {
          key: 'bmi-referat-stadtentwicklungspolitik',
          name: 'Referat Stadtentwicklungspolitik',
          parentOrganisations: [
            { name: 'Bundesministerium des Innern, für Bau und Heimat', abbreviation: 'BMI' },
          ],
        },
      },
    ]);
  });

  it('02: affiliations as of a date follow statedOn', async () => {
    const before = await run('02-affiliations-stated-by-date', { asOf: '2020-12-31' });
    expect(before.organisations[0]?.peopleConnection.totalCount).toBe(0);
    const after = await run('02-affiliations-stated-by-date');
    expect(after.organisations[0]?.peopleConnection.edges.map((e) => e.node.name)).toEqual([
      'Christian Huttenloher',
      'Heike Mages',
      'Michael Groschek',
    ]);
    expect(after.organisations[0]?.peopleConnection.edges[2]?.properties.role).toBe('Präsident');
  });

  it('03: moderators, agenda speakers with talk titles', async () => {
    const [event] = (await run('03-event-speakers-moderators-organisers')).events;
    expect(event).toMatchObject({
      startDate: '2021-03-04',
      startTime: '11:00',
      endTime: '13:00',
      format: 'ONLINE',
    });
    expect(event?.moderators.map((m) => m.name)).toEqual(['Christian Huttenloher']);
    expect(
      event?.agenda.map((a) => [a.position, a.startTime, a.speakersConnection.edges.map((e) => e.node.name)]),
    ).toEqual([
      [1, '11:00', ['Michael Groschek', 'Stephan Willinger']],
      [2, '11:15', ['Reiner Schmidt', 'Ulrich Berding']],
      [3, '12:00', ['Christian Huttenloher', 'Heike Mages', 'Ingo Weiß', 'Oliver Weigel']],
    ]);
    const weigel = event?.agenda[2]?.speakersConnection.edges.find((e) => e.node.name === 'Oliver Weigel');
    expect(weigel?.properties.title).toBe('Auf dem Weg zum Innenstadtaktionsprogramm');
  });

  it('04: events where BBSR organised or spoke, with the organisations beside it', async () => {
    const { events } = await run('04-organisations-together-across-events');
    expect(events.map((e) => e.key)).toEqual([
      'biwaq-werkstatt-2019',
      'biwaq-themenwerkstatt-2020',
      'biwaq-themenwerkstatt-2020-auftakt',
      'biwaq-themenwerkstatt-2020-abschluss',
    ]);
    for (const event of events.slice(0, 2))
      expect(event.organisers.map((o) => o.key).sort()).toEqual(['bbsr', 'bmi']);
  });

  it('05: partners, coordinator chain, lead and quarters of BIWAQ-Duisburg', async () => {
    const [project] = (await run('05-project-partners-quarters-lead')).projects;
    expect(project?.partners.map((p) => p.name).sort()).toEqual([
      'Duisburger Werkkiste',
      'Gesellschaft für Beschäftigungsförderung',
    ]);
    const coordinator = project?.coordinatorsConnection.edges[0];
    expect(coordinator?.properties.role).toBe('Gesamtkoordination');
    expect(coordinator?.node.parentOrganisations[0]?.parentOrganisations[0]?.name).toBe('Stadt Duisburg');
    expect(project?.leadsConnection.edges).toEqual([
      { properties: { role: 'Projektleiter' }, node: { name: 'Ercan Idik' } },
    ]);
    expect(project?.places.map((p) => `${p.name} (${p.parent[0]?.name})`).sort()).toEqual([
      'Hochfeld (Duisburg)',
      'Marxloh (Duisburg)',
    ]);
    expect(project?.programmes).toEqual([
      { name: 'Bildung, Wirtschaft, Arbeit im Quartier', abbreviation: 'BIWAQ' },
    ]);
  });

  it('06: who was responsible for BIWAQ, in the order the sources say it', async () => {
    const [programme] = (await run('06-programme-responsibility-over-time')).programmes;
    const edges = programme?.responsibleOrganisationsConnection.edges;
    // The BMI's responsibility is stated first by the Organisationserlass of 14 March 2018 (cited).
    expect(edges?.slice(0, 2).map((e) => [e.node.abbreviation, e.properties.statedOn])).toEqual([
      ['BMI', '2018-03-14'],
      ['BBSR', '2020-12-01'],
    ]);
    // The page naming BMWSB is undated: no statedOn, and it sorts last.
    expect(edges?.[2]).toMatchObject({
      node: { abbreviation: 'BMWSB' },
      properties: { statedOn: null, sourceDates: [''] },
    });
    expect(programme?.coFunders).toEqual([{ name: 'Europäischer Sozialfonds', abbreviation: 'ESF' }]);
  });

  it('07: the BIWAQ workshop series in order', async () => {
    const [series] = (await run('07-events-of-a-series')).eventSeries;
    expect(
      series?.events.map((e) => [e.startDate, e.format, e.participantCount, e.places.map((p) => p.name)]),
    ).toEqual([
      ['2019-09-25', 'IN_PERSON', 80, ['Bonn']],
      ['2020-11-11', 'ONLINE', 160, []],
    ]);
  });

  it('08: search by abbreviation puts the abbreviated entity first', async () => {
    const { search } = await run('08-search-by-abbreviation');
    expect(search[0]).toMatchObject({ key: 'bbsr', abbreviation: 'BBSR', type: 'Organisation' });
    expect(search[0]?.score).toBeGreaterThan(search[1]?.score ?? 0);
  });

  it('09: everything the 2019 newsletter states', async () => {
    const { sourceStatements } = await run('09-everything-a-source-states');
    expect(sourceStatements.source).toEqual({
      title: 'Start der neuen BIWAQ-Werkstattreihe: BIWAQ-Kommunen treffen sich in Bonn',
      publisher: 'ESF-Newsletter',
      date: '2019-11-12',
    });
    expect(sourceStatements.entities.map((e) => e.key)).toEqual(
      expect.arrayContaining(['joachim-zweig', 'bmas', 'bonn', 'biwaq-werkstatt-2019']),
    );
    expect(sourceStatements.relations).toContainEqual(
      expect.objectContaining({
        type: 'HELD_IN',
        fromName: 'BIWAQ-Werkstatt 2019 in Bonn',
        toName: 'Bonn',
        quote: 'Etwa 80 Projektverantwortliche trafen sich am 25. und 26. September 2019 in Bonn.',
      }),
    );
  });

  it('10: the BBSR with its misspelt variant and every quote', async () => {
    const [organisation] = (await run('10-entity-provenance-and-names')).organisations;
    expect(organisation?.aliases).toEqual(['Bundesinstitut für Bau-, Stadt- und Raumordnung']);
    // Three quotes the BIWAQ case study adds, and the institute's own page that bundesbehoerden cites.
    expect(organisation?.evidenceConnection.edges).toHaveLength(4);
    expect(organisation?.evidenceConnection.edges.map((e) => e.node.title)).toEqual(
      expect.arrayContaining([
        'Virtuelle BIWAQ-Themenwerkstatt 2020',
        'Geschichte (Internetauftritt des BBSR)',
      ]),
    );
  });

  it('11: pages through the federal organisations without duplicates or gaps', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total = -1;
    for (let page = 0; page < 10; page++) {
      const data: OrganisationsBySectorQuery = await run('11-organisations-by-sector-paginated', {
        first: 2,
        after,
      });
      const connection = data.organisationsConnection;
      total = connection.totalCount;
      seen.push(...connection.edges.map((e) => e.node.key));
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    // Ten with the BBR of the reference case study bundesbehoerden.
    expect(total).toBe(10);
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
    expect(seen).toEqual([...seen].sort());
  });

  it('12: counts and sums events by format', async () => {
    const data = await run('12-event-participation-aggregates');
    // Online: the 2020 workshop and its three parts, the 2021 network meeting, the first Perspektivenwerkstatt.
    expect(data.online.aggregate.count.nodes).toBe(6);
    expect(data.online.aggregate.node.participantCount).toEqual({ sum: 160, max: 160 });
    expect(data.inPerson.aggregate.count.nodes).toBe(5);
  });

  it('13: the units of the BMI and who works there', async () => {
    const [organisation] = (await run('13-organisation-units-and-people')).organisations;
    expect(
      organisation?.units.map((u) => [u.name, u.peopleConnection.edges.map((e) => e.node.name)]),
    ).toEqual([
      ['Referat Lebendige Zentren, Nationale Projekte des Städtebaus', ['Ingo Weiß']],
      ['Referat Stadtentwicklungspolitik', ['Oliver Weigel']],
    ]);
  });

  it('15: the collaborators of the BMI, with evidence', async () => {
    const { collaborators } = await run('15-collaborators-of-an-actor');
    expect(collaborators[0]).toMatchObject({
      actor: { key: 'bbsr', sector: 'FEDERAL_ADMINISTRATION' },
      weight: 3,
    });
    expect(collaborators[0]?.contexts[0]?.evidence.length).toBeGreaterThan(0);
  });

  it('16: the ego network of Christian Huttenloher, two hops', async () => {
    const { egoNetwork } = await run('16-ego-network');
    const ids = new Set(egoNetwork.nodes.map((n) => n.id));
    expect(ids.has('dv') && ids.has('gfdq-netzwerkgespraech-1')).toBe(true);
    expect(
      egoNetwork.edges.every((e) => ids.has(e.source) && ids.has(e.target) && e.evidence.length > 0),
    ).toBe(true);
  });

  it('17: the path from Stephan Willinger to Anke Bruns', async () => {
    const { paths } = await run('17-shortest-paths');
    expect(paths.truncated).toBe(false);
    expect(paths.paths.map((p) => p.nodes.map((n) => n.key))).toEqual([
      ['stephan-willinger', 'bbsr', 'biwaq-themenwerkstatt-2020', 'anke-bruns'],
    ]);
  });

  it('18: the whole co-creation network with brokers and alliances', async () => {
    const { coCreationNetwork } = await run('18-co-creation-network');
    expect(coCreationNetwork.boundarySpanners.map((n) => n.key)).toContain('bmi');
    expect(coCreationNetwork.recurringAlliances[0]).toMatchObject({
      actors: ['bbsr', 'bmi'],
      contextCount: 3,
    });
  });

  it('19: the initiative network by year', async () => {
    const { coCreationTimeline } = await run('19-network-by-year');
    expect(coCreationTimeline.map((y) => y.year)).toEqual([2019, 2020, 2021]);
    expect(coCreationTimeline[2]?.actors).toBeGreaterThan(coCreationTimeline[0]!.actors);
  });

  it('14: the initiative, its phases, priority fields and events', async () => {
    const [initiative] = (await run('14-initiative-overview')).initiatives;
    expect(initiative).toMatchObject({
      startDate: '2020-02-01',
      startDatePrecision: 'MONTH',
      supportingPolicies: [{ name: 'Nationale Stadtentwicklungspolitik' }],
    });
    expect(initiative?.phases.map((p) => p.priorityFields.length)).toEqual([0, 3]);
    expect(initiative?.events.map((e) => e.startDate)).toEqual(['2020-12-03', '2021-03-04']);
  });
});
