// The network explorer, composed here: the state (from the URL), the network view (sigma.js 3 on a
// graphology graph), the side panel, the legend and the controls. It opens on an overview, the
// co-creation network of the whole graph. Bundled from npm by scripts/build-web.mjs; it talks only to
// /graphql and /export on its own origin, through the operations typed by codegen.
import { downloadAsPNG } from '@sigma/export-image';
import { ExplorerEgoNetworkDocument, ExplorerScopesDocument } from '../../src/generated/graphql';
import { createDetailsPanel } from './details-panel';
import {
  EXPLORER_DEFAULTS,
  FIRST_YEAR,
  readState,
  windowOf,
  writeState,
  type ExplorerState,
} from './explorer-state';
import { drawingAsSvg } from './export-svg';
import { graphql, playgroundLink, ApiAnswerError } from './graphql-client';
import { TYPE_WORDS, UI_WORDS, word } from './labels';
import { layOut, type RunningLayout } from './layout';
import { renderLegend } from './legend';
import { loadNetwork, networkOperation } from './load-network';
import {
  addToNetworkGraph,
  buildNetworkGraph,
  isLaidOut,
  type ApiEdge,
  type ApiNode,
  type NetworkGraph,
} from './network-graph';
import { createNetworkView, styleGraph } from './network-view';
import { isScopeType } from '../../src/model/vocabulary';
import { setUpSearch, type SearchHit } from './search-box';

const LAST_YEAR = new Date().getFullYear();
/** How long the play button shows each year once it is drawn. */
const PLAY_STEP_MILLIS = 1200;

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

