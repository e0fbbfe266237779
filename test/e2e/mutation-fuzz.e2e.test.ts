import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import {
  buildSchema,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';
import { PROJECT_ROOT } from '../../src/shared/project-paths';
import { KEY_PATTERN } from '../../src/model/key-pattern';
import { findProvenanceViolations } from '../../src/import/provenance-check';
import { useApiTestServer } from '../utils/api-test-server';

const schema = buildSchema(readFileSync(join(PROJECT_ROOT, 'schema.graphql'), 'utf8'));
const mutationFields = Object.values(schema.getMutationType()?.getFields() ?? {});

// Real keys and quotes of the seed, so that a good share of the generated writes is accepted, next to
// invented and hostile ones.
const ENTITY_KEYS = [
  'bmi',
  'bbsr',
  'biwaq',
  'digitalisierung',
  'biwaq-werkstatt-2019',
  'oliver-weigel',
  'fz-new-a',
  'fz-new-b',
];
const SOURCE_KEYS = ['werkstatt-bonn-2019', 'biwaq-duisburg-projektseite', 'fz-source', 'no-such-source'];
const QUOTES = [
  'die Bedeutung strategischer Medienarbeit',
  'Die Digitalisierung von Unternehmen vor Ort ist ein weiterer Projektschwerpunkt.',
  'The BMI admitted fraud',
  '',
];
const RELATION_TYPES = ['ABOUT', 'PART_OF', 'AFFILIATED_WITH', 'FUNDS', 'ORGANISED'];

const key = fc.oneof(
  fc.constantFrom(...ENTITY_KEYS, ...SOURCE_KEYS),
  fc.constantFrom('../../Bad Key <script>', '', 'BMI', 'a--b'),
);
const tieKey = fc.oneof(
  fc
    .tuple(
      fc.constantFrom(...ENTITY_KEYS),
      fc.constantFrom(...RELATION_TYPES),
      fc.constantFrom(...ENTITY_KEYS),
    )
    .map(([a, t, b]) => `${a}|${t}|${b}`),
  fc.constantFrom('x', 'bmi|PART_OF|bmi', 'a|NOPE|b'),
);
const text = fc.oneof(fc.constantFrom(...QUOTES), fc.string({ maxLength: 20 }));

/** A value for one input field, guided by its name so that keys, sources and quotes look real. */
function valueFor(name: string, type: GraphQLInputType, depth: number): fc.Arbitrary<unknown> {
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    if (name === 'sources') return fc.array(fc.constantFrom(...SOURCE_KEYS), { minLength: 0, maxLength: 2 });
    if (name === 'quotes') return fc.array(fc.constantFrom(...QUOTES), { minLength: 0, maxLength: 2 });
    return fc.array(valueFor(name, nullable.ofType, depth), { maxLength: depth > 3 ? 0 : 2 });
  }
  if (isEnumType(nullable)) return fc.constantFrom(...nullable.getValues().map((v) => v.name));
  if (isScalarType(nullable)) {
    switch (nullable.name) {
      case 'Int':
        return fc.integer({ min: -2, max: 5 });
      case 'Float':
        return fc.double({ noNaN: true, noDefaultInfinity: true });
      case 'Boolean':
        return fc.boolean();
      case 'Date':
        return fc.constantFrom('2019-01-01', '2021-03-04');
      default:
        if (name === 'quote') return fc.constantFrom(...QUOTES);
        if (name === 'eq' || name === 'startsWith' || name === 'key' || name === 'set') return key;
        return text;
    }
  }
  if (isInputObjectType(nullable)) {
    if (depth > 4) return fc.constant({});
    const fields = Object.values(nullable.getFields());
    if (nullable.name === 'TieCreateInput') {
      return fc.record({
        key: tieKey,
        sources: valueFor('sources', fields[0]!.type, depth),
        quotes: valueFor('quotes', fields[0]!.type, depth),
      });
    }
    const required = fields.filter((f) => isNonNullType(f.type));
    const optional = fields.filter((f) => !isNonNullType(f.type));
    return fc
      .subarray(optional, { maxLength: Math.min(3, optional.length) })
      .chain((chosen) =>
        fc.record(
          Object.fromEntries(
            [...required, ...chosen].map((f) => [f.name, valueFor(f.name, f.type, depth + 1)]),
          ),
        ),
      );
  }
  return fc.constant(null);
}

