import type { NextFunction, Request, Response } from 'express';
import { getOperationAST, parse } from 'graphql';
import { ErrorCode } from '../../errors/error-codes';
import { OPERATION_LIMITS } from './operation-limits';

/**
 * Caps the size of a /graphql answer (issue 12: 8 aliases of `sources { text }` answered 420 MB). The
 * check reads the body Apollo has already serialised, so nothing is serialised twice. An answer over
 * the cap becomes RESOURCE_LIMIT naming the cap and how to ask for less, except a mutation's: that
 * one is sent as it is, since replacing it after its commit would hide a write that happened.
 */
export function responseSizeLimit(maxBytes: number = OPERATION_LIMITS.maxResponseBytes) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const send = res.send.bind(res);
    res.send = (body?: unknown) => {
      if (typeof body !== 'string' || body.length <= maxBytes / 3 || Buffer.byteLength(body) <= maxBytes) {
        return send(body);
      }
      if (isMutation(req.body)) return send(body);
      return send(
        JSON.stringify({
          data: null,
          errors: [
            {
              message: `The answer would be larger than ${Math.round(maxBytes / 1024 / 1024)} MiB; ask for fewer items (limit), fewer fields or fewer aliases.`,
              extensions: { code: ErrorCode.RESOURCE_LIMIT, maxBytes },
            },
          ],
        }),
      );
    };
    next();
  };
}

function isMutation(body: unknown): boolean {
  const { query, operationName } = (body ?? {}) as { query?: unknown; operationName?: unknown };
  if (typeof query !== 'string') return false;
  try {
    const operation = getOperationAST(
      parse(query),
      typeof operationName === 'string' ? operationName : undefined,
    );
    return operation?.operation === 'mutation';
  } catch {
    return false;
  }
}