function main(): void {
  const state = readState(window.location.search, LAST_YEAR, window.matchMedia('(max-width: 900px)').matches);
  if (state.view === 'ego' && state.centre === null) state.view = 'co-creation';
  const session: {
    graph: NetworkGraph;
    layout: RunningLayout | null;
    request: AbortController | null;
    loads: number;
    playing: boolean;
    /** What the drawing shows apart from the years (view, scope, size): a change starts a fresh drawing. */
    drawing: string;
  } = {
    graph: buildNetworkGraph({ nodes: [], edges: [] }),
    layout: null,
    request: null,
    loads: 0,
    playing: false,
    drawing: '',
  };
  const container = $('graph');

  const view = createNetworkView(container, session.graph, {
    onNode: (key) => select(key),
    onEdge: (key) => {
      view.select({ edge: key });
      panel.showEdge(key);
    },
    onNodeDoubleClick: (key) => (state.view === 'ego' ? void expand(key) : centreOn(key)),
    onStage: () => select(null),
  });
  const panel = createDetailsPanel({
    panel: $('details'),
    graph: () => session.graph,
    state,
    onCentre: (key) => centreOn(key),
    onExpand: (key) => void expand(key),
  });

  function select(key: string | null): void {
    state.selected = key;
    view.select({ node: key, edge: null });
    if (key === null) panel.clear();
    else {
      panel.showNode(key);
      if (!state.panelOpen) {
        state.panelOpen = true;
        syncControls();
      }
    }
    writeUrl();
  }

  function centreOn(key: string): void {
    state.view = 'ego';
    state.centre = key;
    state.maxNodes = EXPLORER_DEFAULTS.maxNodes.ego;
    state.colourBy = EXPLORER_DEFAULTS.colourBy.ego;
    state.selected = key;
    syncControls();
    void load();
  }

  function writeUrl(): void {
    window.history.replaceState(null, '', `${window.location.pathname}?${writeState(state)}`);
    updateLinks();
  }

  function setStatus(text: string): void {
    $('status').textContent = text;
  }

  function restyle(): void {
    const legend = styleGraph(session.graph, state, state.view);
    renderLegend($('legend'), $('shapes'), legend, state);
    renderNodeList();
    view.refresh();
  }

  /** Loads and draws the network the state asks for; only the latest load may draw. */
  async function load(): Promise<void> {
    const token = ++session.loads;
    session.request?.abort();
    session.layout?.cancel();
    const request = new AbortController();
    session.request = request;
    writeUrl();
    container.dataset.state = 'loading';
    setStatus(state.language === 'de' ? 'Lädt…' : 'Loading…');
    $('meaning').textContent = (state.view === 'ego' ? UI_WORDS.egoMeaning : UI_WORDS.tieMeaning)[
      state.language
    ];
    try {
      const drawing = [state.view, state.scope, state.centre, state.depth, state.maxNodes].join('|');
      const fresh = drawing !== session.drawing;
      const loaded = await loadNetwork(state, request.signal, fresh);
      if (token !== session.loads || loaded === null) return;
      performance.mark('qn:answer');
      // A fresh drawing (another view, scope or size) comes laid out by the API (seeded, cached with the
      // answer) and replaces the picture; a new year of the same drawing asked for no positions, keeps
      // the places its nodes had and is laid out here.
      const laidOut = fresh && isLaidOut(loaded);
      session.drawing = drawing;
      session.graph = buildNetworkGraph(loaded, laidOut ? undefined : session.graph);
      restyle();
      view.show(session.graph);
      // Marks for the browser benchmark (bench/explorer.bench.ts): answer, first frame, layout done.
      requestAnimationFrame(() => performance.mark('qn:drawn'));
      $('modularity').textContent = loaded.modularity;
      setStatus(loaded.status);
      if (!laidOut) {
        session.layout = layOut(session.graph);
        await session.layout.done;
        if (token !== session.loads) return;
        view.refresh();
      }
      performance.mark('qn:laid-out');
      if (state.view === 'ego' && state.centre !== null && session.graph.hasNode(state.centre))
        $<HTMLInputElement>('search').value = session.graph.getNodeAttribute(state.centre, 'name');
      if (state.selected !== null && session.graph.hasNode(state.selected)) select(state.selected);
      else {
        state.selected = null;
        panel.clear();
        writeUrl();
      }
      container.dataset.state = 'ready';
    } catch (error) {
      if (token !== session.loads || request.signal.aborted) return;
      const code = error instanceof ApiAnswerError && error.code ? ` [${error.code}]` : '';
      setStatus(`${state.language === 'de' ? 'Fehler' : 'Error'}: ${(error as Error).message}${code}`);
      container.dataset.state = 'error';
    }
  }

  /** Adds the neighbours of a node to the ego network drawn. */
  async function expand(key: string): Promise<void> {
    const answer = await graphql(ExplorerEgoNetworkDocument, {
      centre: key,
      depth: 1,
      maxNodes: EXPLORER_DEFAULTS.maxNodes.ego,
      window: windowOf(state),
    }).catch(() => undefined);
    if (answer === undefined) return;
    addToNetworkGraph(session.graph, {
      nodes: answer.egoNetwork.nodes as ApiNode[],
      edges: answer.egoNetwork.edges as ApiEdge[],
    });
    restyle();
    session.layout = layOut(session.graph);
    await session.layout.done;
    view.refresh();
    setStatus(
      `${session.graph.order} ${state.language === 'de' ? 'Knoten' : 'nodes'}, ${session.graph.size} ${state.language === 'de' ? 'Beziehungen' : 'edges'} (+ ${key})`,
    );
  }

  /** A keyboard-usable list of the nodes: Tab to an item, Enter shows its details. */
  function renderNodeList(): void {
    const nodes = session.graph
      .mapNodes((key, node) => ({ key, name: node.name, type: node.entityType }))
      .sort((a, b) => a.name.localeCompare(b.name));
    $('node-list').replaceChildren(
      ...nodes.slice(0, 2000).map((node) => {
        const item = document.createElement('li');
        const button = document.createElement('button');
        button.type = 'button';
        button.dataset.key = node.key;
        button.textContent = `${node.name} (${word(TYPE_WORDS[node.type], state.language, node.type)})`;
        button.addEventListener('click', () => select(node.key));
        item.append(button);
        return item;
      }),
    );
  }

  function updateLinks(): void {
    const params = new URLSearchParams();
    params.set('view', state.view);
    if (state.view === 'ego') {
      params.set('actor', state.centre ?? '');
      params.set('depth', String(state.depth));
    } else if (state.scope !== null) params.set('scope', state.scope);
    params.set('maxNodes', String(state.maxNodes));
    const { from, until } = windowOf(state);
    params.set('from', from);
    params.set('until', until);
    params.set('layout', 'true');
    for (const format of ['graphml', 'gexf', 'cytoscape', 'csv-nodes', 'csv-edges']) {
      const link = document.getElementById(`export-${format}`) as HTMLAnchorElement | null;
      if (link !== null) link.href = `/export/${format}?${params.toString()}`;
    }
    const operation = networkOperation(state);
    if (operation !== null)
      ($('open-playground') as HTMLAnchorElement).href = playgroundLink(
        operation.document,
        operation.variables,
      );
  }

  function translatePage(): void {
    document.documentElement.lang = state.language;
    for (const node of document.querySelectorAll<HTMLElement>('[data-de]'))
      node.textContent = node.dataset[state.language] ?? node.textContent;
    $('language').textContent = state.language === 'de' ? 'English' : 'Deutsch';
    const whole = $<HTMLSelectElement>('scope').querySelector('option[value=""]');
    if (whole !== null) whole.textContent = UI_WORDS.wholeGraph[state.language];
  }

  function syncControls(): void {
    $<HTMLSelectElement>('view').value = state.view;
    $<HTMLSelectElement>('depth').value = String(state.depth);
    $<HTMLSelectElement>('colour').value = state.colourBy;
    $<HTMLSelectElement>('size').value = state.sizeBy;
    $<HTMLInputElement>('from-year').value = String(state.fromYear);
    $<HTMLInputElement>('until-year').value = String(state.untilYear);
    $('years').textContent =
      state.fromYear === state.untilYear ? `${state.fromYear}` : `${state.fromYear}–${state.untilYear}`;
    const scope = $<HTMLSelectElement>('scope');
    if (state.scope !== null && scope.querySelector(`option[value="${CSS.escape(state.scope)}"]`) === null)
      scope.append(new Option(state.scope, state.scope));
    scope.value = state.scope ?? '';
    document.body.dataset.view = state.view;
    document.body.classList.toggle('panel-closed', !state.panelOpen);
    $('panel-toggle').setAttribute('aria-expanded', String(state.panelOpen));
    // The Actor box shows what a deep link names.
    const search = $<HTMLInputElement>('search');
    if (search.value === '' && state.view === 'ego' && state.centre !== null) search.value = state.centre;
    translatePage();
  }

  async function fillScopes(): Promise<void> {
    const select = $<HTMLSelectElement>('scope');
    const whole = new Option(UI_WORDS.wholeGraph[state.language], '');
    const groups: [string, { key: string; name: string }[]][] = [];
    const answer = await graphql(ExplorerScopesDocument, {}).catch(() => undefined);
    if (answer !== undefined) {
      groups.push(
        ['Programme', answer.programmes],
        ['Initiative', answer.initiatives],
        ['Project', answer.projects],
        ['Policy', answer.policies],
        ['EventSeries', answer.eventSeries],
        ['Place', answer.places],
      );
    }
    const kept = state.scope;
    select.replaceChildren(
      whole,
      ...groups
        .filter(([, entries]) => entries.length > 0)
        .map(([type, entries]) => {
          const group = document.createElement('optgroup');
          group.label = word(TYPE_WORDS[type], state.language, type);
          group.append(...entries.map((entry) => new Option(entry.name, entry.key)));
          return group;
        }),
    );
    state.scope = kept;
    syncControls();
  }

  async function play(): Promise<void> {
    const button = $('play');
    if (session.playing) {
      session.playing = false;
      return;
    }
    session.playing = true;
    button.setAttribute('aria-pressed', 'true');
    const [first, last] = [state.fromYear, state.untilYear];
    for (let year = first; year <= last && session.playing; year++) {
      state.fromYear = year;
      state.untilYear = year;
      syncControls();
      await load();
      await new Promise((resolve) => setTimeout(resolve, PLAY_STEP_MILLIS));
    }
    session.playing = false;
    button.setAttribute('aria-pressed', 'false');
  }

  function setUpControls(): void {
    for (const id of ['from-year', 'until-year']) {
      const input = $<HTMLInputElement>(id);
      input.min = String(FIRST_YEAR);
      input.max = String(LAST_YEAR);
      input.addEventListener('change', () => {
        let from = Number($<HTMLInputElement>('from-year').value);
        let until = Number($<HTMLInputElement>('until-year').value);
        if (from > until) [from, until] = [until, from];
        state.fromYear = from;
        state.untilYear = until;
        syncControls();
        void load();
      });
    }
    setUpSearch({
      input: $<HTMLInputElement>('search'),
      suggestions: $('suggestions'),
      state,
      onPick: (hit: SearchHit) => {
        if (isScopeType(hit.type)) {
          state.view = 'co-creation';
          state.scope = hit.key;
          state.maxNodes = EXPLORER_DEFAULTS.maxNodes['co-creation'];
          state.colourBy = EXPLORER_DEFAULTS.colourBy['co-creation'];
          state.selected = null;
          const scope = $<HTMLSelectElement>('scope');
          if (scope.querySelector(`option[value="${CSS.escape(hit.key)}"]`) === null)
            scope.append(new Option(hit.name, hit.key));
          syncControls();
          void load();
        } else centreOn(hit.key);
      },
    });
    $<HTMLSelectElement>('view').addEventListener('change', (event) => {
      state.view = (event.target as HTMLSelectElement).value as ExplorerState['view'];
      state.maxNodes = EXPLORER_DEFAULTS.maxNodes[state.view];
      state.colourBy = EXPLORER_DEFAULTS.colourBy[state.view];
      if (state.view === 'ego' && state.centre === null) state.centre = state.selected;
      if (state.view === 'ego' && state.centre === null) {
        state.view = 'co-creation';
        setStatus(
          state.language === 'de'
            ? 'Wählen Sie zuerst eine Entität (Suche oder Klick).'
            : 'Pick an entity first (search or click).',
        );
        syncControls();
        return;
      }
      syncControls();
      void load();
    });
    $<HTMLSelectElement>('scope').addEventListener('change', (event) => {
      state.scope = (event.target as HTMLSelectElement).value || null;
      state.selected = null;
      void load();
    });
    $<HTMLSelectElement>('depth').addEventListener('change', (event) => {
      state.depth = Number((event.target as HTMLSelectElement).value);
      void load();
    });
    $<HTMLSelectElement>('colour').addEventListener('change', (event) => {
      state.colourBy = (event.target as HTMLSelectElement).value as ExplorerState['colourBy'];
      writeUrl();
      restyle();
    });
    $<HTMLSelectElement>('size').addEventListener('change', (event) => {
      state.sizeBy = (event.target as HTMLSelectElement).value as ExplorerState['sizeBy'];
      writeUrl();
      restyle();
    });
    $('language').addEventListener('click', () => {
      state.language = state.language === 'de' ? 'en' : 'de';
      syncControls();
      writeUrl();
      restyle();
      $('meaning').textContent = (state.view === 'ego' ? UI_WORDS.egoMeaning : UI_WORDS.tieMeaning)[
        state.language
      ];
      if (state.selected !== null) panel.showNode(state.selected);
    });
    $('panel-toggle').addEventListener('click', () => {
      state.panelOpen = !state.panelOpen;
      syncControls();
      writeUrl();
      // The canvas takes the freed width.
      requestAnimationFrame(() => view.renderer.resize());
    });
    $('play').addEventListener('click', () => void play());
    $('export-png').addEventListener(
      'click',
      () =>
        void downloadAsPNG(view.renderer as unknown as Parameters<typeof downloadAsPNG>[0], {
          fileName: 'quartiersnetz',
          backgroundColor: '#ffffff',
        }),
    );
    $('export-svg').addEventListener('click', () => {
      const link = document.createElement('a');
      link.href = URL.createObjectURL(new Blob([drawingAsSvg(view.renderer)], { type: 'image/svg+xml' }));
      link.download = 'quartiersnetz.svg';
      link.click();
      setTimeout(() => URL.revokeObjectURL(link.href), 1000);
    });
  }

  // For tests and power users: the graph, the renderer and the state of the page.
  (window as unknown as { explorer: object }).explorer = {
    get graph() {
      return session.graph;
    },
    renderer: view.renderer,
    state,
    select,
  };
  setUpControls();
  syncControls();
  void fillScopes();
  void load();
}

main();
