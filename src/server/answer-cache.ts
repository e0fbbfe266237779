import { createHash } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { getOperationAST, Kind, parse } from 'graphql';
import { LRUCache } from 'lru-cache';
import type { GraphVersionReader } from '../db/graph-version';
import type { RequestAuthenticator } from './authenticate-request';
import { BOOKMARKS_HEADER } from './bookmarks';
import { OPERATION_LIMITS } from './limits/operation-limits';

/** Tells whether an answer came from the cache; for operators and tests. */
export const ANSWER_CACHE_HEADER = 'x-answer-cache';

/** Root fields whose whole answers are kept: the heavy network computations, public and deterministic per graph version. */
export const CACHEABLE_ROOT_FIELDS: ReadonlySet<string> = new Set([
  'coCreationNetwork',
  'coCreationTimeline',
]);

/**
 * Whole serialised answers of the heavy analytics queries, keyed by (query, variables, graph version).
 * The result cache (analytics/cache) already spares the computation; what remains for a repeated
 * whole-network request is GraphQL completing and serialising a 5 MB answer (150 ms at size M), which
 * this skips. Only operations made of CACHEABLE_ROOT_FIELDS, without bookmarks, that answered without
 * errors are kept, from their second time on; `fromCache` (which describes one computation) is never
 * answered from here. Identical
 * requests that arrive while one is answered wait for its answer. The
 * graph version changes with every committed write, so nothing stale is served. Bounded in bytes.
 */
export function answerCache(options: {
  readonly version: GraphVersionReader;
  readonly authenticate: RequestAuthenticator;
  readonly maxBytes: number;
}) {
  // With the content type Apollo gave it: `Accept` chooses it (application/json or
  // application/graphql-response+json), and is part of the key.
  const answers = new LRUCache<string, Answer>({
    maxSize: Math.max(1, options.maxBytes),
    sizeCalculation: (answer) => Math.max(1, answer.body.length),
  });
  const inFlight = new Map<string, Promise<Answer | undefined>>();
  // Requests that have been answered without errors once. Only those read the graph version: a
  // request refused for its arguments never causes database work here.
  const answeredBefore = new LRUCache<string, true>({ max: 10_000 });
  return (req: Request, res: Response, next: NextFunction): void => {
    if (options.maxBytes === 0 || req.method !== 'POST' || req.headers[BOOKMARKS_HEADER] !== undefined) {
      next();
      return;
    }
    const { query, variables, operationName } = (req.body ?? {}) as Record<string, unknown>;
    if (typeof query !== 'string' || !isCacheable(query, operationName)) {
      next();
      return;
    }
    const request = createHash('sha256')
      .update(JSON.stringify([query, operationName ?? null, variables ?? {}, req.headers.accept ?? '']))
      .digest('hex');
    if (!answeredBefore.has(request)) {
      const send = res.send.bind(res);
      res.send = (body?: unknown) => {
        if (typeof body === 'string' && res.statusCode === 200 && answeredWithoutErrors(body)) {
          answeredBefore.set(request, true);
        }
        return send(body);
      };
      next();
      return;
    }
    const serve = (answer: Answer) => {
      res.status(200).setHeader('content-type', answer.type);
      res.setHeader(ANSWER_CACHE_HEADER, 'hit');
      res.send(answer.body);
    };
    lookUp(req, request)
      .then(
        async (key) => {
          if (key === undefined) return next();
          const hit = answers.get(key);
          if (hit !== undefined) return serve(hit);
          // The same request already being answered: wait for its answer instead of completing and
          // serialising the same 5 MB a second time.
          const running = inFlight.get(key);
          if (running !== undefined) {
            const answer = await running;
            return answer === undefined ? next() : serve(answer);
          }
          let settle: (answer: Answer | undefined) => void = () => undefined;
          inFlight.set(key, new Promise((resolve) => (settle = resolve)));
          const done = (answer: Answer | undefined) => {
            inFlight.delete(key);
            settle(answer);
          };
          res.once('close', () => done(undefined));
          res.setHeader(ANSWER_CACHE_HEADER, 'miss');
          const send = res.send.bind(res);
          res.send = (body?: unknown) => {
            const cacheable =
              typeof body === 'string' && res.statusCode === 200 && answeredWithoutErrors(body);
            const answer = cacheable
              ? { body, type: String(res.getHeader('content-type') ?? 'application/json; charset=utf-8') }
              : undefined;
            if (answer !== undefined) answers.set(key, answer);
            done(answer);
            return send(body);
          };
          next();
        },
        () => next(),
      )
      .catch(next);
  };

  /** The cache key, or undefined when the request may not use the cache (unauthenticated, version unknown). */
  async function lookUp(req: Request, request: string): Promise<string | undefined> {
    // A request Apollo would refuse (a bad token, none behind REQUIRE_AUTH_FOR_READS) is left to
    // Apollo; the answers themselves do not depend on who asks.
    await options.authenticate(req);
    const version = await options.version();
    if (version === null) return undefined;
    return `${request}|${version}`;
  }
}

/** A serialised answer and the content type it was sent with. */
interface Answer {
  readonly body: string;
  readonly type: string;
}

function isCacheable(query: string, operationName: unknown): boolean {
  // Every /graphql request passes here: parse only what can name a cacheable field.
  if (query.includes('fromCache') || ![...CACHEABLE_ROOT_FIELDS].some((field) => query.includes(field))) {
    return false;
  }
  try {
    const operation = getOperationAST(
      parse(query),
      typeof operationName === 'string' ? operationName : undefined,
    );
    return (
      operation?.operation === 'query' &&
      operation.selectionSet.selections.every(
        (selection) => selection.kind === Kind.FIELD && CACHEABLE_ROOT_FIELDS.has(selection.name.value),
      )
    );
  } catch {
    return false;
  }
}

/**
 * A body worth keeping: a JSON answer without errors (Apollo writes `errors` first; no field of our
 * schema is named `errors`) and within the answer size cap. No JSON.parse of megabytes.
 */
function answeredWithoutErrors(body: string): boolean {
  return (
    body.startsWith('{"data"') &&
    !body.includes('"errors":[') &&
    Buffer.byteLength(body) <= OPERATION_LIMITS.maxResponseBytes
  );
}