const mutation = fc
  .constantFrom(...mutationFields)
  .chain((field: GraphQLField<unknown, unknown>) =>
    fc
      .record(Object.fromEntries(field.args.map((arg) => [arg.name, valueFor(arg.name, arg.type, 0)])))
      .map((variables) => ({ field, variables })),
  );

function render(field: GraphQLField<unknown, unknown>): string {
  const definitions = field.args.map((arg) => `$${arg.name}: ${arg.type.toString()}`).join(', ');
  const call =
    field.args.length === 0 ? '' : `(${field.args.map((a) => `${a.name}: $${a.name}`).join(', ')})`;
  const selection = field.name.startsWith('delete') ? '{ nodesDeleted }' : '{ info { nodesCreated } }';
  return `mutation Fuzz${definitions === '' ? '' : `(${definitions})`} { ${field.name}${call} ${selection} }`;
}

// Issue 12, acceptance: thousands of generated mutations as an editor, through every nested input of
// every generated mutation; whatever is accepted, the graph stays traceable.
describe('generated mutations under fuzzing', () => {
  // Under fuzzing the status class is what is tested, not the time limits: on a busy CI machine a
  // random read must not turn into a 504 because the 10 s transaction timeout ran out.
  const api = useApiTestServer({
    env: { RATE_LIMIT_PER_MINUTE: '0', NEO4J_TX_TIMEOUT_MS: '60000', ANALYTICS_TIME_BUDGET_MS: '60000' },
  });

  it('keeps the provenance check at zero violations after 2000 random mutations', async () => {
    expect(await findProvenanceViolations(api.driver)).toEqual([]);
    const token = await api.token(['editor']);
    const outcome = { accepted: 0, refused: 0 };
    await fc.assert(
      fc.asyncProperty(mutation, async ({ field, variables }) => {
        const response = await api.graphql(render(field), { variables, token });
        expect(response.status).toBeLessThan(500);
        for (const error of response.errors ?? [])
          expect(`${String(error.extensions?.code)}: ${error.message}`).not.toMatch(/^INTERNAL_SERVER_ERROR/);
        if (response.errors === undefined) outcome.accepted += 1;
        else outcome.refused += 1;
      }),
      { numRuns: 2000, seed: 20261201 },
    );
    // Enough of them were accepted for the check below to mean something.
    expect(outcome.accepted).toBeGreaterThan(50);
    expect(await findProvenanceViolations(api.driver)).toEqual([]);
    const keys = await api.driver.executeQuery('MATCH (n) WHERE n:Entity OR n:Source RETURN n.key AS key');
    for (const record of keys.records) expect(record.get('key')).toMatch(KEY_PATTERN);
    const loops = await api.driver.executeQuery('MATCH (a:Entity)-[r]->(a) RETURN count(r) AS n');
    expect(loops.records[0]?.get('n')).toBe(0);
    const shared = await api.driver.executeQuery(
      'MATCH (:Entity)-[r]->(:Entity) WITH r.key AS key, count(*) AS n WHERE n > 1 RETURN count(key) AS n',
    );
    expect(shared.records[0]?.get('n')).toBe(0);
    // The fuzzer deleted and recreated seed entities at will: leave an empty graph for the next file,
    // which imports the seed afresh.
    await api.driver.executeQuery('MATCH (n) WHERE n:Entity OR n:Source OR n:CaseStudy DETACH DELETE n');
    console.log(`mutation fuzzing: ${outcome.accepted} accepted, ${outcome.refused} refused`);
  }, 600_000);
});
