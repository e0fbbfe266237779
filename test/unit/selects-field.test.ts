import { buildSchema, graphql, type GraphQLResolveInfo } from 'graphql';
import { selectsField } from '../../src/analytics/selects-field';

// Work is left out only when nobody asked for it: positions and evidence are computed per selection.
describe('selectsField', () => {
  const schema = buildSchema(`
    type Node { id: ID! x: Float }
    type Network { nodes: [Node!]! }
    type Query { network: Network! }
  `);

  async function selected(query: string, variables: Record<string, unknown> = {}): Promise<boolean> {
    let answer: boolean | undefined;
    const result = await graphql({
      schema,
      source: query,
      variableValues: variables,
      rootValue: {
        network: (_args: unknown, _context: unknown, info: GraphQLResolveInfo) => {
          answer = selectsField(info, 'x');
          return { nodes: [] };
        },
      },
    });
    expect(result.errors).toBeUndefined();
    if (answer === undefined) throw new Error('the resolver did not run');
    return answer;
  }

  it('finds a field below the resolved one, through fragments and inline fragments', async () => {
    expect(await selected('{ network { nodes { id x } } }')).toBe(true);
    expect(await selected('{ network { nodes { id } } }')).toBe(false);
    expect(await selected('{ network { nodes { ...N } } } fragment N on Node { x }')).toBe(true);
    expect(await selected('{ network { nodes { ... on Node { x } } } }')).toBe(true);
  });

  it('does not count what @include(if: false) or @skip(if: true) leaves out', async () => {
    const query = 'query ($p: Boolean!) { network { nodes { id x @include(if: $p) } } }';
    expect(await selected(query, { p: true })).toBe(true);
    expect(await selected(query, { p: false })).toBe(false);
    expect(await selected('{ network { nodes { x @skip(if: true) } } }')).toBe(false);
    expect(await selected('{ network { ... @include(if: false) { nodes { x } } } }')).toBe(false);
  });
});
