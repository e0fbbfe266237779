import { readQueryConfig, type QueryTarget } from '../../db/read-query-config';
import DataLoader from 'dataloader';
import type { Driver } from 'neo4j-driver';
import { cypherQuery } from '../../db/cypher-query';
import type { Collaborator } from '../analytics.types';
import { buildCoCreationGraph } from '../network/co-creation-graph';
import type { ContextKind } from '../network/membership';
import type { MembershipRepository } from '../network/membership.repository';
import { presentActor, presentContext } from '../network/present-network';
import { windowKey, type TimeWindow } from '../time-window.input';

export interface CollaboratorsKey {
  readonly actor: string;
  readonly window: TimeWindow;
  readonly via: readonly ContextKind[];
}

/**
 * Per request: the collaborators of many actors in a constant number of Cypher round trips (3 per
 * distinct window and `via`), however many actors a request asks about. Values are in key order;
 * an unknown actor yields null (the resolver turns it into NOT_FOUND).
 */
export function createCollaboratorsLoader(
  options: { driver: Driver; memberships: MembershipRepository } & QueryTarget,
) {
  return new DataLoader<CollaboratorsKey, Collaborator[] | null, string>(
    async (keys) => {
      const groups = new Map<string, CollaboratorsKey[]>();
      for (const key of keys) {
        const group = `${windowKey(key.window)}|${[...key.via].sort().join(',')}`;
        groups.set(group, [...(groups.get(group) ?? []), key]);
      }
      const answers = new Map<string, Collaborator[] | null>();
      for (const group of groups.values()) {
        const first = group[0] as CollaboratorsKey;
        const actors = [...new Set(group.map((key) => key.actor))];
        const existing = await options.driver.executeQuery(
          cypherQuery('analytics/existing-actors'),
          { keys: actors },
          readQueryConfig(options),
        );
        const known = new Set(existing.records.map((record) => record.get('key') as string));
        const own = await options.memberships.find({
          kinds: first.via,
          actors: [...known],
          window: first.window,
        });
        const contexts = [...new Set([...own.map((row) => row.contextKey), ...known])];
        const rows = await options.memberships.find({ kinds: first.via, contexts, window: first.window });
        const graph = buildCoCreationGraph(rows, { focus: known });
        for (const key of group) {
          if (!known.has(key.actor)) {
            answers.set(cacheKey(key), null);
            continue;
          }
          const collaborators = graph.hasNode(key.actor)
            ? graph.mapNeighbors(key.actor, (neighbour) => {
                const tie = graph.getEdgeAttributes(key.actor, neighbour);
                return {
                  actor: presentActor(graph, neighbour),
                  weight: tie.weight,
                  contexts: tie.contexts.map(presentContext),
                  firstDate: tie.firstDate,
                  lastDate: tie.lastDate,
                };
              })
            : [];
          answers.set(
            cacheKey(key),
            collaborators.sort(
              (a, b) =>
                b.weight - a.weight ||
                (b.lastDate ?? '').localeCompare(a.lastDate ?? '') ||
                a.actor.key.localeCompare(b.actor.key),
            ),
          );
        }
      }
      return keys.map((key) => answers.get(cacheKey(key)) ?? null);
    },
    { cacheKeyFn: cacheKey },
  );
}

function cacheKey(key: CollaboratorsKey): string {
  return `${key.actor}|${windowKey(key.window)}|${[...key.via].sort().join(',')}`;
}
