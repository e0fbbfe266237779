// Everything the explorer shows is decided by this state, and the state lives in the URL: a view can be
// shared as a link and restored exactly. Pure functions, no DOM: test/unit/explorer-state.test.ts
// round-trips every control. The URL format is documented in the README ("Explorer links").

export type View = 'co-creation' | 'ego';
export type ColourBy = 'sector' | 'type' | 'community';
export type SizeBy = 'degree' | 'betweenness' | 'none';
export type Language = 'de' | 'en';

export interface ExplorerState {
  view: View;
  /** Centre of the ego view: an actor or any other entity (an event, a project). */
  centre: string | null;
  depth: number;
  /** Scope of the co-creation view (programme, initiative, project, policy, event series, place); null: whole graph. */
  scope: string | null;
  fromYear: number;
  untilYear: number;
  colourBy: ColourBy;
  sizeBy: SizeBy;
  /** Most nodes the network answer may hold. */
  maxNodes: number;
  language: Language;
  /** The selected node, whose sources the side panel lists. */
  selected: string | null;
  panelOpen: boolean;
}

export const FIRST_YEAR = 2000;

/** The explorer's defaults, in one place: an overview of the whole graph's co-creation network. */
export const EXPLORER_DEFAULTS = {
  view: 'co-creation' as View,
  depth: 2,
  maxNodes: { 'co-creation': 300, ego: 150 } as Record<View, number>,
  maxNodesCap: { 'co-creation': 5000, ego: 500 } as Record<View, number>,
  colourBy: { 'co-creation': 'community', ego: 'sector' } as Record<View, ColourBy>,
  sizeBy: 'degree' as SizeBy,
  language: 'de' as Language,
};

const COLOUR_BY: readonly ColourBy[] = ['sector', 'type', 'community'];
const SIZE_BY: readonly SizeBy[] = ['degree', 'betweenness', 'none'];

function integer(value: string | null, min: number, max: number): number | null {
  if (value === null || !/^\d+$/.test(value)) return null;
  const number = Number(value);
  return number >= min && number <= max ? number : null;
}

/** A key as the API spells keys: anything else in a link is ignored rather than sent. */
function key(value: string | null): string | null {
  return value !== null && /^[\p{L}\p{N}][\p{L}\p{N}._:-]{0,199}$/u.test(value) ? value : null;
}

/** smallScreen: without a panel= in the link, the side panel starts closed (it would cover the network). */
export function readState(search: string, lastYear: number, smallScreen = false): ExplorerState {
  const params = new URLSearchParams(search);
  // Links written before the rebuild used actor= for the centre and defaulted to the ego view.
  const centre = key(params.get('centre') ?? params.get('actor'));
  const view: View =
    params.get('view') === 'ego' || (params.get('view') === null && centre !== null) ? 'ego' : 'co-creation';
  const colour = params.get('colour') as ColourBy | null;
  const size = params.get('size') as SizeBy | null;
  let fromYear = integer(params.get('from'), FIRST_YEAR, lastYear) ?? FIRST_YEAR;
  let untilYear = integer(params.get('until'), FIRST_YEAR, lastYear) ?? lastYear;
  if (fromYear > untilYear) [fromYear, untilYear] = [untilYear, fromYear];
  return {
    view,
    centre,
    depth: integer(params.get('depth'), 1, 3) ?? EXPLORER_DEFAULTS.depth,
    scope: key(params.get('scope')),
    fromYear,
    untilYear,
    colourBy: colour !== null && COLOUR_BY.includes(colour) ? colour : EXPLORER_DEFAULTS.colourBy[view],
    sizeBy: size !== null && SIZE_BY.includes(size) ? size : EXPLORER_DEFAULTS.sizeBy,
    maxNodes:
      integer(params.get('max'), 1, EXPLORER_DEFAULTS.maxNodesCap[view]) ?? EXPLORER_DEFAULTS.maxNodes[view],
    language: params.get('lang') === 'en' ? 'en' : EXPLORER_DEFAULTS.language,
    selected: key(params.get('selected')),
    panelOpen: params.has('panel') ? params.get('panel') !== 'closed' : !smallScreen,
  };
}

/** The query string of a state; defaults are written too, so a link says what it shows. */
export function writeState(state: ExplorerState): string {
  const params = new URLSearchParams();
  params.set('view', state.view);
  if (state.view === 'ego') {
    if (state.centre !== null) params.set('centre', state.centre);
    params.set('depth', String(state.depth));
  } else if (state.scope !== null) params.set('scope', state.scope);
  params.set('from', String(state.fromYear));
  params.set('until', String(state.untilYear));
  params.set('colour', state.colourBy);
  params.set('size', state.sizeBy);
  params.set('max', String(state.maxNodes));
  params.set('lang', state.language);
  if (state.selected !== null) params.set('selected', state.selected);
  params.set('panel', state.panelOpen ? 'open' : 'closed');
  return params.toString();
}

/** The time window the API is asked about: whole years. */
export function windowOf(state: Pick<ExplorerState, 'fromYear' | 'untilYear'>): {
  from: string;
  until: string;
} {
  return { from: `${state.fromYear}-01-01`, until: `${state.untilYear}-12-31` };
}
