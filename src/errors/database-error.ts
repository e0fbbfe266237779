import { ErrorCode } from './error-codes';

/** Driver codes of a Neo4j that cannot be reached or went away during the work. */
const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired']);

/**
 * The code and a one-line message for an error the Neo4j driver raised, for the CLI and the API
 * alike; undefined for anything else.
 */
export function classifyDatabaseError(error: unknown): { code: ErrorCode; message: string } | undefined {
  const neo4jCode = (error as { code?: unknown } | null | undefined)?.code;
  if (typeof neo4jCode !== 'string') return undefined;
  if (UNAVAILABLE.has(neo4jCode))
    return {
      code: ErrorCode.SERVICE_UNAVAILABLE,
      message:
        'Neo4j is unavailable (not running, or it went away during the work); nothing was committed. Start it (npm start, or quartiersnetz db start) or check NEO4J_URI, then run the command again.',
    };
  if (neo4jCode.startsWith('Neo.ClientError.Security.'))
    return {
      code: ErrorCode.CONFIG_INVALID,
      message: `Neo4j refused the credentials (${neo4jCode}): check NEO4J_USERNAME and NEO4J_PASSWORD.`,
    };
  return undefined;
}
