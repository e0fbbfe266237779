import type { ApolloServerPlugin } from '@apollo/server';
import {
  getArgumentValues,
  getNamedType,
  getVariableValues,
  getNullableType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { apiError } from '../../errors/api-error';
import { ErrorCode } from '../../errors/error-codes';
import { OPERATION_LIMITS } from './operation-limits';

/** Relationship quantifiers of @neo4j/graphql filters: each one is a hop the database must expand. */
const QUANTIFIERS = new Set(['some', 'all', 'none', 'single']);
const LOGICAL = new Set(['AND', 'OR', 'NOT']);

/**
 * Limits on filter arguments (`where`), which the selection-set limits (depth, cost) do not see.
 * Measured on the seed (issue 12): 30-40 nested `some` filters kept Neo4j's planner busy for minutes,
 * past the transaction timeout (planning does not check it); `single` on a relationship to an
 * interface becomes an XOR of one pattern per implementation that took 9.7 s to plan for four; deeply
 * nested AND/OR overflowed the stack. Every argument of every field is measured with its variables
 * resolved; violations are BAD_USER_INPUT (HTTP 400) naming the argument, before any Cypher runs.
 */
export function filterLimitPlugin(limits: typeof OPERATION_LIMITS = OPERATION_LIMITS): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, request, operation }) {
          const raw = request.variables ?? {};
          const deepest = jsonDepth(raw, limits.maxVariableDepth);
          if (deepest > limits.maxVariableDepth) {
            throw rejected(
              `the variables nest deeper than ${limits.maxVariableDepth} levels`,
              'variables',
              '',
            );
          }
          // Coerced as execution will see them: defaults of variables that were not sent count too.
          const coerced = getVariableValues(schema, operation?.variableDefinitions ?? [], raw);
          if (coerced.errors !== undefined) return; // execution reports them, before any Cypher
          const variables = coerced.coerced;
          const typeInfo = new TypeInfo(schema);
          visit(
            document,
            visitWithTypeInfo(typeInfo, {
              Field(node) {
                const definition = typeInfo.getFieldDef();
                if (definition === null || definition === undefined || (node.arguments ?? []).length === 0)
                  return;
                let values: Record<string, unknown>;
                try {
                  values = getArgumentValues(definition, node, variables);
                } catch {
                  return; // invalid arguments are reported by validation and execution
                }
                for (const argument of definition.args) {
                  const value = values[argument.name];
                  if (value !== undefined)
                    measure(schema, value, argument.type, `${node.name.value}.${argument.name}`, limits);
                }
              },
            }),
          );
        },
      };
    },
  };
}

interface Frame {
  readonly value: unknown;
  readonly type: GraphQLInputType;
  readonly hops: number;
  readonly logic: number;
}

/** Walks one argument value iteratively (no recursion, so no stack to overflow). */
function measure(
  schema: GraphQLSchema,
  value: unknown,
  type: GraphQLInputType,
  argument: string,
  limits: typeof OPERATION_LIMITS,
): void {
  const stack: Frame[] = [{ value, type, hops: 0, logic: 0 }];
  let size = 0;
  while (stack.length > 0) {
    const frame = stack.pop() as Frame;
    if (frame.value === null || typeof frame.value !== 'object') continue;
    const nullable = getNullableType(frame.type);
    if (isListType(nullable)) {
      for (const item of frame.value as unknown[])
        stack.push({ ...frame, value: item, type: nullable.ofType });
      continue;
    }
    if (!isInputObjectType(nullable)) continue;
    const fields = nullable.getFields();
    for (const [name, fieldValue] of Object.entries(frame.value as Record<string, unknown>)) {
      const field = fields[name];
      if (field === undefined) continue;
      size += 1;
      if (size > limits.maxFilterSize) {
        throw rejected(
          `has more than ${limits.maxFilterSize} conditions; split the question into smaller ones`,
          argument,
        );
      }
      const hops = frame.hops + (QUANTIFIERS.has(name) ? 1 : 0);
      const logic = frame.logic + (LOGICAL.has(name) ? 1 : 0);
      if (hops > limits.maxFilterRelationshipDepth) {
        throw rejected(
          `nests relationship filters (some/all/none/single) ${hops} deep; at most ${limits.maxFilterRelationshipDepth} are allowed`,
          argument,
        );
      }
      if (logic > limits.maxFilterLogicDepth) {
        throw rejected(
          `nests AND/OR/NOT ${logic} deep; at most ${limits.maxFilterLogicDepth} are allowed`,
          argument,
        );
      }
      if (name === 'single' && isInterfaceFilter(schema, field.type)) {
        throw rejected(
          '"single" is not supported on relationships to several entity types (it cannot be planned in bounded time); use "some" with an aggregate count instead',
          argument,
        );
      }
      stack.push({ value: fieldValue, type: field.type, hops, logic });
    }
  }
}

/**
 * True when a filter's type is the `where` of an interface (Entity, Actor, Undertaking), directly or
 * as the `node` of a connection filter (`fooConnection: { single: { node: ... } }`).
 */
function isInterfaceFilter(schema: GraphQLSchema, type: GraphQLInputType): boolean {
  const named = getNamedType(type);
  const node = isInputObjectType(named) ? named.getFields().node : undefined;
  const name = getNamedType(node?.type ?? named).name;
  if (!name.endsWith('Where')) return false;
  return isInterfaceType(schema.getType(name.slice(0, -'Where'.length)));
}

/** Nesting depth of a JSON value, counted iteratively and given up past `cap`. */
function jsonDepth(value: unknown, cap: number): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop() as [unknown, number];
    if (current === null || typeof current !== 'object') continue;
    deepest = Math.max(deepest, depth + 1);
    if (deepest > cap) return deepest;
    for (const item of Object.values(current as Record<string, unknown>)) stack.push([item, depth + 1]);
  }
  return deepest;
}

function rejected(problem: string, argument: string, subject = 'the filter ') {
  return apiError(ErrorCode.BAD_USER_INPUT, `Argument "${argument}": ${subject}${problem}.`, {
    argument,
    http: { status: 400 },
  });
}
