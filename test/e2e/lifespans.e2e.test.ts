import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importCaseStudy } from '../../src/import/import-case-study';
import { useApiTestServer } from '../utils/api-test-server';
import { uniquePrefix } from '../utils/case-study-fixture';
import { deleteByKeyPrefix } from '../utils/graph-fingerprint';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

// Issue 14, finding 1: an undated tie counted as always valid, so a ministry founded in December 2021
// was "responsible" for a programme in 2020. A tie is never valid outside the lifespans of its two ends.
const TEXT = [
  'Quartiersförderung im Wandel',
  '',
  'Bis zum 7. Dezember 2021 betreute das Alte Ministerium (AM) das Programm Quartiersförderung.',
  'Das Neue Ministerium (NM) wurde am 8. Dezember 2021 gegründet und übernahm die Quartiersförderung vom Alten Ministerium.',
  'Das Programm Quartiersförderung des Neuen Ministeriums läuft seit 2019.',
  'Der Verein Nachbarschaft (VN) ist Partner der Quartiersförderung.',
  'Im Juni 2022 fand die Quartierskonferenz statt; der Verein Nachbarschaft nahm ab dem 15. Juni teil.',
  '',
].join('\n');

function caseStudy(p: string, extraRelation = ''): string {
  const q = (quote: string) => `[{ source: ${p}-src, quote: '${quote}' }]`;
  return `caseStudy: { key: ${p}-case, title: Lebensdauern }
sources:
  - { key: ${p}-src, title: Quartiersförderung im Wandel, date: '2022', file: source.txt }
entities:
  - { key: ${p}-am, type: Organisation, name: Altes Ministerium ${p}, abbreviation: AM, kind: MINISTRY, sector: FEDERAL_ADMINISTRATION, evidence: ${q('Bis zum 7. Dezember 2021 betreute das Alte Ministerium (AM) das Programm Quartiersförderung.')} }
  - { key: ${p}-nm, type: Organisation, name: Neues Ministerium ${p}, abbreviation: NM, kind: MINISTRY, sector: FEDERAL_ADMINISTRATION, startDate: '2021-12-08', evidence: ${q('Das Neue Ministerium (NM) wurde am 8. Dezember 2021 gegründet')} }
  - { key: ${p}-vn, type: Organisation, name: Verein Nachbarschaft ${p}, abbreviation: VN, kind: ASSOCIATION, sector: CIVIL_SOCIETY, evidence: ${q('Der Verein Nachbarschaft (VN) ist Partner der Quartiersförderung.')} }
  - { key: ${p}-qf, type: Programme, name: Quartiersförderung ${p}, startDate: '2019', evidence: ${q('Das Programm Quartiersförderung des Neuen Ministeriums läuft seit 2019.')} }
  - { key: ${p}-konf, type: Event, name: Quartierskonferenz ${p}, kind: CONFERENCE, startDate: '2022-06', evidence: ${q('Im Juni 2022 fand die Quartierskonferenz statt')} }
relations:
  - { type: PARTICIPATED_IN, from: ${p}-vn, to: ${p}-konf, validFrom: '2022-06-15', evidence: ${q('der Verein Nachbarschaft nahm ab dem 15. Juni teil.')} }
  - { type: RESPONSIBLE_FOR, from: ${p}-am, to: ${p}-qf, validTo: '2021-12-07', evidence: ${q('Bis zum 7. Dezember 2021 betreute das Alte Ministerium (AM) das Programm Quartiersförderung.')} }
  - { type: RESPONSIBLE_FOR, from: ${p}-nm, to: ${p}-qf, evidence: ${q('Das Programm Quartiersförderung des Neuen Ministeriums läuft seit 2019.')} }
  - { type: SUCCEEDED_BY, from: ${p}-am, to: ${p}-nm, validFrom: '2021-12-08', evidence: ${q('übernahm die Quartiersförderung vom Alten Ministerium')} }
  - { type: PARTNER_IN, from: ${p}-vn, to: ${p}-qf, evidence: ${q('Der Verein Nachbarschaft (VN) ist Partner der Quartiersförderung.')} }
${extraRelation}`;
}

function writeCaseStudy(yaml: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'qn-lifespans-'));
  writeFileSync(join(dir, 'case-study.yaml'), yaml);
  writeFileSync(join(dir, 'source.txt'), TEXT);
  return dir;
}

