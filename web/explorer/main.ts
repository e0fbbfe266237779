// The network explorer: search an actor, see its ego network or the co-creation projection, filter by
// years, click for sources and quotes, export. Bundled from npm by scripts/build-web.mjs; it talks only
// to /graphql and /export on its own origin, through the operations typed by codegen.
import cytoscape, {
  type Core,
  type ElementDefinition,
  type EdgeSingular,
  type NodeSingular,
} from 'cytoscape';
import cytoscapeSvg from 'cytoscape-svg';
import { print } from 'graphql';
import {
  ExplorerCoCreationDocument,
  ExplorerEgoNetworkDocument,
  ExplorerEntityFactsDocument,
  ExplorerSearchDocument,
  type ExplorerCoCreationQuery,
  type ExplorerEgoNetworkQuery,
  type ExplorerEntityFactsQuery,
  type ExplorerSearchQuery,
} from '../../src/generated/graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { entityFactsList } from './entity-facts';

cytoscape.use(cytoscapeSvg);

type View = 'ego' | 'co-creation';
type ColourBy = 'sector' | 'type' | 'community';
type SizeBy = 'degree' | 'betweenness' | 'none';

interface ExplorerState {
  view: View;
  actor: string | null;
  depth: number;
  fromYear: number;
  untilYear: number;
  colourBy: ColourBy;
  sizeBy: SizeBy;
}

interface Evidence {
  relationType: string;
  sourceTitle: string;
  quote: string;
  /** QUOTE: checked against the source text; CITATION: a place in a cited document (locator). */
  kind: 'QUOTE' | 'CITATION';
  locator: string | null;
  actorKey?: string | null;
}

const FIRST_YEAR = 2015;
const LAST_YEAR = new Date().getFullYear();
const PALETTE = [
  '#1b9e77',
  '#d95f02',
  '#7570b3',
  '#e7298a',
  '#66a61e',
  '#e6ab02',
  '#a6761d',
  '#1f78b4',
  '#b15928',
  '#6a3d9a',
  '#fb9a99',
  '#999999',
];

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const state = readStateFromUrl();
const colours = new Map<string, string>();
let cy: Core;
/** Only the latest load may draw: an older answer arriving late is dropped. */
let latestLoad = 0;

async function graphql<TResult, TVariables>(
  document: TypedDocumentNode<TResult, TVariables>,
  variables: TVariables,
): Promise<TResult> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: print(document), variables }),
  });
  const body = (await response.json()) as { data?: TResult; errors?: { message: string }[] };
  if (body.errors !== undefined && body.errors.length > 0)
    throw new Error(body.errors.map((e) => e.message).join('; '));
  return body.data as TResult;
}

function windowVariable() {
  return { from: `${state.fromYear}-01-01`, until: `${state.untilYear}-12-31` };
}

function readStateFromUrl(): ExplorerState {
  const params = new URLSearchParams(window.location.search);
  const year = (name: string, fallback: number) => {
    const value = Number(params.get(name));
    return Number.isInteger(value) && value >= FIRST_YEAR && value <= LAST_YEAR ? value : fallback;
  };
  const view: View = params.get('view') === 'co-creation' ? 'co-creation' : 'ego';
  return {
    view,
    actor: params.get('actor'),
    depth: Math.min(3, Math.max(1, Number(params.get('depth')) || 2)),
    fromYear: year('from', FIRST_YEAR),
    untilYear: year('until', LAST_YEAR),
    // The co-creation projection is coloured by community unless the link says otherwise.
    colourBy: (['sector', 'type', 'community'].includes(params.get('colour') ?? '')
      ? params.get('colour')
      : view === 'co-creation'
        ? 'community'
        : 'sector') as ColourBy,
    sizeBy: (['degree', 'betweenness', 'none'].includes(params.get('size') ?? '')
      ? params.get('size')
      : 'degree') as SizeBy,
  };
}

