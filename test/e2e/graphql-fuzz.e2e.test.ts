import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import {
  buildSchema,
  getNamedType,
  getNullableType,
  isEnumType,
  isListType,
  isNonNullType,
  isObjectType,
  isInterfaceType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';
import { PROJECT_ROOT } from '../../src/shared/project-paths';
import { graphFingerprint } from '../utils/graph-fingerprint';
import { useApiTestServer } from '../utils/api-test-server';

const schema = buildSchema(readFileSync(join(PROJECT_ROOT, 'schema.graphql'), 'utf8'));
const queryFields = Object.values(schema.getQueryType()?.getFields() ?? {});

const hostileString = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom(
    '',
    ' ',
    'bmi',
    'BBSR',
    "' OR 1=1 //",
    '}) MATCH (n) DETACH DELETE n //',
    '*:*',
    '\u0000',
    'ß',
    '2021-02-30',
    'x'.repeat(300),
  ),
);

/** A value for an argument of scalar, enum or list-of-scalar type (input objects are left out). */
function argumentValue(type: GraphQLInputType): fc.Arbitrary<unknown> | undefined {
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    const item = argumentValue(nullable.ofType);
    return item === undefined ? undefined : fc.array(item, { maxLength: 3 });
  }
  if (isEnumType(nullable)) return fc.constantFrom(...nullable.getValues().map((v) => v.name));
  if (isScalarType(nullable)) {
    switch (nullable.name) {
      case 'Int':
        return fc.oneof(fc.integer({ min: -5, max: 200 }), fc.constantFrom(0, -1, 2147483647, 100000));
      case 'Float':
        return fc.double({ noNaN: true, noDefaultInfinity: true });
      case 'Boolean':
        return fc.boolean();
      default:
        return hostileString;
    }
  }
  return undefined;
}

/** A random query: one root field, random scalar arguments as variables, its scalar subfields selected. */
const operation = fc
  .constantFrom(...queryFields)
  .chain((field: GraphQLField<unknown, unknown>) => {
    const usable = field.args.filter((arg) => argumentValue(arg.type) !== undefined);
    const required = field.args.filter((arg) => isNonNullType(arg.type));
    if (required.some((arg) => argumentValue(arg.type) === undefined)) return fc.constant(undefined);
    return fc
      .tuple(
        ...usable.map((arg) => {
          const value = argumentValue(arg.type) as fc.Arbitrary<unknown>;
          return isNonNullType(arg.type) ? value : fc.option(value, { nil: undefined, freq: 2 });
        }),
      )
      .map((values) => ({ field, args: usable, values }));
  })
  .filter((value) => value !== undefined);

function render(
  field: GraphQLField<unknown, unknown>,
  args: readonly GraphQLArgument[],
  values: readonly unknown[],
) {
  const used = args
    .map((arg, index) => [arg, values[index]] as const)
    .filter(([, value]) => value !== undefined);
  const variables = Object.fromEntries(used.map(([arg, value]) => [arg.name, value]));
  const definitions = used.map(([arg]) => `$${arg.name}: ${arg.type.toString()}`).join(', ');
  const call = used.length === 0 ? '' : `(${used.map(([arg]) => `${arg.name}: $${arg.name}`).join(', ')})`;
  const named = getNamedType(field.type);
  let selection = '';
  if (isObjectType(named) || isInterfaceType(named)) {
    const scalars = Object.values(named.getFields())
      .filter((f) => isScalarType(getNamedType(f.type)) || isEnumType(getNamedType(f.type)))
      .slice(0, 4);
    selection = `{ ${scalars.length === 0 ? '__typename' : scalars.map((f) => f.name).join(' ')} }`;
  }
  return {
    query: `query Fuzz${definitions === '' ? '' : `(${definitions})`} { ${field.name}${call} ${selection} }`,
    variables,
  };
}

// Thousands of random operations built from the schema: never a 5xx, never INTERNAL_SERVER_ERROR,
// and reads never change the graph.
describe('GraphQL operations under fuzzing', () => {
  // Under fuzzing the status class is what is tested, not the time limits: on a busy CI machine a
  // random read must not turn into a 504 because the 10 s transaction timeout ran out.
  const api = useApiTestServer({
    env: { RATE_LIMIT_PER_MINUTE: '0', NEO4J_TX_TIMEOUT_MS: '60000', ANALYTICS_TIME_BUDGET_MS: '60000' },
  });

  it('answers 1500 random queries without a server error', async () => {
    const before = await graphFingerprint(api.driver);
    let cases = 0;
    await fc.assert(
      fc.asyncProperty(operation, async (generated) => {
        if (generated === undefined) return;
        const { query, variables } = render(generated.field, generated.args, generated.values);
        const response = await api.graphql(query, { variables });
        cases += 1;
        expect(response.status).toBeLessThan(500);
        for (const error of response.errors ?? [])
          expect(error.extensions?.code).not.toBe('INTERNAL_SERVER_ERROR');
      }),
      { numRuns: 1500, seed: 20261121 },
    );
    expect(cases).toBeGreaterThan(1000);
    expect(await graphFingerprint(api.driver)).toBe(before);
  }, 600_000);
});