describe('a tie is never valid outside the lifespans of its two ends (issue 14)', () => {
  const api = useApiTestServer();
  const p = uniquePrefix();
  // Nested, so that the clean-up runs before the server's driver closes.
  describe('a ministry founded on 8 December 2021 that took over a programme', () => {
    const AT_2020 = '{ at: "2020-06-01" }';
    const AT_2023 = '{ at: "2023-01-01" }';

    beforeAll(async () => {
      await importCaseStudy({ driver: api.driver, paths: [writeCaseStudy(caseStudy(p))] });
    }, 120_000);
    afterAll(async () => {
      await deleteByKeyPrefix(api.driver, p);
    });

    const data = async (query: string, token?: string) => {
      const response = await api.graphql<Json>(query, { token });
      expect(response.errors).toBeUndefined();
      return response.data as Json;
    };

    it('derives each relationship its active interval: validity cut to the lifespans of its ends', async () => {
      const { records } = await api.driver.executeQuery(
        `MATCH (a:Entity)-[r]->(b:Entity) WHERE a.key STARTS WITH $p
       RETURN type(r) AS type, a.key AS from, toString(r.activeFrom) AS activeFrom, toString(r.activeUntil) AS activeUntil
       ORDER BY from, type`,
        { p },
      );
      expect(records.map((r) => r.toObject())).toEqual([
        { type: 'RESPONSIBLE_FOR', from: `${p}-am`, activeFrom: '2019-01-01', activeUntil: '2021-12-07' },
        { type: 'SUCCEEDED_BY', from: `${p}-am`, activeFrom: '2021-12-08', activeUntil: '9999-12-31' },
        { type: 'RESPONSIBLE_FOR', from: `${p}-nm`, activeFrom: '2021-12-08', activeUntil: '9999-12-31' },
        { type: 'PARTICIPATED_IN', from: `${p}-vn`, activeFrom: '2022-06-15', activeUntil: '2022-06-30' },
        { type: 'PARTNER_IN', from: `${p}-vn`, activeFrom: '2019-01-01', activeUntil: '9999-12-31' },
      ]);
    });

    it('the generated API answers "who was responsible at D" with the documented edge filter', async () => {
      const responsible = async (date: string) =>
        (
          await data(
            `{ programmes(where: { key: { eq: "${p}-qf" } }) { responsibleOrganisationsConnection(where: { edge: { activeFrom: { lte: "${date}" }, activeUntil: { gte: "${date}" } } }) { edges { node { abbreviation } } } } }`,
          )
        ).programmes[0].responsibleOrganisationsConnection.edges.map((e: Json) => e.node.abbreviation);
      expect(await responsible('2020-06-01')).toEqual(['AM']);
      expect(await responsible('2023-01-01')).toEqual(['NM']);
      const lineage = await data(
        `{ organisations(where: { key: { eq: "${p}-am" } }) { successorsConnection { edges { node { abbreviation startDate } properties { validFrom sources quotes } } } } }`,
      );
      expect(lineage.organisations[0].successorsConnection.edges).toEqual([
        {
          node: { abbreviation: 'NM', startDate: '2021-12-08' },
          properties: {
            validFrom: '2021-12-08',
            sources: [`${p}-src`],
            quotes: ['übernahm die Quartiersförderung vom Alten Ministerium'],
          },
        },
      ]);
    });

    it('analytics at every hop: the network, collaborators and the timeline leave out ties before a founding', async () => {
      const network = async (window: string) =>
        (
          await data(
            `{ coCreationNetwork(scope: "${p}-qf", window: ${window}) { nodes { id } edges { id } } }`,
          )
        ).coCreationNetwork;
      const at2020 = await network(AT_2020);
      expect(at2020.nodes.map((n: Json) => n.id).sort()).toEqual([`${p}-am`, `${p}-vn`]);
      const at2023 = await network(AT_2023);
      expect(at2023.nodes.map((n: Json) => n.id).sort()).toEqual([`${p}-nm`, `${p}-vn`]);
      expect(at2023.edges.map((e: Json) => e.id)).toEqual([`${p}-nm--${p}-vn`].sort());
      const collaborators = async (window: string) =>
        (await data(`{ collaborators(actor: "${p}-nm", window: ${window}) { actor { key } } }`))
          .collaborators;
      expect(await collaborators(AT_2020)).toEqual([]);
      expect((await collaborators(AT_2023)).map((c: Json) => c.actor.key)).toEqual([`${p}-vn`]);
      const timeline = (
        await data(
          `{ coCreationTimeline(scope: "${p}-qf", fromYear: 2020, untilYear: 2022) { year actors ties } }`,
        )
      ).coCreationTimeline;
      // 2021: AM until 7 December, NM from 8 December, both with VN; 2020 without NM, 2022 without AM.
      expect(timeline.map((y: Json) => [y.year, y.actors])).toEqual([
        [2020, 2],
        [2021, 3],
        [2022, 2],
      ]);
    });

    it('exports at a date leave them out too, and spell the tie from the founding', async () => {
      const nodeLink = async (query: string) =>
        (await (await fetch(`${api.baseUrl}/export/node-link?${query}`)).json()) as Json;
      const coCreation = await nodeLink(`view=co-creation&scope=${p}-qf&at=2020-06-01`);
      expect(coCreation.nodes.map((n: Json) => n.id).sort()).toEqual([`${p}-am`, `${p}-vn`]);
      const graph = await nodeLink('view=graph&at=2020-06-01');
      const ours = graph.links.filter((l: Json) => String(l.id).startsWith(p)).map((l: Json) => l.id);
      expect(ours.sort()).toEqual([`${p}-am|RESPONSIBLE_FOR|${p}-qf`, `${p}-vn|PARTNER_IN|${p}-qf`]);
      const gexf = await (await fetch(`${api.baseUrl}/export/gexf?view=graph`)).text();
      expect(gexf).toMatch(
        new RegExp(`<edge id="${p}-nm\\|RESPONSIBLE_FOR\\|${p}-qf"[^>]* start="2021-12-08"`),
      );
      const ego = await nodeLink(`view=ego&actor=${p}-vn&depth=2&at=2020-06-01`);
      expect(ego.nodes.map((n: Json) => n.id).sort()).toEqual([`${p}-am`, `${p}-qf`, `${p}-vn`]);
    });

    it('refuses a relation stated for a time when an end did not exist: in the file, and through the API', async () => {
      const bad = `  - { type: FUNDS, from: ${p}-nm, to: ${p}-qf, validTo: '2020', evidence: [{ source: ${p}-src, quote: 'Das Programm Quartiersförderung des Neuen Ministeriums läuft seit 2019.' }] }\n`;
      await expect(
        importCaseStudy({ driver: api.driver, paths: [writeCaseStudy(caseStudy(p, bad))] }),
      ).rejects.toThrow(
        /OUTSIDE_LIFESPAN relations\[5\]\.validTo: the relation holds … to 2020-12-31, when "t[0-9a-f]+-nm" did not exist \(it exists 2021-12-08 to …\)/,
      );

      const token = await api.token(['editor']);
      const response = await api.graphql(
        `mutation { updateOrganisations(where: { key: { eq: "${p}-nm" } }, update: { funds: [{ connect: [{ where: { node: { key: { eq: "${p}-qf" } } }, edge: { key: "${p}-nm|FUNDS|${p}-qf", validTo: "2020-12-31", sources: ["${p}-src"], quotes: ["Das Programm Quartiersförderung des Neuen Ministeriums läuft seit 2019."] } }] }] }) { organisations { key } } }`,
        { token },
      );
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
      expect(response.errors?.[0]?.message).toContain(
        `"${p}-nm|FUNDS|${p}-qf" would hold from 2021-12-08 until 2020-12-31`,
      );
      const funds = await api.driver.executeQuery('MATCH ()-[r:FUNDS {key: $key}]->() RETURN count(r) AS n', {
        key: `${p}-nm|FUNDS|${p}-qf`,
      });
      expect(Number(funds.records[0]?.get('n'))).toBe(0);
    });

    it('refuses a quote from a cited source through the API (no text to check it in), not a 500', async () => {
      const token = await api.token(['editor']);
      const response = await api.graphql(
        `mutation { updateOrganisations(where: { key: { eq: "${p}-vn" } }, update: { evidence: [{ connect: [{ where: { node: { key: { eq: "bkorgerl-2018" } } }, edge: { quote: "Abschnitt II" } }] }] }) { organisations { key } } }`,
        { token },
      );
      expect(response.status).toBe(200);
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
      expect(response.errors?.[0]?.message).toContain('source "bkorgerl-2018" is cited (kind CITATION)');
    });

    it('moving a founding date through the API (one node, by key) moves the intervals of all its ties', async () => {
      const token = await api.token(['editor']);
      const interval = async () =>
        (
          await api.driver.executeQuery(
            'MATCH (:Organisation {key: $key})-[r:RESPONSIBLE_FOR]->() RETURN toString(r.activeFrom) AS f',
            { key: `${p}-nm` },
          )
        ).records[0]?.get('f');
      // By a filter it could move many nodes' lifespans at once: refused, nothing changes.
      const byFilter = await api.graphql(
        `mutation { updateOrganisations(where: { abbreviation: { eq: "NM" }, key: { startsWith: "${p}" } }, update: { startDate: { set: "2021-12-09" } }) { organisations { key } } }`,
        { token },
      );
      expect(byFilter.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'where' });
      expect(await interval()).toBe('2021-12-08');
      await data(
        `mutation { updateOrganisations(where: { key: { eq: "${p}-nm" } }, update: { startDate: { set: "2021-12-09" } }) { organisations { key } } }`,
        token,
      );
      expect(await interval()).toBe('2021-12-09');
      await data(
        `mutation { updateOrganisations(where: { key: { eq: "${p}-nm" } }, update: { startDate: { set: "2021-12-08" } }) { organisations { key } } }`,
        token,
      );
      expect(await interval()).toBe('2021-12-08');
    });
  });
});