/** The URL holds the view, so a view can be shared as a link. */
function writeStateToUrl(): void {
  const params = new URLSearchParams();
  params.set('view', state.view);
  if (state.actor !== null) params.set('actor', state.actor);
  params.set('depth', String(state.depth));
  params.set('from', String(state.fromYear));
  params.set('until', String(state.untilYear));
  params.set('colour', state.colourBy);
  params.set('size', state.sizeBy);
  window.history.replaceState(null, '', `${window.location.pathname}?${params.toString()}`);
  updateExportLinks();
}

function colourOf(value: string | null | undefined): string {
  const key = value ?? 'unknown';
  if (!colours.has(key))
    colours.set(key, key === 'unknown' ? '#bbbbbb' : (PALETTE[colours.size % PALETTE.length] as string));
  return colours.get(key) as string;
}

async function load(): Promise<void> {
  const token = ++latestLoad;
  writeStateToUrl();
  setStatus('Loading…');
  try {
    let elements: ElementDefinition[];
    if (state.view === 'ego') {
      if (state.actor === null) {
        cy.elements().remove();
        setStatus('Search an actor to see its network.');
        return;
      }
      const data = await graphql<
        ExplorerEgoNetworkQuery,
        { actor: string; depth: number; window: ReturnType<typeof windowVariable> }
      >(ExplorerEgoNetworkDocument, { actor: state.actor, depth: state.depth, window: windowVariable() });
      if (token !== latestLoad) return;
      elements = toElements(data.egoNetwork.nodes, data.egoNetwork.edges);
      setStatus(
        `${data.egoNetwork.nodes.length} nodes, ${data.egoNetwork.edges.length} edges${data.egoNetwork.truncated ? ' (cut at 150 nodes)' : ''}`,
      );
    } else {
      const data = await graphql<ExplorerCoCreationQuery, { window: ReturnType<typeof windowVariable> }>(
        ExplorerCoCreationDocument,
        { window: windowVariable() },
      );
      if (token !== latestLoad) return;
      elements = toElements(data.coCreationNetwork.nodes, data.coCreationNetwork.edges);
      setStatus(
        `${data.coCreationNetwork.nodes.length} actors, ${data.coCreationNetwork.edges.length} ties, modularity ${data.coCreationNetwork.modularity?.toFixed(2) ?? '-'}`,
      );
    }
    cy.elements().remove();
    cy.add(elements);
    $('details').replaceChildren(
      Object.assign(document.createElement('p'), {
        textContent: 'Click a node or an edge for its sources and quotes.',
      }),
    );
    restyle();
    cy.layout({
      name: 'cose',
      animate: false,
      randomize: false,
      nodeRepulsion: () => 8000,
    } as cytoscape.LayoutOptions).run();
    renderNodeList();
  } catch (error) {
    if (token === latestLoad) setStatus(`Error: ${(error as Error).message}`);
  }
}

function toElements(
  nodes: {
    id: string;
    label: string;
    type: string;
    sector?: string | null;
    sectors: string[];
    degree: number;
    betweenness?: number | null;
    community?: number | null;
  }[],
  edges: { id: string; source: string; target: string; type: string; weight: number; evidence: Evidence[] }[],
): ElementDefinition[] {
  return [
    ...nodes.map((node) => ({
      group: 'nodes' as const,
      // A person of several sectors (a professor who chairs an association) is coloured as such.
      data: {
        ...node,
        sector: node.sector ?? (node.sectors.length > 1 ? 'several sectors' : null),
        focus: node.id === state.actor,
      },
    })),
    ...edges.map((edge) => ({ group: 'edges' as const, data: { ...edge } })),
  ];
}

