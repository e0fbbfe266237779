import { useApiTestServer } from '../utils/api-test-server';

function nested(levels: number, leaf: Record<string, unknown>): Record<string, unknown> {
  let where = leaf;
  for (let i = 0; i < levels; i++) where = { memberOf: { some: where } };
  return where;
}

// Issue 12, finding 4: filter arguments were invisible to the depth and cost limits; 30 nested
// relationship filters kept Neo4j planning for minutes past the transaction timeout, `single` on an
// interface took 9.7 s on the seed, and 1000 nested ANDs overflowed the stack.
describe('filters are bounded before they reach the database', () => {
  const api = useApiTestServer({ env: { RATE_LIMIT_PER_MINUTE: '0' } });
  const query = 'query ($w: OrganisationWhere) { organisations(where: $w) { key } }';

  async function expectRejected(q: string, variables: Record<string, unknown>, message: RegExp) {
    const response = await api.graphql(q, { variables });
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.message).toMatch(message);
  }

  it('refuses 5 nested relationship filters, and 30 as too deep', async () => {
    await expectRejected(query, { w: nested(5, {}) }, /nests relationship filters .* 4 deep; at most 3/);
    await expectRejected(
      query,
      { w: nested(30, {}) },
      /^Argument "variables": the variables nest deeper than 32 levels\.$/,
    );
  });

  it('refuses 1000 nested ANDs with a clear error, not a stack overflow', async () => {
    let w: Record<string, unknown> = { key: { eq: 'bmi' } };
    for (let i = 0; i < 1000; i++) w = { AND: [w] };
    await expectRejected(query, { w }, /variables nest deeper than 32/);
  });

  it('refuses OR branching 5 deep and filters with too many conditions', async () => {
    let w: Record<string, unknown> = { key: { eq: 'bmi' } };
    for (let i = 0; i < 5; i++) w = { OR: [w, w] };
    await expectRejected(query, { w }, /nests AND\/OR\/NOT 5 deep; at most 4/);
    const wide = { OR: Array.from({ length: 120 }, (_, i) => ({ key: { eq: `k${i}` } })) };
    await expectRejected(query, { w: wide }, /more than 100 conditions/);
  });

  it('refuses "single" on a relationship to an interface, inline or as a variable', async () => {
    await expectRejected(
      '{ topics(where: { priorityOf: { single: { key: { endsWith: "x" } } } }) { key } }',
      {},
      /"single" is not supported/,
    );
  });

  it('counts the defaults of variables that were not sent, and connection filters', async () => {
    let w: Record<string, unknown> = { key: { eq: 'bmi' } };
    for (let i = 0; i < 5; i++) w = { OR: [w, w] };
    const withDefault = `query ($w: OrganisationWhere = ${JSON.stringify(w).replace(/"(\w+)":/g, '$1:')}) { organisations(where: $w) { key } }`;
    await expectRejected(withDefault, {}, /nests AND\/OR\/NOT 5 deep/);
    await expectRejected(
      '{ organisations(where: { responsibleForConnection: { single: { node: { key: { eq: "biwaq" } } } } }) { key } }',
      {},
      /"single" is not supported/,
    );
  });

  it('answers a variable of the wrong shape with a client error, not a 500', async () => {
    const response = await api.graphql(query, { variables: { w: { OR: { key: { eq: 'bmi' } } } } });
    expect(response.status).toBeLessThan(500);
  });

  it('counts filters on nested fields too', async () => {
    await expectRejected(
      'query ($w: OrganisationWhere) { organisations(limit: 1) { units(where: $w) { key } } }',
      { w: nested(4, {}) },
      /organisations?\.?units\.where|units\.where/,
    );
  });

  it('answers an honest filter two relationships deep, and leaves no query running', async () => {
    const response = await api.graphql(query, { variables: { w: nested(2, { key: { eq: 'bmi' } }) } });
    expect(response.errors).toBeUndefined();
    const running = await api.driver.executeQuery(
      "SHOW TRANSACTIONS YIELD currentQuery, elapsedTime WHERE NOT currentQuery STARTS WITH 'SHOW' RETURN count(*) AS n",
    );
    expect(running.records[0]?.get('n')).toBe(0);
  });
});
