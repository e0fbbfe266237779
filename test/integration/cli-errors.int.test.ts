import { runCliOnTestNeo4j } from '../utils/run-cli';

describe('errors of services reach the command line as one line with their code', () => {
  it('an unknown ego centre on export is NOT_FOUND, exit 2, without a stack trace', () => {
    const result = runCliOnTestNeo4j(['export', 'csv-nodes', '--view', 'ego', '--actor', 'no-such-actor']);
    // Before errors were classified once, this GraphQL error of the ego service printed
    // "unexpected error:" with its stack and exit code 1.
    expect(result.stderr.trim()).toBe('quartiersnetz: NOT_FOUND: No entity with key "no-such-actor".');
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
  });
});
