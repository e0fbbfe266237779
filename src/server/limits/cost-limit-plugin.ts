import type { ApolloServerPlugin } from '@apollo/server';
import {
  getNamedType,
  getNullableType,
  isListType,
  isObjectType,
  isInterfaceType,
  Kind,
  visit,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLOutputType,
  type GraphQLSchema,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import { apiError } from '../../errors/api-error';
import { ErrorCode } from '../../errors/error-codes';
import type { FanOutStatistics } from './fan-out-statistics';
import { OPERATION_LIMITS } from './operation-limits';

const PAGE_ARGUMENTS = ['first', 'limit'];
const PAGING_ARGUMENTS = ['first', 'limit', 'offset'];

/**
 * Rejects negative page arguments and operations whose estimated size exceeds `maxCost`, before they
 * run. Unlike a flat field
 * count, a list field multiplies the cost of its selection by its page size (`first` or `limit`,
 * with variables resolved), so a connection of 100 costs ten times one of 10, and nesting multiplies.
 * A nested list counts no more than the graph's own fan-out for that field (95th percentile, from
 * FanOutStatistics) when it is known: a person has a handful of affiliations, not twenty. A refusal
 * names the field that costs most and the `limit:` that would let the operation pass.
 */
export function costLimitPlugin(
  options: { maxCost?: number; defaultListSize?: number; fanOut?: FanOutStatistics } = {},
): ApolloServerPlugin {
  const maxCost = options.maxCost ?? OPERATION_LIMITS.maxCost;
  const defaultListSize = options.defaultListSize ?? OPERATION_LIMITS.defaultListSize;
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (operation === undefined || operation === null) return;
          limitIntrospection(document);
          const fragments = new Map<string, FragmentDefinitionNode>();
          for (const definition of document.definitions)
            if (definition.kind === Kind.FRAGMENT_DEFINITION)
              fragments.set(definition.name.value, definition);
          const root = operation.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType();
          if (root === null || root === undefined) return;
          const context: CostContext = {
            schema,
            fragments,
            variables: request.variables ?? {},
            defaultListSize,
            maxCost,
            fanOut: options.fanOut,
            heaviest: undefined,
          };
          const cost = selectionCost(context, operation.selectionSet, root, 0);
          if (cost > maxCost) {
            const heaviest = context.heaviest;
            const advice =
              heaviest === undefined
                ? 'Ask for smaller pages or fewer nested lists.'
                : `The field that costs most is ${heaviest.path} (${Math.round(heaviest.cost)} at ${heaviest.size} per parent); limit: ${Math.max(1, Math.floor((heaviest.size * maxCost) / cost))} there would make the operation pass.`;
            throw apiError(
              ErrorCode.BAD_USER_INPUT,
              `The operation is too large: estimated cost ${Math.round(cost)} exceeds the limit of ${maxCost}. ${advice}`,
              {
                cost: Math.round(cost),
                maxCost,
                ...(heaviest === undefined ? {} : { field: heaviest.path }),
                http: { status: 400 },
              },
            );
          }
        },
      };
    },
  };
}

/**
 * Introspection is exempt from the depth limit and costs nothing below, so it is limited by count:
 * 40 aliases of `__schema` answered 114 MB (issue 12, finding 7). One schema and a few types per
 * operation is what the playground and codegen ask.
 */
function limitIntrospection(document: DocumentNode): void {
  const counts = { __schema: 0, __type: 0 };
  visit(document, {
    Field(node) {
      if (node.name.value === '__schema' || node.name.value === '__type') counts[node.name.value] += 1;
    },
  });
  if (
    counts.__schema > OPERATION_LIMITS.maxSchemaIntrospections ||
    counts.__type > OPERATION_LIMITS.maxTypeIntrospections
  ) {
    throw apiError(
      ErrorCode.BAD_USER_INPUT,
      `The operation asks for the schema ${counts.__schema} times and for ${counts.__type} types; at most ${OPERATION_LIMITS.maxSchemaIntrospections} __schema and ${OPERATION_LIMITS.maxTypeIntrospections} __type fields are answered per operation.`,
      { http: { status: 400 } },
    );
  }
}

interface CostContext {
  readonly schema: GraphQLSchema;
  readonly fragments: ReadonlyMap<string, FragmentDefinitionNode>;
  readonly variables: Readonly<Record<string, unknown>>;
  readonly defaultListSize: number;
  readonly maxCost: number;
  readonly fanOut: FanOutStatistics | undefined;
  /** The list field whose subtree costs most so far, for the refusal's advice. */
  heaviest: { path: string; cost: number; size: number } | undefined;
}