async function expand(key: string): Promise<void> {
  const data = await graphql<
    ExplorerEgoNetworkQuery,
    { actor: string; depth: number; window: ReturnType<typeof windowVariable> }
  >(ExplorerEgoNetworkDocument, { actor: key, depth: 1, window: windowVariable() }).catch(() => undefined);
  if (data === undefined) return;
  const fresh = toElements(data.egoNetwork.nodes, data.egoNetwork.edges).filter((element) =>
    cy.getElementById(String(element.data.id)).empty(),
  );
  cy.add(fresh);
  restyle();
  cy.layout({ name: 'cose', animate: false, randomize: false } as cytoscape.LayoutOptions).run();
  renderNodeList();
  setStatus(`${cy.nodes().length} nodes, ${cy.edges().length} edges (expanded ${key})`);
}

function restyle(): void {
  const metric = (node: NodeSingular) => (state.sizeBy === 'none' ? 0 : Number(node.data(state.sizeBy) ?? 0));
  const max = Math.max(1e-9, ...cy.nodes().map(metric));
  const maxWeight = Math.max(1, ...cy.edges().map((edge) => Number(edge.data('weight') ?? 1)));
  cy.nodes().forEach((node) => {
    const value =
      state.colourBy === 'community'
        ? node.data('community') === null || node.data('community') === undefined
          ? null
          : `community ${node.data('community')}`
        : node.data(state.colourBy);
    node.style('background-color', colourOf(value as string | null));
    const size = state.sizeBy === 'none' ? 22 : 16 + 34 * (metric(node) / max);
    node.style({ width: size, height: size });
  });
  cy.edges().forEach((edge) => {
    const weight = Number(edge.data('weight') ?? 1);
    edge.style('width', maxWeight <= 1 ? 1.5 : 1.5 + 4.5 * ((weight - 1) / (maxWeight - 1)));
  });
  renderLegend();
}

function renderLegend(): void {
  const legend = $('legend');
  const values = new Set<string>();
  cy.nodes().forEach((node) => {
    const value =
      state.colourBy === 'community'
        ? node.data('community') === null || node.data('community') === undefined
          ? 'unknown'
          : `community ${node.data('community')}`
        : (node.data(state.colourBy) ?? 'unknown');
    values.add(String(value));
  });
  legend.replaceChildren(
    ...[...values].sort().map((value) => {
      const item = document.createElement('li');
      const swatch = document.createElement('span');
      swatch.className = 'swatch';
      swatch.style.background = colourOf(value === 'unknown' ? null : value);
      item.append(swatch, document.createTextNode(value));
      return item;
    }),
  );
}

/** A keyboard-usable list of the nodes: Tab to an item, Enter shows its details. */
function renderNodeList(): void {
  const list = $('node-list');
  list.replaceChildren(
    ...cy
      .nodes()
      .sort((a, b) => String(a.data('label')).localeCompare(String(b.data('label'))))
      .map((node) => {
        const item = document.createElement('li');
        const button = document.createElement('button');
        button.type = 'button';
        button.textContent = `${node.data('label')} (${node.data('type')})`;
        button.addEventListener('click', () => showNode(node as NodeSingular));
        item.append(button);
        return item;
      }),
  );
}

