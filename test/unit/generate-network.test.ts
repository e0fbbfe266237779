import { compileSyntheticNetwork } from '../../src/generate/import-synthetic-network';
import { generateNetwork } from '../../src/generate/generate-network';
import { PreferentialUrn, SeededRandom } from '../../src/generate/seeded-random';

describe('generateNetwork', () => {
  const network = generateNetwork({ actors: 600, seed: 7 });
  const plan = compileSyntheticNetwork(network);

  it('is deterministic for a seed and differs between seeds', () => {
    expect(generateNetwork({ actors: 600, seed: 7 })).toEqual(network);
    const other = generateNetwork({ actors: 600, seed: 8 });
    expect(other.caseStudy.relations).not.toEqual(network.caseStudy.relations);
  });

  it('passes the case-study validator: valid endpoints, unique names, every quote in its source', () => {
    // compileSyntheticNetwork throws CaseStudyValidationError on any issue.
    expect(plan.entities.length).toBe(network.caseStudy.entities?.length);
    expect(plan.relations.length).toBe(network.caseStudy.relations?.length);
  });

  it('has the requested actors across all sectors and the other entity types of the model', () => {
    const byType = countBy(plan.entities, (e) => e.type);
    expect((byType.get('Organisation') ?? 0) + (byType.get('Person') ?? 0)).toBe(600);
    for (const type of [
      'Event',
      'EventSeries',
      'AgendaItem',
      'Programme',
      'Project',
      'Phase',
      'Place',
      'Topic',
      'TargetGroup',
      'Policy',
      'Fund',
    ]) {
      expect(byType.get(type) ?? 0).toBeGreaterThan(0);
    }
    const sectors = new Set(plan.entities.map((e) => e.props.sector).filter((s) => s !== undefined));
    expect(sectors.size).toBeGreaterThanOrEqual(12);
  });

  it('has about 7.5 relationships per actor, counting evidence', () => {
    const relationships = plan.relations.length + plan.entities.length;
    expect(relationships / 600).toBeGreaterThan(6);
    expect(relationships / 600).toBeLessThan(10);
  });

  it('gives actors heavy-tailed degrees (preferential attachment)', () => {
    const degree = new Map<string, number>();
    for (const r of plan.relations) {
      degree.set(r.from, (degree.get(r.from) ?? 0) + 1);
      degree.set(r.to, (degree.get(r.to) ?? 0) + 1);
    }
    const actorDegrees = plan.entities
      .filter((e) => e.type === 'Person' || e.type === 'Organisation')
      .map((e) => degree.get(e.key) ?? 0)
      .sort((a, b) => a - b);
    const median = actorDegrees[Math.floor(actorDegrees.length / 2)] ?? 0;
    const max = actorDegrees[actorDegrees.length - 1] ?? 0;
    expect(max).toBeGreaterThan(10 * median);
  });

  it('nests organisations and sizes events between 10 and 300 participants', () => {
    const orgKeys = new Set(plan.entities.filter((e) => e.type === 'Organisation').map((e) => e.key));
    expect(plan.relations.some((r) => r.type === 'PART_OF' && orgKeys.has(r.from) && orgKeys.has(r.to))).toBe(
      true,
    );
    const participants = countBy(
      plan.relations.filter((r) => r.type === 'PARTICIPATED_IN'),
      (r) => r.to,
    );
    const sizes = [...participants.values()];
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(10);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(300);
    expect(Math.max(...sizes)).toBeGreaterThan(3 * Math.min(...sizes));
    for (const event of plan.entities.filter((e) => e.type === 'Event')) {
      expect(event.props.participantCount).toBe(participants.get(event.key));
    }
  });

  it('spreads dates and validity periods over 2011-2025 and cites dated sources', () => {
    const years = new Set<number>();
    for (const r of plan.relations) {
      const from = r.props.validFrom as { date: string } | undefined;
      if (from !== undefined) years.add(Number(from.date.slice(0, 4)));
    }
    expect(Math.min(...years)).toBe(2011);
    expect(Math.max(...years)).toBe(2025);
    expect(plan.sources.every((s) => s.props.date !== undefined)).toBe(true);
    expect(plan.relations.every((r) => (r.props.quotes as string[]).length === 1)).toBe(true);
  });

  it('refuses fewer than 20 actors', () => {
    expect(() => generateNetwork({ actors: 5, seed: 1 })).toThrow(/at least 20/);
  });
});

describe('SeededRandom and PreferentialUrn', () => {
  it('repeats the same sequence for the same seed', () => {
    const a = new SeededRandom(42);
    const b = new SeededRandom(42);
    const c = new SeededRandom(43);
    const first = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(first);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(first);
    expect(first.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('draws distinct items, never more than exist', () => {
    const urn = new PreferentialUrn(new SeededRandom(1), 5);
    const drawn = urn.drawDistinct(10);
    expect(new Set(drawn).size).toBe(5);
    expect(drawn).toHaveLength(5);
  });
});

function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}
