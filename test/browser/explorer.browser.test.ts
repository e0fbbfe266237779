/// <reference lib="dom" />
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { importCaseStudy } from '../../src/import/import-case-study';
import { useApiTestServer } from '../utils/api-test-server';
import { uniquePrefix } from '../utils/case-study-fixture';
import { deleteByKeyPrefix } from '../utils/graph-fingerprint';
import { foreignRequests, launchBrowser, recordRequests } from '../utils/browser';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const ARTIFACTS = resolve(__dirname, '..', '..', 'test-artifacts');

describe('the explorer and the playground in a real browser', () => {
  const api = useApiTestServer();
  let browser: Browser;
  let page: Page;
  let requests: string[];

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser.close();
  });

  beforeEach(async () => {
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    requests = recordRequests(page);
  });

  afterEach(async () => {
    expect(foreignRequests(requests, api.baseUrl)).toEqual([]);
    await page.close();
  });

  const renderedNodes = () =>
    page.evaluate(
      () =>
        (window as unknown as { explorer: { cy: { nodes(): { length: number } } } }).explorer.cy.nodes()
          .length,
    );
  const waitForGraph = () =>
    page.waitForFunction(() => /nodes|actors/.test(document.getElementById('status')?.textContent ?? ''));

  async function apiEgoCount(actor: string, depth: number, from: string, until: string): Promise<number> {
    const response = await api.graphql<Json>(
      'query($a: String!, $d: Int!, $w: TimeWindowInput) { egoNetwork(actor: $a, depth: $d, maxNodes: 150, window: $w) { nodes { id } } }',
      {
        variables: { a: actor, d: depth, w: { from, until } },
      },
    );
    return response.data?.egoNetwork.nodes.length;
  }

  it('searches an abbreviation, picks the actor and draws as many nodes as the API answers', async () => {
    await page.goto(`${api.baseUrl}/explore/`);
    await page.fill('#search', 'BBSR');
    await page.click('#suggestions button[data-key="bbsr"]');
    await waitForGraph();
    const thisYear = new Date().getFullYear();
    expect(await renderedNodes()).toBe(await apiEgoCount('bbsr', 2, '2015-01-01', `${thisYear}-12-31`));
    expect(page.url()).toContain('actor=bbsr');
  });

  it("shows a node's sources with their quotes on click, and reacts to the time slider", async () => {
    await page.goto(`${api.baseUrl}/explore/?actor=bmi&depth=2`);
    await waitForGraph();
    const point = await page.evaluate(() => {
      const cy = (
        window as unknown as {
          explorer: {
            cy: {
              getElementById(id: string): { renderedPosition(): { x: number; y: number } };
              container(): HTMLElement;
            };
          };
        }
      ).explorer.cy;
      const position = cy.getElementById('bmi').renderedPosition();
      const box = cy.container().getBoundingClientRect();
      return { x: box.left + position.x, y: box.top + position.y };
    });
    await page.mouse.click(point.x, point.y);
    await page.waitForSelector('#details .quote');
    expect(await page.textContent('#details h2')).toBe('Bundesministerium des Innern, für Bau und Heimat');
    expect(await page.textContent('#details .quote')).toMatch(/^„.+“$/);
    // The BMWSB's ties are partly cited, not quoted (its own page, issue 14): shown as such.
    await page.evaluate(() => {
      const cy = (
        window as unknown as {
          explorer: { cy: { getElementById(id: string): { emit(event: string): void } } };
        }
      ).explorer.cy;
      cy.getElementById('bmwsb').emit('tap');
    });
    await page.waitForSelector('#details .citation');
    expect(await page.locator('#details .citation').allTextContents()).toContain('cited: erster Absatz');

    const before = await renderedNodes();
    await page.evaluate(() => {
      for (const id of ['from-year', 'until-year']) {
        const input = document.getElementById(id) as HTMLInputElement;
        input.value = '2019';
        input.dispatchEvent(new Event('change'));
      }
    });
    const expected = await apiEgoCount('bmi', 2, '2019-01-01', '2019-12-31');
    expect(expected).toBeLessThan(before);
    await page.waitForFunction(
      (count) =>
        (window as unknown as { explorer: { cy: { nodes(): { length: number } } } }).explorer.cy.nodes()
          .length === count,
      expected,
    );
    expect(await page.textContent('#status')).toBe(
      `${expected} nodes, ${await page.evaluate(() => (window as unknown as { explorer: { cy: { edges(): { length: number } } } }).explorer.cy.edges().length)} edges`,
    );
    expect(page.url()).toContain('from=2019');
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'explorer.png') });
  });

  it('shows the facts of a selected node beyond the network: counts, method stages, web presences (issue 15)', async () => {
    const p = uniquePrefix();
    const dir = mkdtempSync(join(tmpdir(), 'qn-explorer-facts-'));
    const text =
      'Der Verein Beispielhaft ist Partner im Projekt Nachbarn. Rund 40 Kommunen nehmen teil. Es arbeitet nach der Methode Quartiersrunde in drei Stufen: Zuhören, Planen, Handeln. Mehr unter https://nachbarn.example/.';
    writeFileSync(join(dir, 'source.txt'), text);
    const q = (quote: string) => `[{ source: ${p}-src, quote: '${quote}' }]`;
    writeFileSync(
      join(dir, 'case-study.yaml'),
      `caseStudy: { key: ${p}-case, title: Fakten }
sources: [{ key: ${p}-src, title: Nachbarn, date: '2024', file: source.txt }]
entities:
  - { key: ${p}-verein, type: Organisation, name: Verein Beispielhaft ${p}, kind: ASSOCIATION, sector: CIVIL_SOCIETY, evidence: ${q('Der Verein Beispielhaft ist Partner')} }
  - { key: ${p}-projekt, type: Project, name: Nachbarn ${p}, participantCount: 40, participantCountApproximate: true, participantCountOf: Kommunen, webPresences: [{ kind: WEBSITE, url: 'https://nachbarn.example/' }], evidence: ${q('Rund 40 Kommunen nehmen teil.')} }
  - { key: ${p}-methode, type: Method, name: Quartiersrunde ${p}, stages: [Zuhören, Planen, Handeln], evidence: ${q('nach der Methode Quartiersrunde in drei Stufen: Zuhören, Planen, Handeln.')} }
relations:
  - { type: PARTNER_IN, from: ${p}-verein, to: ${p}-projekt, evidence: ${q('Der Verein Beispielhaft ist Partner im Projekt Nachbarn.')} }
  - { type: USES_METHOD, from: ${p}-projekt, to: ${p}-methode, evidence: ${q('Es arbeitet nach der Methode Quartiersrunde')} }
`,
    );
    await importCaseStudy({ driver: api.driver, paths: [dir] });
    try {
      await page.goto(`${api.baseUrl}/explore/?actor=${p}-verein&depth=1`);
      await waitForGraph();
      await page.evaluate((key) => {
        const cy = (
          window as unknown as {
            explorer: { cy: { getElementById(id: string): { emit(event: string): void } } };
          }
        ).explorer.cy;
        cy.getElementById(key).emit('tap');
      }, `${p}-projekt`);
      await page.waitForSelector('#details .facts');
      const facts = await page.locator('#details .facts li').allTextContents();
      expect(facts).toEqual([
        'Taking part: about 40 Kommunen',
        `Method Quartiersrunde ${p}: 1. Zuhören → 2. Planen → 3. Handeln`,
        'Website: https://nachbarn.example/',
      ]);
      expect(await page.getAttribute('#details .facts a', 'href')).toBe('https://nachbarn.example/');
      expect(await page.getAttribute('#details .facts a', 'rel')).toBe('noopener noreferrer');
    } finally {
      await deleteByKeyPrefix(api.driver, p);
    }
  });

  it('switches to the co-creation network with communities coloured', async () => {
    await page.goto(`${api.baseUrl}/explore/?view=co-creation`);
    await waitForGraph();
    const network = await api.graphql<Json>(
      '{ coCreationNetwork(window: { from: "2015-01-01" }, maxNodes: 300) { nodes { id } } }',
    );
    expect(await renderedNodes()).toBe(network.data?.coCreationNetwork.nodes.length);
    expect(await page.textContent('#legend')).toContain('community 0');
  });

  it('runs an example query in the playground with nothing leaving the origin', async () => {
    await page.goto(`${api.baseUrl}/playground/`);
    await page.waitForSelector('.graphiql-execute-button');
    await page.click('.graphiql-execute-button');
    await page.waitForFunction(
      () => document.querySelector('.result-window')?.textContent?.includes('Oliver Weigel') ?? false,
      undefined,
      { timeout: 30_000 },
    );
    expect(await page.textContent('.result-window')).toContain('"academicTitle": "Dr."');
  });
});
