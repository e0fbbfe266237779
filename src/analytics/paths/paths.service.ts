import { readQueryConfig, type QueryTarget } from '../../db/read-query-config';
import neo4j, { type Driver } from 'neo4j-driver';
import { cypherQuery } from '../../db/cypher-query';
import { apiError, badUserInput } from '../../errors/api-error';
import { ErrorCode } from '../../errors/error-codes';
import type { NetworkNode, PathsResult } from '../analytics.types';
import { fetchEntityNodes } from '../network/entity-nodes';
import { evidenceItems } from '../network/present-network';
import type { MembershipEvidence } from '../network/membership';
import { OPEN_WINDOW, type TimeWindow } from '../time-window.input';
import { requireRelationTypes, requireWithinCap } from '../../shared/validate-arguments';

export const PATHS_LIMITS = { maxLength: { default: 4, cap: 6 }, limit: { default: 50, cap: 500 } } as const;

export interface PathsRequest {
  readonly from: string;
  readonly to: string;
  readonly maxLength: number;
  /** At most this many paths; the answer says when there were more. */
  readonly limit: number;
  readonly relationTypes: readonly string[] | null;
  readonly window: TimeWindow;
}

/** All shortest paths between two actors, hop by hop with the evidence of each relationship. */
export class PathsService {
  constructor(private readonly options: { driver: Driver } & QueryTarget) {}

  async paths(request: PathsRequest): Promise<PathsResult> {
    requireWithinCap('maxLength', request.maxLength, PATHS_LIMITS.maxLength.cap);
    requireWithinCap('limit', request.limit, PATHS_LIMITS.limit.cap);
    requireRelationTypes('relationTypes', request.relationTypes);
    if (request.from === request.to) throw badUserInput('to', 'must differ from `from`');
    const result = await this.options.driver.executeQuery(
      cypherQuery('analytics/shortest-paths'),
      {
        source: request.from,
        target: request.to,
        maxLength: neo4j.int(request.maxLength),
        relationTypes: request.relationTypes,
        from: request.window.from,
        until: request.window.until,
        // One more than asked: whether it comes back tells if the answer is complete.
        limit: neo4j.int(request.limit + 1),
      },
      readQueryConfig(this.options),
    );
    if (result.records.length === 0) {
      // A name or a typo instead of a key is said to be so, as collaborators and egoNetwork say it.
      const known = new Set(
        (await fetchEntityNodes(this.options, [request.from, request.to], OPEN_WINDOW)).map((n) => n.key),
      );
      for (const argument of ['from', 'to'] as const) {
        if (!known.has(request[argument]))
          throw apiError(ErrorCode.NOT_FOUND, `No actor with key "${request[argument]}".`, { argument });
      }
      throw apiError(
        ErrorCode.NOT_FOUND,
        `No path of at most ${request.maxLength} hops between "${request.from}" and "${request.to}" in this window.`,
      );
    }
    const records = result.records.slice(0, request.limit);
    const keys = [...new Set(records.flatMap((record) => record.get('nodes') as string[]))];
    const nodes = new Map(
      (await fetchEntityNodes(this.options, keys, request.window)).map((node) => [node.key, node]),
    );
    const paths = records
      .map((record) => {
        const path = record.get('nodes') as string[];
        const relationships = record.get('relationships') as (MembershipEvidence & { start: string })[];
        return {
          length: relationships.length,
          nodes: path.map((key) => nodes.get(key) as NetworkNode),
          hops: relationships.map((relationship, index) => ({
            from: path[index] as string,
            to: path[index + 1] as string,
            relationType: relationship.type,
            forward: relationship.start === path[index],
            evidence: evidenceItems([relationship]),
          })),
        };
      })
      .sort((a, b) =>
        a.nodes
          .map((n) => n.key)
          .join()
          .localeCompare(b.nodes.map((n) => n.key).join()),
      );
    return { paths, truncated: result.records.length > request.limit, limit: request.limit };
  }
}
