import { deserialize, serialize } from 'node:v8';
import type { CoCreationNetwork } from '../../src/analytics/analytics.types';
import { estimateSize } from '../../src/analytics/co-creation/co-creation.service';
import { AllianceList, packProjection, unpackTies } from '../../src/analytics/co-creation/packed-projection';
import {
  projectCoCreation,
  type CoCreationProjectionOptions,
} from '../../src/analytics/co-creation/project-co-creation';
import {
  MembershipStructureBuilder,
  type MembershipStructureEntry,
} from '../../src/analytics/network/membership-structure';
import { seededRandom } from '../../src/shared/seeded-rng';

const OPTIONS: CoCreationProjectionOptions = {
  maxNodes: 500,
  maxEdges: 5000,
  weighting: 'COUNT',
  undated: 'WITHIN_LIFESPANS',
  minAllianceContexts: 2,
  seed: 7,
  centrality: {},
};

/** 60 actors in 25 contexts: dated, undated, open-ended and closed memberships, events and undertakings. */
function projection(options: Partial<CoCreationProjectionOptions> = {}) {
  const random = seededRandom(11);
  const builder = new MembershipStructureBuilder();
  for (let actor = 0; actor < 60; actor++) {
    const memberships: MembershipStructureEntry[] = [];
    for (let context = 0; context < 25; context++) {
      if (random() > 0.25) continue;
      const dated = context % 4 !== 0;
      const start = dated ? `20${10 + (context % 10)}-03-0${1 + (context % 9)}` : null;
      const end = context % 3 === 0 ? null : context % 3 === 1 ? start : `20${21 + (context % 5)}-12-31`;
      memberships.push([
        `c${context}`,
        context % 2 === 0 ? 'UNDERTAKING' : 'EVENT',
        start,
        null,
        end,
        dated,
        [],
      ]);
    }
    builder.add({
      actor: `a${actor}`,
      type: actor % 5 === 0 ? 'Person' : 'Organisation',
      sectors: [],
      memberships,
    });
  }
  return projectCoCreation(builder.build(), { ...OPTIONS, ...options });
}

describe('packed projection (the worker-to-main-thread form of a co-creation projection)', () => {
  const original = projection();
  // As it crosses a worker boundary: structured clone.
  const received = deserialize(serialize(packProjection(original))) as ReturnType<typeof packProjection>;

  it('gives back every tie with all its fields and contexts, nulls and open ends included', async () => {
    expect(original.ties.length).toBeGreaterThan(200);
    expect(original.ties.some((tie) => tie.contexts.some((context) => context.date === null))).toBe(true);
    expect(original.ties.some((tie) => tie.contexts.some((context) => context.open))).toBe(true);
    expect(original.ties.some((tie) => tie.undated)).toBe(true);
    expect(original.ties.some((tie) => !tie.undated)).toBe(true);
    expect(await unpackTies(received)).toEqual(original.ties);
  });

  it('keeps fractional weights (Newman weighting) exactly', async () => {
    const newman = projection({ weighting: 'NEWMAN' });
    expect(newman.ties.some((tie) => !Number.isInteger(tie.weight))).toBe(true);
    expect(await unpackTies(deserialize(serialize(packProjection(newman))) as typeof received)).toEqual(
      newman.ties,
    );
  });

  it('refuses an index outside the string table instead of answering an empty key', async () => {
    const broken = { ...received, strings: received.strings.slice(0, 1) };
    await expect(unpackTies(broken)).rejects.toThrow(/no string at index/);
    expect(() => new AllianceList(broken).page(5)).toThrow(/no string at index/);
  });

  it('gives back the alliances a page at a time, in order, with their counts and spans', () => {
    expect(original.alliances.length).toBeGreaterThan(20);
    const list = new AllianceList(received);
    const expected = original.alliances.map((alliance) => ({
      actors: alliance.actors,
      contextKeys: alliance.contextKeys,
      contextCount: alliance.contextKeys.length,
      firstDate: alliance.firstDate,
      lastDate: alliance.lastDate,
    }));
    expect(list.count).toBe(original.alliances.length);
    expect(list.page(list.count + 10)).toEqual(expected);
    expect(list.page(3)).toEqual(expected.slice(0, 3));
    expect(list.page(0)).toEqual([]);
    expect(list.bytes).toBeGreaterThan(0);
  });

  it('leaves the other parts of the projection as they were', () => {
    const others = (projection: object) =>
      Object.fromEntries(
        Object.entries(projection).filter(([key]) => !['ties', 'alliances', 'strings'].includes(key)),
      );
    expect(Object.keys(others(received)).sort()).toEqual(Object.keys(others(original)).sort());
    expect(others(received)).toEqual(others(original));
  });
});

describe('the result cache measure of a co-creation answer', () => {
  it('counts the recurring alliances (it left them out: megabytes per whole-graph answer at size M)', () => {
    const packed = packProjection(projection());
    const answer = (alliances: AllianceList) =>
      ({ nodes: [], edges: [], contexts: [], recurringAlliances: alliances }) as unknown as CoCreationNetwork;
    const none = new AllianceList({
      ...packed,
      alliances: packProjection({ ...projection(), alliances: [] }).alliances,
    });
    const some = new AllianceList(packed);
    expect(some.count).toBeGreaterThan(20);
    expect(estimateSize(answer(some)) - estimateSize(answer(none))).toBeGreaterThanOrEqual(
      some.count * 4 * 4,
    );
  });
});
