import { EXPLORER_DEFAULTS, FIRST_YEAR, readState, writeState } from '../../web/explorer/explorer-state';

const LAST = 2026;

describe('the explorer state in the URL (the deep-link format of the README)', () => {
  it('opens on the overview: the co-creation network of the whole graph, coloured by community', () => {
    expect(readState('', LAST)).toEqual({
      view: 'co-creation',
      centre: null,
      depth: EXPLORER_DEFAULTS.depth,
      scope: null,
      fromYear: FIRST_YEAR,
      untilYear: LAST,
      colourBy: 'community',
      sizeBy: 'degree',
      maxNodes: 300,
      language: 'de',
      selected: null,
      panelOpen: true,
    });
  });

  it('restores every control from a link it wrote', () => {
    const ego = readState(
      '?view=ego&centre=bbsr&depth=3&from=2019&until=2021&colour=type&size=betweenness&max=200&lang=en&selected=bmi&panel=closed',
      LAST,
    );
    expect(ego).toMatchObject({
      view: 'ego',
      centre: 'bbsr',
      depth: 3,
      fromYear: 2019,
      untilYear: 2021,
      colourBy: 'type',
      sizeBy: 'betweenness',
      maxNodes: 200,
      language: 'en',
      selected: 'bmi',
      panelOpen: false,
    });
    expect(readState(`?${writeState(ego)}`, LAST)).toEqual(ego);
    const scoped = readState('?view=co-creation&scope=biwaq&max=5000', LAST);
    expect(scoped).toMatchObject({ view: 'co-creation', scope: 'biwaq', maxNodes: 5000 });
    expect(readState(`?${writeState(scoped)}`, LAST)).toEqual(scoped);
  });

  it('reads the links of the first explorer (actor=, ego by default)', () => {
    expect(readState('', LAST, true).panelOpen).toBe(false);
    expect(readState('?panel=open', LAST, true).panelOpen).toBe(true);
    expect(readState('?actor=bmi&depth=2', LAST)).toMatchObject({ view: 'ego', centre: 'bmi', depth: 2 });
  });

  it('ignores what is out of range or not a key rather than sending it', () => {
    const state = readState(
      '?view=ego&centre=%3Cscript%3E&depth=9&from=1800&until=2999&colour=red&size=huge&max=999999&lang=fr',
      LAST,
    );
    expect(state).toMatchObject({
      centre: null,
      depth: EXPLORER_DEFAULTS.depth,
      fromYear: FIRST_YEAR,
      untilYear: LAST,
      colourBy: 'sector',
      sizeBy: 'degree',
      maxNodes: EXPLORER_DEFAULTS.maxNodes.ego,
      language: 'de',
    });
    expect(readState('?from=2022&until=2018', LAST)).toMatchObject({ fromYear: 2018, untilYear: 2022 });
  });
});
