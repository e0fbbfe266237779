import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { createErrorFormatter } from '../../src/server/format-error';

function format(error: unknown, production: boolean): GraphQLFormattedError {
  const logged: unknown[] = [];
  const formatted: GraphQLFormattedError = {
    message: 'MATCH (n) secret cypher failed',
    extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at somewhere'] },
  };
  return createErrorFormatter({ production, log: (e) => logged.push(e) })(formatted, error);
}

describe('the error formatter', () => {
  it('masks unexpected errors in production: no message, no stack, no Cypher', () => {
    expect(format(new Error('boom'), true)).toEqual({
      message: 'Internal server error',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  });

  it('keeps the message for developers outside production', () => {
    expect(format(new Error('boom'), false).message).toBe('MATCH (n) secret cypher failed');
  });

  it('maps an unreachable Neo4j to SERVICE_UNAVAILABLE', () => {
    const neo4jError = Object.assign(new Error('Could not connect'), { code: 'ServiceUnavailable' });
    expect(format(new GraphQLError('x', { originalError: neo4jError }), true).extensions).toEqual({
      code: 'SERVICE_UNAVAILABLE',
    });
  });

  it('maps a push or pop on a list that has no value to BAD_USER_INPUT naming the field (found by the mutation fuzzer)', () => {
    const neo4jError = Object.assign(
      new Error(
        'Failed to invoke function `apoc.util.validatePredicate`: Caused by: java.lang.RuntimeException: Property aliases cannot be NULL',
      ),
      { code: 'Neo.ClientError.Procedure.ProcedureCallFailed' },
    );
    expect(format(new GraphQLError('x', { originalError: neo4jError }), true)).toEqual({
      message:
        'The list field "aliases" has no value yet: set it (set: [...]) instead of pushing to or popping from it.',
      extensions: { code: 'BAD_USER_INPUT', field: 'aliases' },
    });
  });

  it('keeps our own codes and drops their stack in production', () => {
    const formatted = createErrorFormatter({ production: true, log: () => undefined })(
      {
        message: 'Argument "limit": too big',
        extensions: { code: 'BAD_USER_INPUT', argument: 'limit', stacktrace: ['x'] },
      },
      new GraphQLError('Argument "limit": too big'),
    );
    expect(formatted).toEqual({
      message: 'Argument "limit": too big',
      extensions: { code: 'BAD_USER_INPUT', argument: 'limit' },
    });
  });

  it('never throws, even on a hostile error object', () => {
    const hostile = new Proxy(
      {},
      {
        get: () => {
          throw new Error('trap');
        },
      },
    );
    expect(format(hostile, true).extensions?.code).toBe('INTERNAL_SERVER_ERROR');
  });
});
