import 'reflect-metadata';
import {
  isEnumType,
  Kind,
  parse,
  type ConstDirectiveNode,
  type GraphQLSchema,
  type ObjectTypeDefinitionNode,
  type TypeNode,
} from 'graphql';
import neo4j from 'neo4j-driver';
import { createGraphSchema } from '../../src/graph/create-graph-schema';
import { enforceWriteInvariants } from '../../src/graph/enforce-write-invariants';
import { readTypeDefs } from '../../src/graph/read-type-defs';
import {
  EVENT_FORMATS,
  EVENT_KINDS,
  ORGANISATION_KINDS,
  PLACE_KINDS,
  RELATION_TYPE_NAMES,
  SECTORS,
  DATE_PRECISIONS,
  ENTITY_TYPES,
  WEB_PRESENCE_KINDS,
  allowsEndpoints,
  isEntityType,
  isRelationType,
  type EntityType,
} from '../../src/model/vocabulary';
import { fieldsOf } from '../../src/model/entity-fields';
import { readMigrations } from '../../src/db/migrations';

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
    ['WebPresenceKind', WEB_PRESENCE_KINDS],
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

  it('has a relationship-key uniqueness constraint for every relation type and a key index for every entity type', () => {
    const migrations = readMigrations()
      .flatMap((migration) => migration.statements)
      .join('\n');
    // Issue 12: a uniqueness constraint per relation type (it brings its own index).
    for (const type of RELATION_TYPE_NAMES)
      expect(migrations).toContain(`FOR ()-[r:${type}]-() REQUIRE r.key IS UNIQUE`);
    for (const type of ENTITY_TYPES) expect(migrations).toContain(`FOR (n:${type}) ON (n.key)`);
  });
});

describe('the SDL against the vocabulary', () => {
  const document = parse(readTypeDefs());
  const nodeTypes = document.definitions.filter(
    (definition): definition is ObjectTypeDefinitionNode =>
      definition.kind === Kind.OBJECT_TYPE_DEFINITION &&
      (definition.directives ?? []).some((directive) => directive.name.value === 'node'),
  );
  const entityTypes = nodeTypes.filter((type) => isEntityType(type.name.value));
  /** The node types a field's type names: the type itself, or every type implementing an interface. */
  const concreteTypes = (name: string): string[] =>
    nodeTypes.some((type) => type.name.value === name)
      ? [name]
      : nodeTypes
          .filter((type) => (type.interfaces ?? []).some((implemented) => implemented.name.value === name))
          .map((type) => type.name.value);
  const namedType = (type: TypeNode): string =>
    type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type);
  const argument = (directive: ConstDirectiveNode, name: string): string | undefined => {
    const value = directive.arguments?.find((arg) => arg.name.value === name)?.value;
    return value?.kind === Kind.STRING || value?.kind === Kind.ENUM ? value.value : undefined;
  };

  it('has every entity type of the vocabulary as a node type', () => {
    expect(entityTypes.map((type) => type.name.value).sort()).toEqual([...ENTITY_TYPES].sort());
  });

  it('allows on every relationship field only what the endpoint rules allow', () => {
    const refused: string[] = [];
    let checked = 0;
    for (const type of entityTypes) {
      for (const field of type.fields ?? []) {
        const relationship = field.directives?.find((directive) => directive.name.value === 'relationship');
        if (relationship === undefined) continue;
        const relationType = argument(relationship, 'type') ?? '';
        if (!isRelationType(relationType)) continue; // STATED_IN, IN_CASE_STUDY: provenance
        const self = type.name.value as EntityType;
        for (const other of concreteTypes(namedType(field.type)) as EntityType[]) {
          checked += 1;
          const [from, to] = argument(relationship, 'direction') === 'OUT' ? [self, other] : [other, self];
          if (!allowsEndpoints(relationType, from, to))
            refused.push(`${self}.${field.name.value}: ${from} -[${relationType}]-> ${to}`);
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
    expect(refused).toEqual([]);
  });

  it('stores on each type no field the entity table does not give it (precisions are derived from dates)', () => {
    const extra: string[] = [];
    for (const type of entityTypes) {
      const carried = new Set<string>(fieldsOf(type.name.value as EntityType));
      for (const field of type.fields ?? []) {
        const computed = (field.directives ?? []).some((d) =>
          ['relationship', 'cypher', 'customResolver'].includes(d.name.value),
        );
        const name = field.name.value;
        if (
          computed ||
          carried.has(name) ||
          (/Precision$/.test(name) && carried.has(name.replace(/Precision$/, '')))
        )
          continue;
        extra.push(`${type.name.value}.${name}`);
      }
    }
    expect(extra).toEqual([]);
  });

  it('has a field for every field of the entity table each type carries', () => {
    const missing: string[] = [];
    for (const type of entityTypes) {
      const sdlFields = new Set((type.fields ?? []).map((field) => field.name.value));
      for (const field of fieldsOf(type.name.value as EntityType)) {
        if (field === 'type' || field === 'draft') continue; // the node's label; a mark that is never stored
        if (!sdlFields.has(field)) missing.push(`${type.name.value}.${field}`);
      }
    }
    expect(missing).toEqual([]);
  });

  // The server builds without the library's validation (faster start); everything else validates.
  it('validates an SDL by default: @cypher next to @relationship is refused by name', async () => {
    const driver = neo4j.driver('bolt://127.0.0.1:1', neo4j.auth.basic('unused', 'unused'));
    try {
      // The library rejects with a list of GraphQL errors, not an Error.
      const refusal: unknown = await createGraphSchema({
        driver,
        typeDefs:
          'type A @node { key: String! b: [A!]! @cypher(statement: "RETURN 1", columnName: "x") @relationship(type: "R", direction: OUT) }',
      }).then(
        () => 'built',
        (error: unknown) => error,
      );
      expect(String(refusal)).toMatch(/Directive @cypher cannot be used in combination with @relationship/);
    } finally {
      await driver.close();
    }
  });

  // The write guard wraps the generated mutations in place (a copy of the schema took a third of each
  // start); wrapping twice would run every check and the write twice.
  it('guards each generated mutation once, however often the guard is applied', async () => {
    const driver = neo4j.driver('bolt://127.0.0.1:1', neo4j.auth.basic('unused', 'unused'));
    const schema = await createGraphSchema({ driver, validate: false }).finally(() => driver.close());
    const createTopics = () => schema.getMutationType()?.getFields().createTopics?.resolve;
    const generated = createTopics();
    expect(enforceWriteInvariants(schema)).toBe(schema);
    const guarded = createTopics();
    expect(guarded).toBeDefined();
    expect(guarded).not.toBe(generated);
    enforceWriteInvariants(schema);
    expect(createTopics()).toBe(guarded);
  });
});