function showNode(node: NodeSingular): void {
  cy.elements().unselect();
  node.select();
  const panel = $('details');
  const heading = document.createElement('h2');
  heading.textContent = String(node.data('label'));
  const facts = document.createElement('p');
  facts.textContent = `${node.data('type')} · ${(node.data('sectors') as string[] | undefined)?.join(', ') || 'sector unknown'} · degree ${node.data('degree')}${node.data('betweenness') === undefined || node.data('betweenness') === null ? '' : ` · betweenness ${Number(node.data('betweenness')).toFixed(3)}`}`;
  const actions = document.createElement('p');
  const expandButton = document.createElement('button');
  expandButton.type = 'button';
  expandButton.textContent = 'Expand neighbours';
  expandButton.addEventListener('click', () => void expand(String(node.id())));
  const focusButton = document.createElement('button');
  focusButton.type = 'button';
  focusButton.textContent = 'Centre on this actor';
  focusButton.addEventListener('click', () => {
    state.actor = String(node.id());
    state.view = 'ego';
    syncControls();
    void load();
  });
  actions.append(expandButton, document.createTextNode(' '), focusButton);
  const evidence: Evidence[] = node
    .connectedEdges()
    .toArray()
    .flatMap((edge) => (edge.data('evidence') as Evidence[]) ?? []);
  panel.replaceChildren(heading, facts, actions, evidenceList(evidence));
  // Counts, web presences, methods, hosting: fetched for the selected node only.
  const key = String(node.id());
  void graphql<ExplorerEntityFactsQuery, { key: string }>(ExplorerEntityFactsDocument, { key })
    .then((answer) => {
      const list = entityFactsList(answer);
      if (list !== undefined && panel.querySelector('h2') === heading) facts.after(list);
    })
    .catch(() => undefined);
}

function showEdge(edge: EdgeSingular): void {
  const panel = $('details');
  const heading = document.createElement('h2');
  heading.textContent = `${edge.source().data('label')} — ${edge.target().data('label')}`;
  const facts = document.createElement('p');
  facts.textContent = `${edge.data('type')} · weight ${edge.data('weight')}`;
  panel.replaceChildren(heading, facts, evidenceList((edge.data('evidence') as Evidence[]) ?? []));
}

function evidenceList(evidence: Evidence[]): HTMLElement {
  const section = document.createElement('section');
  const title = document.createElement('h3');
  title.textContent = `Sources (${evidence.length})`;
  const list = document.createElement('ul');
  list.className = 'evidence';
  for (const item of evidence.slice(0, 50)) {
    const entry = document.createElement('li');
    const quote = document.createElement('blockquote');
    // A citation has no quote to show, only where the cited document says it (not checked).
    quote.className = item.kind === 'CITATION' ? 'citation' : 'quote';
    quote.textContent = item.kind === 'CITATION' ? `cited: ${item.locator ?? ''}` : `„${item.quote}“`;
    const cite = document.createElement('cite');
    cite.textContent = `${item.relationType} — ${item.sourceTitle}`;
    entry.append(quote, cite);
    list.append(entry);
  }
  section.append(title, list);
  return section;
}

function setStatus(text: string): void {
  $('status').textContent = text;
}

function updateExportLinks(): void {
  const base =
    state.view === 'ego'
      ? `view=ego&actor=${encodeURIComponent(state.actor ?? '')}&depth=${state.depth}`
      : 'view=co-creation';
  const window = `from=${state.fromYear}-01-01&until=${state.untilYear}-12-31`;
  for (const format of ['graphml', 'gexf', 'cytoscape', 'csv-nodes', 'csv-edges']) {
    const link = document.getElementById(`export-${format}`) as HTMLAnchorElement | null;
    if (link !== null) link.href = `/export/${format}?${base}&${window}&layout=true`;
  }
}

function download(name: string, blob: Blob): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

function syncControls(): void {
  $<HTMLSelectElement>('view').value = state.view;
  $<HTMLSelectElement>('depth').value = String(state.depth);
  $<HTMLSelectElement>('colour').value = state.colourBy;
  $<HTMLSelectElement>('size').value = state.sizeBy;
  $<HTMLInputElement>('from-year').value = String(state.fromYear);
  $<HTMLInputElement>('until-year').value = String(state.untilYear);
  $('years').textContent = `${state.fromYear}–${state.untilYear}`;
}

