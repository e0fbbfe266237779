import { readExampleQueries } from '../src/server/example-queries';
import type { SyntheticNetwork } from '../src/generate/generate-network';

/** One GraphQL operation a benchmark sends. */
export interface BenchOperation {
  readonly name: string;
  readonly query: string;
  readonly variables?: Record<string, unknown>;
}

/** Keys in a generated network that the growth, load and db-hits benchmarks ask about. */
export interface NetworkProbes {
  /** A person of median degree among persons with at least three ties: a typical analyst's question. */
  readonly actor: string;
  /** An actor three hops from `actor` (first by key), for `paths`. */
  readonly pathTarget: string;
  /** The name of an organisation the actor is affiliated with, as typed into a search box. */
  readonly searchTerm: string;
  /** The actor with the most relations (first by key): where truncation and fan-out show. */
  readonly hub: string;
  /** The actor with the second most relations, for `paths` between two hubs. */
  readonly secondHub: string;
}

/** The example queries of queries/examples with their default variables. */
export function exampleOperations(): BenchOperation[] {
  return readExampleQueries().map((example) => ({ name: example.name, query: example.query }));
}

/** Picks the probes deterministically from the generated network (BFS over its relations). */
export function findProbes(network: SyntheticNetwork): NetworkProbes {
  const entities = network.caseStudy.entities ?? [];
  const neighbours = new Map<string, string[]>();
  const link = (a: string, b: string) => {
    const list = neighbours.get(a);
    if (list === undefined) neighbours.set(a, [b]);
    else list.push(b);
  };
  for (const relation of network.caseStudy.relations ?? []) {
    link(relation.from, relation.to);
    link(relation.to, relation.from);
  }
  const typeOf = new Map(entities.map((e) => [e.key, e.type]));
  const nameOf = new Map(entities.map((e) => [e.key, e.name]));
  const persons = entities
    .filter((e) => e.type === 'Person' && (neighbours.get(e.key)?.length ?? 0) >= 3)
    .map((e) => ({ key: e.key, degree: neighbours.get(e.key)?.length ?? 0 }))
    .sort((a, b) => a.degree - b.degree || a.key.localeCompare(b.key));
  const actor = persons[Math.floor(persons.length / 2)]?.key;
  if (actor === undefined) throw new Error('the network has no person with three ties');

  const distance = new Map([[actor, 0]]);
  let frontier = [actor];
  for (let hop = 1; hop <= 3 && frontier.length > 0; hop++) {
    const next: string[] = [];
    for (const key of frontier) {
      for (const neighbour of neighbours.get(key) ?? []) {
        if (!distance.has(neighbour)) {
          distance.set(neighbour, hop);
          next.push(neighbour);
        }
      }
    }
    frontier = next;
  }
  const isActor = (key: string) => typeOf.get(key) === 'Person' || typeOf.get(key) === 'Organisation';
  const pathTarget = [...distance]
    .filter(([key, hops]) => hops === 3 && isActor(key))
    .map(([key]) => key)
    .sort()[0];
  if (pathTarget === undefined) throw new Error(`no actor three hops from ${actor}`);
  const employer = (neighbours.get(actor) ?? [])
    .filter((key) => typeOf.get(key) === 'Organisation')
    .sort()[0];
  const searchTerm = nameOf.get(employer ?? '') ?? nameOf.get(actor) ?? actor;
  const hubs = entities
    .filter((e) => isActor(e.key))
    .map((e) => ({ key: e.key, degree: neighbours.get(e.key)?.length ?? 0 }))
    .sort((a, b) => b.degree - a.degree || a.key.localeCompare(b.key));
  const [hub, secondHub] = [hubs[0]?.key, hubs[1]?.key];
  if (hub === undefined || secondHub === undefined) throw new Error('the network has fewer than two actors');
  return { actor, pathTarget, searchTerm, hub, secondHub };
}

/** The operations whose latency the growth benchmark follows from S to L. */
export function growthOperations(probes: NetworkProbes): BenchOperation[] {
  return [
    {
      name: 'egoNetwork depth 2',
      query: `query ($actor: String!) { egoNetwork(actor: $actor, depth: 2, maxNodes: 200) { truncated nodes { id label type } edges { id source target type evidence { quote } } } }`,
      variables: { actor: probes.actor },
    },
    {
      name: 'paths (3 hops)',
      query: `query ($from: String!, $to: String!) { paths(from: $from, to: $to, maxLength: 4) { truncated paths { length nodes { key } hops { relationType evidence { quote } } } } }`,
      variables: { from: probes.actor, to: probes.pathTarget },
    },
    {
      name: 'collaborators',
      query: `query ($actor: String!) { collaborators(actor: $actor, limit: 10) { actor { key label } weight contexts { key kind } } }`,
      variables: { actor: probes.actor },
    },
    {
      name: 'search',
      query: `query ($query: String!) { search(query: $query, limit: 10) { key name type score } }`,
      variables: { query: probes.searchTerm },
    },
    {
      name: 'filtered connection',
      query: `query { organisationsConnection(first: 20, sort: [{ key: ASC }], where: { sector: { eq: WELFARE }, locatedIn: { some: { kind: { eq: QUARTER } } } }) { totalCount edges { node { key name people(limit: 5) { name } } } } }`,
    },
  ];
}

/** The growth probes asked about the two highest-degree actors instead of a median one (issue 13). */
export function hubOperations(probes: NetworkProbes): BenchOperation[] {
  const [ego, paths, collaborators] = growthOperations(probes);
  return [
    { ...(ego as BenchOperation), name: 'egoNetwork depth 2 (hub)', variables: { actor: probes.hub } },
    {
      ...(paths as BenchOperation),
      name: 'paths (two hubs)',
      variables: { from: probes.hub, to: probes.secondHub },
    },
    { ...(collaborators as BenchOperation), name: 'collaborators (hub)', variables: { actor: probes.hub } },
  ];
}

/**
 * A request asking for `parents` organisations, each with nested lists (people and their other
 * affiliations, seats): the round trips of the generated API for nested lists.
 */
export function nestedListOperation(parents: number): BenchOperation {
  return {
    name: `organisations(limit: ${parents}) with nested lists`,
    query: `query ($limit: Int!) { organisations(limit: $limit, sort: [{ key: ASC }]) { key name locatedIn { name } people(limit: 10) { name affiliations(limit: 5) { name } } } }`,
    variables: { limit: parents },
  };
}

/** `collaborators` of n actors in one request (aliases): the round trips of the analytics DataLoader. */
export function collaboratorsOfManyOperation(actors: readonly string[]): BenchOperation {
  return {
    name: `collaborators of ${actors.length} actors`,
    query: `{ ${actors.map((key, i) => `a${i}: collaborators(actor: ${JSON.stringify(key)}, limit: 5) { weight actor { key } }`).join(' ')} }`,
  };
}
