/// <reference lib="dom" />
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { importCaseStudy } from '../../src/import/import-case-study';
import { FIRST_YEAR } from '../../web/explorer/explorer-state';
import { useApiTestServer } from '../utils/api-test-server';
import { uniquePrefix } from '../utils/case-study-fixture';
import { deleteByKeyPrefix } from '../utils/graph-fingerprint';
import { foreignRequests, launchBrowser, recordRequests } from '../utils/browser';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The README shows these (docs/images), regenerated here; test-artifacts keeps every run's. */
const IMAGES = resolve(__dirname, '..', '..', 'docs', 'images');
const ARTIFACTS = resolve(__dirname, '..', '..', 'test-artifacts');
const THIS_YEAR = new Date().getFullYear();
const WHOLE_WINDOW = { from: `${FIRST_YEAR}-01-01`, until: `${THIS_YEAR}-12-31` };

/** What the page exposes for tests (window.explorer). */
interface PageExplorer {
  graph: {
    order: number;
    size: number;
    nodes(): string[];
    edges(): string[];
    getNodeAttribute(node: string, name: string): unknown;
    getEdgeAttribute(edge: string, name: string): unknown;
    extremities(edge: string): [string, string];
  };
  renderer: {
    graphToViewport(point: { x: number; y: number }): { x: number; y: number };
    getNodeDisplayData(node: string): { x: number; y: number; color: string } | undefined;
    emit(event: 'enterNode' | 'leaveNode', payload: { node: string }): void;
    getCamera(): { isAnimated(): boolean };
    framedGraphToViewport(point: { x: number; y: number }): { x: number; y: number };
    getContainer(): HTMLElement;
  };
  state: Json;
  select(key: string | null): void;
}