function setUpControls(): void {
  for (const id of ['from-year', 'until-year']) {
    const input = $<HTMLInputElement>(id);
    input.min = String(FIRST_YEAR);
    input.max = String(LAST_YEAR);
  }
  syncControls();
  let searchTimer: ReturnType<typeof setTimeout> | undefined;
  const search = $<HTMLInputElement>('search');
  const suggestions = $('suggestions');
  search.addEventListener('input', () => {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(async () => {
      const query = search.value.trim();
      if (query.length < 2) {
        suggestions.replaceChildren();
        return;
      }
      const data = await graphql<ExplorerSearchQuery, { query: string }>(ExplorerSearchDocument, {
        query,
      }).catch(() => undefined);
      suggestions.replaceChildren(
        ...(data?.search ?? []).map((hit) => {
          const item = document.createElement('li');
          const button = document.createElement('button');
          button.type = 'button';
          button.className = 'suggestion';
          button.dataset.key = hit.key;
          button.textContent = `${hit.name}${hit.abbreviation ? ` (${hit.abbreviation})` : ''} · ${hit.type}`;
          button.addEventListener('click', () => {
            state.actor = hit.key;
            state.view = 'ego';
            suggestions.replaceChildren();
            search.value = hit.name;
            syncControls();
            void load();
          });
          item.append(button);
          return item;
        }),
      );
    }, 200);
  });
  $<HTMLSelectElement>('view').addEventListener('change', (event) => {
    state.view = (event.target as HTMLSelectElement).value as View;
    if (state.view === 'co-creation' && state.colourBy !== 'community') state.colourBy = 'community';
    syncControls();
    void load();
  });
  $<HTMLSelectElement>('depth').addEventListener('change', (event) => {
    state.depth = Number((event.target as HTMLSelectElement).value);
    void load();
  });
  $<HTMLSelectElement>('colour').addEventListener('change', (event) => {
    state.colourBy = (event.target as HTMLSelectElement).value as ColourBy;
    writeStateToUrl();
    restyle();
  });
  $<HTMLSelectElement>('size').addEventListener('change', (event) => {
    state.sizeBy = (event.target as HTMLSelectElement).value as SizeBy;
    writeStateToUrl();
    restyle();
  });
  for (const id of ['from-year', 'until-year']) {
    $<HTMLInputElement>(id).addEventListener('change', () => {
      let from = Number($<HTMLInputElement>('from-year').value);
      let until = Number($<HTMLInputElement>('until-year').value);
      if (from > until) [from, until] = [until, from];
      state.fromYear = from;
      state.untilYear = until;
      syncControls();
      void load();
    });
  }
  $('export-png').addEventListener('click', () =>
    download('quartiersnetz.png', cy.png({ output: 'blob', full: true, bg: '#ffffff' }) as unknown as Blob),
  );
  $('export-svg').addEventListener('click', () => {
    const svg = (cy as unknown as { svg(options: object): string }).svg({ full: true, bg: '#ffffff' });
    download('quartiersnetz.svg', new Blob([svg], { type: 'image/svg+xml' }));
  });
}

function main(): void {
  cy = cytoscape({
    container: $('graph'),
    style: [
      {
        selector: 'node',
        style: {
          label: 'data(label)',
          'font-size': 9,
          'text-wrap': 'ellipsis',
          'text-max-width': '120px',
          'border-width': 1,
          'border-color': '#555',
        },
      },
      { selector: 'node[?focus]', style: { 'border-width': 4, 'border-color': '#000' } },
      { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#e7298a' } },
      { selector: 'edge', style: { 'line-color': '#9aa', 'curve-style': 'bezier', opacity: 0.8 } },
      { selector: 'edge:selected', style: { 'line-color': '#e7298a' } },
    ],
    wheelSensitivity: 0.3,
  });
  cy.on('tap', 'node', (event) => showNode(event.target as NodeSingular));
  cy.on('tap', 'edge', (event) => showEdge(event.target as EdgeSingular));
  cy.on('dbltap', 'node', (event) => void expand(String((event.target as NodeSingular).id())));
  // For tests and power users: the Cytoscape instance of the page.
  (window as unknown as { explorer: { cy: Core; state: ExplorerState } }).explorer = { cy, state };
  setUpControls();
  void load();
}

main();
