import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isEnumType, type GraphQLSchema } from 'graphql';
import neo4j from 'neo4j-driver';
import { createGraphSchema } from '../../src/graph/create-graph-schema';
import { readTypeDefs } from '../../src/graph/read-type-defs';
import {
  EVENT_FORMATS,
  EVENT_KINDS,
  ORGANISATION_KINDS,
  PLACE_KINDS,
  RELATION_TYPE_NAMES,
  SECTORS,
  DATE_PRECISIONS,
} from '../../src/model/vocabulary';
import { PROJECT_ROOT } from '../../src/db/project-paths';

describe('the SDL in schema/', () => {
  let schema: GraphQLSchema;
  const warnings: unknown[][] = [];

  beforeAll(async () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => warnings.push(args));
    const driver = neo4j.driver('bolt://127.0.0.1:1', neo4j.auth.basic('unused', 'unused'));
    try {
      schema = await createGraphSchema({ driver });
    } finally {
      warn.mockRestore();
      await driver.close();
    }
  });

  it('builds with @neo4j/graphql 7 without warnings', () => {
    expect(warnings).toEqual([]);
    expect(schema.getQueryType()?.getFields().organisations).toBeDefined();
  });

  it.each([
    ['Sector', SECTORS],
    ['OrganisationKind', ORGANISATION_KINDS],
    ['EventKind', EVENT_KINDS],
    ['EventFormat', EVENT_FORMATS],
    ['PlaceKind', PLACE_KINDS],
    ['DatePrecision', DATE_PRECISIONS],
  ])('enum %s equals the vocabulary', (name, values) => {
    const type = schema.getType(name);
    expect(isEnumType(type) && type.getValues().map((value) => value.name)).toEqual([...values]);
  });

  it('uses exactly the vocabulary relation types (plus provenance)', () => {
    const used = new Set(
      [...readTypeDefs().matchAll(/@relationship\(\s*type: "([A-Z_]+)"/g)].map((match) => match[1]),
    );
    expect([...used].sort()).toEqual([...RELATION_TYPE_NAMES, 'STATED_IN', 'IN_CASE_STUDY'].sort());
  });

  it('has a relationship-key index migration for every relation type', () => {
    const migration = readFileSync(
      join(PROJECT_ROOT, 'cypher/migrations/0003-relationship-key-indexes.cypher'),
      'utf8',
    );
    for (const type of RELATION_TYPE_NAMES) expect(migration).toContain(`FOR ()-[r:${type}]-() ON (r.key)`);
  });
});
