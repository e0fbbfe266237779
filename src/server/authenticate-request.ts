import { createRemoteJWKSet, jwtVerify, type JWTVerifyGetKey } from 'jose';
import type { AuthConfig } from '../config/config';
import type { ApiJwt } from '../graph/graph-request-context';
import { apiError } from '../errors/api-error';
import { ErrorCode } from '../errors/error-codes';

/** An HTTP request as far as authentication reads it. */
export interface AuthenticatedRequest {
  readonly headers: { readonly authorization?: string };
}

/**
 * Who sent a request: the verified claims, undefined for anonymous, or a rejected UNAUTHENTICATED.
 * The rate limiter, the answer cache, the pages, the exports and the GraphQL context all ask; the
 * token is verified once per request.
 */
export type RequestAuthenticator = (request: AuthenticatedRequest) => Promise<ApiJwt | undefined>;

/**
 * Verifies `Authorization: Bearer <JWT>` with HS256 (JWT_SECRET) or a JWKS (JWKS_URL). No header is an
 * anonymous request (allowed for reads unless REQUIRE_AUTH_FOR_READS); a bad token is UNAUTHENTICATED,
 * never silently anonymous.
 */
export function createRequestAuthenticator(config: AuthConfig): RequestAuthenticator {
  const secret = config.jwtSecret === undefined ? undefined : new TextEncoder().encode(config.jwtSecret);
  const jwks: JWTVerifyGetKey | undefined =
    config.jwksUrl === undefined ? undefined : createRemoteJWKSet(new URL(config.jwksUrl));

  const verified = new WeakMap<AuthenticatedRequest, Promise<ApiJwt | undefined>>();
  return (request) => {
    let answer = verified.get(request);
    if (answer === undefined) {
      answer = verify(request.headers.authorization);
      verified.set(request, answer);
    }
    return answer;
  };

  async function verify(authorization: string | undefined): Promise<ApiJwt | undefined> {
    if (authorization === undefined || authorization.trim() === '') {
      if (config.requireAuthForReads)
        throw apiError(ErrorCode.UNAUTHENTICATED, 'This API needs a token (Authorization: Bearer <JWT>).');
      return undefined;
    }
    const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    if (match === null)
      throw apiError(ErrorCode.UNAUTHENTICATED, 'The Authorization header must be "Bearer <JWT>".');
    const token = match[1] ?? '';
    if (secret === undefined && jwks === undefined) {
      throw apiError(
        ErrorCode.UNAUTHENTICATED,
        'Tokens cannot be checked: the server has neither JWT_SECRET nor JWKS_URL.',
      );
    }
    // Every token expires: `exp` is required, and a lifetime longer than the configured one is refused.
    const options = {
      requiredClaims: ['exp'],
      ...(config.issuer === undefined ? {} : { issuer: config.issuer }),
      ...(config.audience === undefined ? {} : { audience: config.audience }),
    };
    let payload: ApiJwt;
    try {
      payload = (
        secret !== undefined
          ? await jwtVerify(token, secret, { ...options, algorithms: ['HS256'] })
          : await jwtVerify(token, jwks as JWTVerifyGetKey, options)
      ).payload as ApiJwt;
    } catch {
      throw apiError(
        ErrorCode.UNAUTHENTICATED,
        'The token is invalid, expired, has no "exp", or names another issuer or audience.',
      );
    }
    // A future `iat` cannot shorten the lifetime: the token lives from now at the earliest.
    const now = Math.floor(Date.now() / 1000);
    const issuedAt = typeof payload.iat === 'number' ? Math.min(payload.iat, now) : now;
    if ((payload.exp ?? 0) - issuedAt > config.maxTokenLifetimeSeconds) {
      throw apiError(
        ErrorCode.UNAUTHENTICATED,
        `The token lives longer than ${config.maxTokenLifetimeSeconds} s (JWT_MAX_LIFETIME_SECONDS).`,
      );
    }
    return payload;
  }
}
