import { readQueryConfig, type QueryTarget } from '../db/read-query-config';
import { MapperKind, mapSchema } from '@graphql-tools/utils';
import {
  getNamedType,
  getNullableType,
  isInputObjectType,
  isListType,
  type GraphQLFieldConfig,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import type { Driver } from 'neo4j-driver';
import type { ApiContext } from '../api/api-context';
import { normaliseWhitespace } from '../case-study/normalise-text';
import { cypherQuery } from '../db/cypher-query';
import { apiError, badUserInput } from '../errors/api-error';
import { ErrorCode } from '../errors/error-codes';

/** Roles that may write through the API. */
export const WRITER_ROLES = ['editor', 'admin'] as const;

interface Citation {
  readonly source: string;
  readonly quote: string;
  readonly argument: string;
}

/**
 * Wraps every generated mutation so that writes through the API keep the importer's invariants:
 * the caller must be an editor (UNAUTHENTICATED / FORBIDDEN before anything else), every relationship
 * written carries sources with as many quotes, every new entity is connected to evidence, and every
 * quote occurs in the text of the source it cites. Violations are BAD_USER_INPUT naming the argument.
 */
export function enforceWriteInvariants(
  schema: GraphQLSchema,
  options: { driver: Driver } & QueryTarget,
): GraphQLSchema {
  return mapSchema(schema, {
    [MapperKind.MUTATION_ROOT_FIELD]: (
      fieldConfig: GraphQLFieldConfig<unknown, ApiContext>,
      fieldName: string,
    ) => {
      const resolve = fieldConfig.resolve;
      if (resolve === undefined) return fieldConfig;
      const argTypes = fieldConfig.args ?? {};
      return {
        ...fieldConfig,
        resolve: async (source, args: Record<string, unknown>, context, info) => {
          requireWriter(context);
          const citations: Citation[] = [];
          for (const [name, value] of Object.entries(args)) {
            const type = argTypes[name]?.type;
            if (type !== undefined) collect(value, type, name, citations);
          }
          if (fieldName.startsWith('create')) requireEvidenceOnCreate(args.input, fieldName);
          await verifyQuotes(citations, options);
          return resolve(source, args, context, info);
        },
      };
    },
  });
}

function requireWriter(context: ApiContext): void {
  if (context.jwt === undefined) {
    throw apiError(ErrorCode.UNAUTHENTICATED, 'Writing needs a valid token (Authorization: Bearer <JWT>).');
  }
  const roles = Array.isArray(context.jwt.roles) ? context.jwt.roles : [];
  if (!roles.some((role) => (WRITER_ROLES as readonly string[]).includes(role))) {
    throw apiError(ErrorCode.FORBIDDEN, 'Writing needs the role "editor".');
  }
}

/** Walks an argument value along its input type, checking relationship edges and collecting quotes. */
function collect(value: unknown, type: GraphQLInputType, path: string, citations: Citation[]): void {
  if (value === null || value === undefined) return;
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    if (Array.isArray(value))
      value.forEach((item, index) => collect(item, nullable.ofType, `${path}[${index}]`, citations));
    return;
  }
  if (!isInputObjectType(nullable) || typeof value !== 'object') return;
  const fields = nullable.getFields();
  const record = value as Record<string, unknown>;
  const edgeType = fields.edge === undefined ? undefined : getNamedType(fields.edge.type).name;
  if (
    edgeType === 'TieCreateInput' &&
    (nullable.name.endsWith('ConnectFieldInput') || nullable.name.endsWith('CreateFieldInput'))
  ) {
    checkTie(record.edge, `${path}.edge`, citations, true);
  } else if (edgeType === 'TieUpdateInput' && record.edge !== undefined) {
    checkTie(record.edge, `${path}.edge`, citations, false);
  } else if (edgeType === 'EvidenceCreateInput' && nullable.name.endsWith('ConnectFieldInput')) {
    checkEvidence(record, path, citations);
  }
  for (const [name, fieldValue] of Object.entries(record)) {
    const field = fields[name];
    if (field !== undefined && name !== 'edge') collect(fieldValue, field.type, `${path}.${name}`, citations);
  }
}

function checkTie(edge: unknown, path: string, citations: Citation[], required: boolean): void {
  if (edge === undefined || edge === null) {
    if (required)
      throw badUserInput(
        path,
        'a relationship needs its properties: key, sources and quotes (one quote per source)',
      );
    return;
  }
  const { sources, quotes } = edge as { sources?: unknown; quotes?: unknown };
  if (!required && sources === undefined && quotes === undefined) return;
  if (!Array.isArray(sources) || sources.length === 0) {
    throw badUserInput(`${path}.sources`, 'a relationship needs at least one source');
  }
  if (!Array.isArray(quotes) || quotes.length !== sources.length) {
    throw badUserInput(`${path}.quotes`, `needs one quote per source (${sources.length})`);
  }
  sources.forEach((source, index) =>
    citations.push({
      source: String(source),
      quote: String(quotes[index]),
      argument: `${path}.quotes[${index}]`,
    }),
  );
}

function checkEvidence(connect: Record<string, unknown>, path: string, citations: Citation[]): void {
  const quote = (connect.edge as { quote?: unknown } | undefined)?.quote;
  const key = ((connect.where as { node?: { key?: { eq?: unknown } } } | undefined)?.node?.key ?? {}).eq;
  if (typeof quote !== 'string' || quote.trim() === '')
    throw badUserInput(`${path}.edge.quote`, 'evidence needs the verbatim quote');
  if (typeof key !== 'string')
    throw badUserInput(
      `${path}.where`,
      'evidence must name its source as where: { node: { key: { eq: "<source key>" } } }',
    );
  citations.push({ source: key, quote, argument: `${path}.edge.quote` });
}

function requireEvidenceOnCreate(input: unknown, fieldName: string): void {
  if (!Array.isArray(input) || ['createSources', 'createCaseStudies'].includes(fieldName)) return;
  input.forEach((item: { evidence?: { connect?: unknown[] } }, index) => {
    if (!Array.isArray(item?.evidence?.connect) || item.evidence.connect.length === 0) {
      throw badUserInput(
        `input[${index}].evidence`,
        'a new entity needs evidence: connect it to a source with the quote that states it',
      );
    }
  });
}

async function verifyQuotes(
  citations: readonly Citation[],
  options: { driver: Driver } & QueryTarget,
): Promise<void> {
  if (citations.length === 0) return;
  const keys = [...new Set(citations.map((c) => c.source))];
  const result = await options.driver.executeQuery(
    cypherQuery('provenance/source-texts'),
    { keys },
    readQueryConfig(options),
  );
  const texts = new Map(
    result.records.map((r) => [r.get('key') as string, normaliseWhitespace(r.get('text') as string)]),
  );
  for (const citation of citations) {
    const text = texts.get(citation.source);
    if (text === undefined) throw badUserInput(citation.argument, `unknown source "${citation.source}"`);
    if (!text.includes(normaliseWhitespace(citation.quote))) {
      throw badUserInput(citation.argument, `the quote does not occur in source "${citation.source}"`);
    }
  }
}
