import { GraphQLError } from 'graphql';
import { apiError } from '../../src/errors/api-error';
import { classifyError } from '../../src/errors/classify-error';
import { ErrorCode } from '../../src/errors/error-codes';
import { QuartiersnetzError } from '../../src/errors/quartiersnetz-error';

describe('classifyError, the one classification of the GraphQL formatter, the export routes and the CLI', () => {
  it('keeps the code and message of an error raised on purpose, wrapped by GraphQL or not', () => {
    const notFound = apiError(ErrorCode.NOT_FOUND, 'No entity with key "x".', { argument: 'centre' });
    expect(classifyError(notFound)).toMatchObject({
      code: 'NOT_FOUND',
      httpStatus: 404,
      message: 'No entity with key "x".',
      kind: 'own',
    });
    const located = new GraphQLError(notFound.message, { originalError: notFound });
    expect(classifyError(located).code).toBe('NOT_FOUND');
    const ours = new QuartiersnetzError(ErrorCode.PORT_IN_USE, 'Port 7687 is in use', { port: 7687 });
    expect(classifyError(ours)).toMatchObject({
      code: 'PORT_IN_USE',
      extensions: { port: 7687 },
      kind: 'own',
    });
  });

  it('maps driver errors to our codes, with a safe message for clients and the whole one for the CLI', () => {
    const down = Object.assign(new Error('Could not connect to 127.0.0.1:1'), { code: 'ServiceUnavailable' });
    const classified = classifyError(new GraphQLError('x', { originalError: down }));
    expect(classified).toMatchObject({ code: 'SERVICE_UNAVAILABLE', httpStatus: 503, kind: 'mapped' });
    expect(classified.safeMessage).toBe('The database is unavailable; try again shortly.');
    expect(classified.message).toMatch(/Start it \(npm start, or quartiersnetz db start\)/);
    const timedOut = Object.assign(new Error('timed out'), {
      code: 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
    });
    expect(classifyError(timedOut)).toMatchObject({ code: 'TIMEOUT', httpStatus: 504 });
  });

  it("keeps the driver's own words after ours for the CLI and logs, never for clients", () => {
    const collision = Object.assign(
      new Error('Node(12) already exists with label `Entity` and property `key` = "bmi"'),
      {
        code: 'Neo.ClientError.Schema.ConstraintValidationFailed',
      },
    );
    const classified = classifyError(collision);
    expect(classified.code).toBe('CONFLICT');
    expect(classified.safeMessage).not.toContain('bmi');
    expect(classified.message).toContain('property `key` = "bmi"');
  });

  it('carries the fields an error raised on purpose names next to its code (argument), not its transport', () => {
    const bad = apiError(ErrorCode.UNAUTHENTICATED, 'No token', { argument: 'token' });
    expect(classifyError(bad).extensions).toEqual({ argument: 'token' });
  });

  it('tells the CLI about refused credentials, but counts them as internal for API clients', () => {
    const refused = Object.assign(new Error('auth'), { code: 'Neo.ClientError.Security.Unauthorized' });
    expect(classifyError(refused)).toMatchObject({
      code: 'CONFIG_INVALID',
      kind: 'internal',
      safeMessage: 'Internal server error',
    });
  });

  it('passes a code given by a wrapper (Apollo request errors) and leaves anything else internal', () => {
    expect(classifyError(new Error('Syntax Error'), 'GRAPHQL_PARSE_FAILED')).toMatchObject({
      code: 'GRAPHQL_PARSE_FAILED',
      httpStatus: 400,
    });
    expect(classifyError(new TypeError('x is undefined'))).toMatchObject({
      code: 'INTERNAL_SERVER_ERROR',
      httpStatus: 500,
      message: 'x is undefined',
      safeMessage: 'Internal server error',
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
    expect(classifyError(hostile).code).toBe('INTERNAL_SERVER_ERROR');
  });
});