function selectionCost(
  context: CostContext,
  selectionSet: SelectionSetNode,
  parent: GraphQLOutputType,
  depth: number,
  connectionPage?: number,
): number {
  if (depth > 50) return Number.POSITIVE_INFINITY;
  const named = getNamedType(parent);
  let total = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      total += fieldCost(context, selection, named, depth, connectionPage);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const type =
        selection.typeCondition === undefined
          ? named
          : context.schema.getType(selection.typeCondition.name.value);
      if (type !== undefined && type !== null)
        total += selectionCost(context, selection.selectionSet, type as GraphQLOutputType, depth + 1);
    } else {
      const fragment = context.fragments.get(selection.name.value);
      if (fragment !== undefined) {
        const type = context.schema.getType(fragment.typeCondition.name.value);
        if (type !== undefined && type !== null)
          total += selectionCost(context, fragment.selectionSet, type as GraphQLOutputType, depth + 1);
      }
    }
    if (total > context.maxCost) return total;
  }
  return total;
}

function fieldCost(
  context: CostContext,
  node: FieldNode,
  parent: ReturnType<typeof getNamedType>,
  depth: number,
  connectionPage?: number,
): number {
  if (node.name.value.startsWith('__')) return 0;
  // A source text can be megabytes: it weighs like a page of ordinary fields.
  if (node.name.value === 'text' && parent?.name === 'Source') return OPERATION_LIMITS.sourceTextCost;
  for (const argument of node.arguments ?? []) {
    if (!PAGING_ARGUMENTS.includes(argument.name.value)) continue;
    const value = literal(argument.value, context.variables);
    if (typeof value === 'number' && value < 0) {
      throw apiError(
        ErrorCode.BAD_USER_INPUT,
        `Argument "${argument.name.value}" of ${node.name.value}: must not be negative, got ${value}.`,
        {
          argument: argument.name.value,
          http: { status: 400 },
        },
      );
    }
  }
  const field: GraphQLField<unknown, unknown> | undefined =
    isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[node.name.value] : undefined;
  if (field === undefined || node.selectionSet === undefined) return 1;
  const isList = isListType(getNullableType(field.type));
  const isConnection = !isList && field.args.some((a) => a.name === 'first');
  const parentName = parent?.name ?? '';
  if (isConnection) {
    // The page size of a connection applies to its `edges`, one level down.
    const relationship = node.name.value.replace(/Connection$/, '');
    const page = expectedSize(context, parentName, relationship, pageSize(context, node), depth);
    return 1 + selectionCost(context, node.selectionSet, field.type, depth + 1, page);
  }
  const children = selectionCost(context, node.selectionSet, field.type, depth + 1);
  if (!isList) return 1 + children;
  const size =
    node.name.value === 'edges' && connectionPage !== undefined
      ? connectionPage
      : expectedSize(context, parentName, node.name.value, pageSize(context, node), depth);
  const cost = 1 + size * children;
  if (cost > (context.heaviest?.cost ?? 0)) {
    context.heaviest = { path: `${parentName}.${node.name.value}`, cost, size };
  }
  return cost;
}

/**
 * A nested list's expected length: its page size, or the graph's 95th-percentile fan-out for the
 * field when that is known and smaller. Root lists keep their page size.
 */
function expectedSize(
  context: CostContext,
  parent: string,
  field: string,
  page: number,
  depth: number,
): number {
  if (depth === 0 || context.fanOut === undefined) return page;
  const fanOut = context.fanOut.estimate(parent, field);
  return fanOut === undefined ? page : Math.min(page, Math.max(1, Math.ceil(fanOut.p95)));
}

function pageSize(context: CostContext, node: FieldNode): number {
  const argument = node.arguments?.find((a) => PAGE_ARGUMENTS.includes(a.name.value));
  const value = argument === undefined ? undefined : literal(argument.value, context.variables);
  return typeof value === 'number' && value > 0 ? value : context.defaultListSize;
}

function literal(value: ValueNode, variables: Readonly<Record<string, unknown>>): unknown {
  if (value.kind === Kind.INT) return Number(value.value);
  if (value.kind === Kind.VARIABLE) return variables[value.name.value];
  return undefined;
}