describe('the explorer (sigma.js) and the playground in a real browser', () => {
  const api = useApiTestServer();
  let browser: Browser;
  let page: Page;
  let requests: string[];

  beforeAll(async () => {
    browser = await launchBrowser();
    mkdirSync(IMAGES, { recursive: true });
    mkdirSync(ARTIFACTS, { recursive: true });
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

  async function open(path: string): Promise<void> {
    await page.goto(`${api.baseUrl}${path}`);
    await ready();
  }
  const ready = () =>
    page.waitForSelector('#graph[data-state="ready"]', { timeout: 60_000 }).then(() => undefined);
  const drawn = () =>
    page.evaluate(() => {
      const { graph } = (window as unknown as { explorer: PageExplorer }).explorer;
      return { nodes: graph.order, edges: graph.size };
    });
  /** Where a node is on screen, in page coordinates. */
  const screenPoint = (key: string) =>
    page.evaluate((node) => {
      const { renderer } = (window as unknown as { explorer: PageExplorer }).explorer;
      const data = renderer.getNodeDisplayData(node);
      if (data === undefined) throw new Error(`${node} is not drawn`);
      const point = renderer.framedGraphToViewport(data);
      const box = renderer.getContainer().getBoundingClientRect();
      return { x: box.left + point.x, y: box.top + point.y };
    }, key);
  /** How many nodes a hover or selection dims (drawn in the dimmed grey). */
  const dimmed = () =>
    page.evaluate(() => {
      const { graph, renderer } = (window as unknown as { explorer: PageExplorer }).explorer;
      return graph.nodes().filter((node) => renderer.getNodeDisplayData(node)?.color === '#e6e6e6').length;
    });
  /** Waits until some nodes are dimmed (a hover applied), or none. */
  async function untilDimmed(some: boolean): Promise<void> {
    const deadline = Date.now() + 10_000;
    while ((await dimmed()) > 0 !== some) {
      if (Date.now() > deadline)
        throw new Error(`no node became ${some ? 'dimmed' : 'undimmed'} within 10 s`);
      await page.waitForTimeout(50);
    }
  }
  /** Waits until the camera stands still (sigma glides on after a drag or a wheel zoom). */
  const untilStill = () =>
    page.waitForFunction(
      () => !(window as unknown as { explorer: PageExplorer }).explorer.renderer.getCamera().isAnimated(),
    );

  async function apiCoCreation(scope: string | null, window: Json = WHOLE_WINDOW) {
    const response = await api.graphql<Json>(
      'query($s: String, $w: TimeWindowInput) { coCreationNetwork(scope: $s, window: $w, maxNodes: 300, maxEdges: 2000) { nodes { id } edges { id } } }',
      { variables: { s: scope, w: window } },
    );
    const network = response.data?.coCreationNetwork;
    return { nodes: network.nodes.length as number, edges: network.edges.length as number };
  }

  async function apiEgo(centre: string, depth: number, window: Json = WHOLE_WINDOW) {
    const response = await api.graphql<Json>(
      'query($c: String!, $d: Int!, $w: TimeWindowInput) { egoNetwork(actor: $c, depth: $d, maxNodes: 150, window: $w) { nodes { id } edges { id } } }',
      { variables: { c: centre, d: depth, w: window } },
    );
    const network = response.data?.egoNetwork;
    return { nodes: network.nodes.length as number, edges: network.edges.length as number };
  }

  it('opens on an overview: the co-creation network of the whole graph, what a tie means, named communities', async () => {
    await open('/explore/');
    const expected = await apiCoCreation(null);
    expect(expected.nodes).toBeGreaterThan(0);
    expect(await drawn()).toEqual(expected);
    expect(await page.textContent('#meaning')).toMatch(/^Eine Linie verbindet zwei Akteure/);
    const legend = await page.locator('#legend li').allTextContents();
    expect(legend.length).toBeGreaterThan(1);
    for (const entry of legend) expect(entry).toMatch(/^Gemeinschaft um .+ \(\d+\)$/);
    expect(await page.textContent('#modularity')).toMatch(/^Modularität 0,\d+: /);
    expect(page.url()).toContain('view=co-creation');
    await page.screenshot({ path: join(IMAGES, 'explorer-overview.png') });
  });

  it("draws the overview at the API's seeded layout (no layout in the page), the query of its playground link", async () => {
    await open('/explore/?scope=biwaq');
    const href = await page.getAttribute('#open-playground', 'href');
    const link = new URLSearchParams((href ?? '').split('?')[1]);
    const variables = JSON.parse(link.get('variables') ?? '{}') as Json;
    expect(variables.positions).toBe(true);
    const answer = await api.graphql<Json>(link.get('query') ?? '', { variables });
    const nodes = answer.data?.coCreationNetwork.nodes as Json[];
    expect(nodes.length).toBeGreaterThan(2);
    const drawnAt = await page.evaluate(
      (keys) => {
        const { graph } = (window as unknown as { explorer: PageExplorer }).explorer;
        return keys.map((key) => [graph.getNodeAttribute(key, 'x'), graph.getNodeAttribute(key, 'y')]);
      },
      nodes.map((node) => node.id as string),
    );
    expect(drawnAt).toEqual(nodes.map((node) => [node.x, node.y]));
  });

  it('ego view: actors by sector, every other node named as its type, never "unknown"; arrows on relations', async () => {
    await open('/explore/?view=ego&centre=bmi&depth=2');
    expect(await drawn()).toEqual(await apiEgo('bmi', 2));
    const legend = (await page.locator('#legend li').allTextContents()).join(' | ');
    expect(legend).not.toMatch(/unknown|unbekannt/i);
    expect(legend).toContain('Bundesverwaltung');
    expect(legend).toContain('Veranstaltung');
    const programs = await page.evaluate(() => {
      const { graph } = (window as unknown as { explorer: PageExplorer }).explorer;
      return [...new Set(graph.edges().map((edge) => graph.getEdgeAttribute(edge, 'type') as string))];
    });
    expect(programs).toContain('arrow');
    // The Actor box names the centre of a deep link.
    expect(await page.inputValue('#search')).toBe('Bundesministerium des Innern, für Bau und Heimat');
    await page.screenshot({ path: join(IMAGES, 'explorer-ego.png') });
  });

  it("lists a node's quotes on click, with each source's title, date and a link, and citations as such", async () => {
    await open('/explore/?view=ego&centre=bmi&depth=2');
    const point = await screenPoint('bmi');
    await page.mouse.click(point.x, point.y);
    await page.waitForSelector('#details .quote');
    expect(await page.textContent('#details h2')).toBe('Bundesministerium des Innern, für Bau und Heimat');
    expect(await page.textContent('#details .quote')).toMatch(/^„.+“$/);
    // A quoted source links to the playground; a cited one with an address to it (the BBSR's history
    // page, for the BBSR in the BMI's portfolio: issue 14's reference case study).
    const links = await page
      .locator('#details .source-link')
      .evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href') ?? ''));
    expect(links.some((href) => /^\/playground\/\?query=/.test(href))).toBe(true);
    expect(links).toContain('https://www.bbsr.bund.de/BBSR/DE/ueber-uns/geschichte/_node.html');
    expect(page.url()).toContain('selected=bmi');
    // The BMWSB's ties are partly cited, not quoted (its own page, issue 14): shown as such.
    await page.evaluate(() => (window as unknown as { explorer: PageExplorer }).explorer.select('bmwsb'));
    await page.waitForSelector('#details .citation');
    expect(await page.locator('#details .citation').allTextContents()).toContain('zitiert: erster Absatz');
    await page.screenshot({ path: join(IMAGES, 'explorer-side-panel.png') });
  });

  it('keeps the styles still while the stage is dragged: a hover restyles at mouse-up, and hovering works after a drag', async () => {
    // Depth 2: not every node is a neighbour of the centre, so a hover dims some.
    await open('/explore/?view=ego&centre=bmi&depth=2');
    // A corner of the stage, away from the nodes (the camera frames them with a margin).
    const box = (await page.locator('#graph').boundingBox())!;
    const corner = { x: box.x + 8, y: box.y + box.height - 8 };
    await page.mouse.move(corner.x, corner.y);
    await page.mouse.down();
    // What sigma reports when the pointer crosses a node mid-drag (frames lag behind the pointer).
    await page.evaluate(() =>
      (window as unknown as { explorer: PageExplorer }).explorer.renderer.emit('enterNode', { node: 'bmi' }),
    );
    expect(await dimmed()).toBe(0);
    await page.mouse.up();
    await untilDimmed(true);
    // A real drag, then a hover: the frames drawn while dragging skipped the picking pass, and the
    // first frame after it draws that pass again, so the node under the pointer is found.
    await page.evaluate(() =>
      (window as unknown as { explorer: PageExplorer }).explorer.renderer.emit('leaveNode', { node: 'bmi' }),
    );
    await untilDimmed(false);
    await page.mouse.move(corner.x, corner.y);
    await page.mouse.down();
    await page.mouse.move(corner.x + 120, corner.y - 60, { steps: 8 });
    await page.mouse.up();
    await page.mouse.move(corner.x + 20, corner.y - 20);
    expect(await dimmed()).toBe(0);
    // The stage glides on after a drag (sigma's inertia): find bmi once it stands still.
    await untilStill();
    const bmi = await screenPoint('bmi');
    await page.mouse.move(bmi.x, bmi.y, { steps: 4 });
    await untilDimmed(true);
    // A drag held still before the mouse comes up: no glide follows, yet hovering finds nodes.
    await page.mouse.move(corner.x, corner.y);
    await untilDimmed(false);
    await page.mouse.down();
    await page.mouse.move(corner.x + 80, corner.y - 40, { steps: 8 });
    await page.waitForTimeout(300);
    await page.mouse.up();
    await page.mouse.move(corner.x + 60, corner.y - 30);
    const moved = await screenPoint('bmi');
    await page.mouse.move(moved.x, moved.y, { steps: 4 });
    await untilDimmed(true);
  });

  it('selects a node clicked with a trembling hand (a press with a move or two is a click, not a drag)', async () => {
    await open('/explore/?view=ego&centre=bmi&depth=2');
    const key = await page.evaluate(() => {
      const { graph } = (window as unknown as { explorer: PageExplorer }).explorer;
      return graph.nodes().find((node) => node !== 'bmi') as string;
    });
    const at = await screenPoint(key);
    await page.mouse.move(at.x, at.y);
    await page.mouse.down();
    await page.mouse.move(at.x + 1, at.y);
    await page.mouse.move(at.x + 1, at.y + 1);
    await page.mouse.up();
    await page.waitForFunction(
      (node) => new URL(window.location.href).searchParams.get('selected') === node,
      key,
      { timeout: 10_000 },
    );
  });

  it('finds the node under the pointer after a zoom', async () => {
    await open('/explore/?view=ego&centre=bmi&depth=2');
    const box = (await page.locator('#graph').boundingBox())!;
    await page.mouse.move(box.x + 8, box.y + box.height - 8);
    for (const delta of [-240, -240, 240]) await page.mouse.wheel(0, delta);
    await untilStill();
    const bmi = await screenPoint('bmi');
    await page.mouse.move(bmi.x, bmi.y, { steps: 4 });
    await untilDimmed(true);
  });

  it('lists both quotes of an edge that has two (esf CO_FUNDS biwaq), on a click on the edge', async () => {
    await open('/explore/?view=ego&centre=esf&depth=1');
    const [a, b] = [await screenPoint('esf'), await screenPoint('biwaq')];
    await page.mouse.click((a.x + b.x) / 2, (a.y + b.y) / 2);
    await page.waitForSelector('#details .evidence li');
    expect(await page.textContent('#details .edge-facts')).toBe('kofinanziert');
    const quotes = await page.locator('#details .quote').allTextContents();
    expect(quotes).toHaveLength(2);
    expect(new Set(quotes).size).toBe(2);
  });

  it('the scope picker narrows the co-creation network, and the URL says so', async () => {
    await open('/explore/');
    const whole = await drawn();
    await page.waitForSelector('#scope option[value="biwaq"]', { state: 'attached' });
    await page.selectOption('#scope', 'biwaq');
    await page.waitForURL(/scope=biwaq/);
    await ready();
    const expected = await apiCoCreation('biwaq');
    expect(await drawn()).toEqual(expected);
    expect(expected.nodes).toBeLessThan(whole.nodes);
    await page.screenshot({ path: join(IMAGES, 'explorer-scoped.png') });
  });

  it('search finds a project and opens it as the scope; an event opens its own ego network', async () => {
    await open('/explore/');
    await page.fill('#search', 'Menschen und Quartiere bewegen');
    await page.click('#suggestions button[data-type="Project"]');
    await page.waitForURL(/scope=biwaq-duisburg(&|$)/);
    await ready();
    expect(await drawn()).toEqual(await apiCoCreation('biwaq-duisburg'));
    await page.fill('#search', 'Auftaktwerkstatt');
    await page.click('#suggestions button[data-type="Event"]');
    await page.waitForURL(/view=ego/);
    await ready();
    const centre = await page.evaluate(
      () => (window as unknown as { explorer: PageExplorer }).explorer.state.centre,
    );
    expect((await drawn()).nodes).toBe((await apiEgo(centre, 2)).nodes);
  });

  it('a deep link restores every control, and the page writes the same link back', async () => {
    const link =
      'view=ego&centre=bbsr&depth=1&from=2019&until=2022&colour=type&size=betweenness&max=120&lang=en&selected=biwaq&panel=open';
    await open(`/explore/?${link}`);
    expect(await page.inputValue('#view')).toBe('ego');
    expect(await page.inputValue('#depth')).toBe('1');
    expect(await page.inputValue('#colour')).toBe('type');
    expect(await page.inputValue('#size')).toBe('betweenness');
    expect(await page.inputValue('#from-year')).toBe('2019');
    expect(await page.inputValue('#until-year')).toBe('2022');
    expect(await page.textContent('#years')).toBe('2019–2022');
    expect(await page.textContent('#language')).toBe('Deutsch');
    expect(await page.textContent('#meaning')).toMatch(/^The relationships around one entity/);
    expect(await page.textContent('#details h2')).toBe('Bildung, Wirtschaft, Arbeit im Quartier');
    expect(new URL(page.url()).search).toBe(`?${link}`);
    expect(await drawn()).toEqual(await apiEgo('bbsr', 1, { from: '2019-01-01', until: '2022-12-31' }));
  });

  it('the play button steps year by year, and the ties shown are those valid in that year', async () => {
    await open('/explore/?from=2019&until=2023');
    const seen = new Map<number, { nodes: number; edges: number }>();
    await page.click('#play');
    for (let year = 2019; year <= 2023; year++) {
      // The counts are read in the same evaluation that sees the year ready: a second round trip could
      // land after the 1.2 s step on a busy machine and read the next year's network.
      const counts = await page.waitForFunction(
        (y) => {
          const ready =
            document.getElementById('years')?.textContent === String(y) &&
            document.getElementById('graph')?.dataset.state === 'ready';
          const { graph } = (window as unknown as { explorer: PageExplorer }).explorer;
          return ready && { nodes: graph.order, edges: graph.size };
        },
        year,
        { timeout: 60_000, polling: 50 },
      );
      seen.set(year, (await counts.jsonValue()) as { nodes: number; edges: number });
    }
    for (const [year, counts] of seen)
      expect(counts).toEqual(await apiCoCreation(null, { from: `${year}-01-01`, until: `${year}-12-31` }));
    expect(new Set([...seen.values()].map((c) => c.edges)).size).toBeGreaterThan(1);
  });

  it('is usable at 800 px: the network takes the width, the panel opens on demand', async () => {
    await page.setViewportSize({ width: 800, height: 700 });
    await open('/explore/?view=ego&centre=bbsr&depth=1');
    expect(await page.isVisible('#panel')).toBe(false);
    expect((await page.locator('#graph').boundingBox())?.width).toBeGreaterThan(780);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(800);
    await page.click('#panel-toggle');
    expect(await page.isVisible('#panel')).toBe(true);
    expect(page.url()).toContain('panel=open');
    // The keyboard list reaches every node.
    await page.click('#panel summary');
    expect(await page.locator('#node-list button').count()).toBe((await drawn()).nodes);
    await page.screenshot({ path: join(ARTIFACTS, 'explorer-800px.png') });
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
      await open(`/explore/?view=ego&centre=${p}-verein&depth=1`);
      await page.evaluate(
        (key) => (window as unknown as { explorer: PageExplorer }).explorer.select(key),
        `${p}-projekt`,
      );
      await page.waitForSelector('#details .facts');
      expect(await page.locator('#details .facts li').allTextContents()).toEqual([
        'Taking part: about 40 Kommunen',
        `Method Quartiersrunde ${p}: 1. Zuhören → 2. Planen → 3. Handeln`,
        'Website: https://nachbarn.example/',
      ]);
      expect(await page.getAttribute('#details .facts a', 'href')).toBe('https://nachbarn.example/');
      expect(await page.getAttribute('#details .facts a', 'rel')).toBe('noopener noreferrer');
      // The source of the quote has no URL: its text opens in the playground.
      await page.waitForSelector('#details .quote');
      expect(await page.textContent('#details cite')).toContain('Nachbarn (2024-01-01)');
    } finally {
      await deleteByKeyPrefix(api.driver, p);
    }
  });

  it('names an organisation as it was called in the years shown, and lists its names over time (issue 14)', async () => {
    // `name` is the full name; the drawn `label` may be shortened.
    const labelOfBmi = () =>
      page.evaluate(() =>
        (window as unknown as { explorer: PageExplorer }).explorer.graph.getNodeAttribute('bmi', 'name'),
      );
    await open('/explore/?view=ego&centre=bmi&depth=1&from=2016&until=2017');
    expect(await labelOfBmi()).toBe('Bundesministerium des Innern');
    await open('/explore/?view=ego&centre=bmi&depth=1&from=2019&until=2020');
    expect(await labelOfBmi()).toBe('Bundesministerium des Innern, für Bau und Heimat');
    await page.evaluate(
      (key) => (window as unknown as { explorer: PageExplorer }).explorer.select(key),
      'bmi',
    );
    await page.waitForSelector('#details .facts');
    const facts = await page.locator('#details .facts li').allTextContents();
    expect(facts.filter((fact) => fact.startsWith('Name: '))).toEqual([
      'Name: Bundesministerium des Innern (until 2018-03-13)',
      'Name: Bundesministerium des Innern, für Bau und Heimat (2018-03-14 – 2021-12-07)',
    ]);
  });

  it('runs an example query in the playground with nothing leaving the origin; its question is shown in full', async () => {
    await page.goto(`${api.baseUrl}/playground/`);
    await page.waitForSelector('.graphiql-execute-button');
    expect(await page.textContent('.graphiql-logo')).toContain('quartiersnetz');
    expect(await page.getAttribute('.graphiql-logo a', 'href')).toBe('/explore/');
    expect(await page.textContent('.graphiql-query-editor')).toMatch(/# .+\?/);
    await page.click('.graphiql-execute-button');
    await page.waitForFunction(
      () => document.querySelector('.result-window')?.textContent?.includes('Oliver Weigel') ?? false,
      undefined,
      { timeout: 30_000 },
    );
    expect(await page.textContent('.result-window')).toContain('"academicTitle": "Dr."');
  });

  it("opens the explorer's query in the playground, and sends a browser's GET /graphql there", async () => {
    await open('/explore/?scope=biwaq');
    const href = await page.getAttribute('#open-playground', 'href');
    expect(href).toMatch(/^\/playground\/\?query=/);
    await page.goto(`${api.baseUrl}${href}`);
    await page.waitForSelector('.graphiql-execute-button');
    expect(await page.textContent('.graphiql-query-editor')).toContain('query ExplorerCoCreation');
    await page.click('.graphiql-execute-button');
    await page.waitForFunction(
      () => document.querySelector('.result-window')?.textContent?.includes('"coCreationNetwork"') ?? false,
      undefined,
      { timeout: 30_000 },
    );
    await page.goto(`${api.baseUrl}/graphql`);
    expect(new URL(page.url()).pathname).toBe('/playground/');
  });
});
