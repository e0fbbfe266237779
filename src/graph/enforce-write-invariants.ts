import type { GraphQLFieldResolver, GraphQLSchema } from 'graphql';
import type { Transaction } from 'neo4j-driver';
import { normaliseWhitespace } from '../case-study/normalise-text';
import { cypherQuery } from '../db/cypher-query';
import { deriveActiveIntervals, emptyIntervalMessage } from '../db/derive-active-intervals';
import { apiError, badUserInput } from '../errors/api-error';
import { ErrorCode } from '../errors/error-codes';
import {
  inspectMutationInput,
  oneNodeByKey,
  type Citation,
  type MutationWrites,
} from './inspect-mutation-input';
import type { RequestWriteTransaction } from './request-write-transaction';

/** Schemas whose mutations are wrapped already (a second wrapper would check and write twice). */
const GUARDED = new WeakSet<GraphQLSchema>();

/** Roles that may write through the API. */
export const WRITER_ROLES = ['editor', 'admin'] as const;

/** What the write guard needs of the request context. */
export interface WriteContext {
  readonly jwt: { roles?: unknown } | undefined;
  readonly writes: RequestWriteTransaction;
}

/**
 * Wraps every generated mutation so that writes through the API keep the importer's invariants.
 * The schema itself (schema/*.graphql) already narrows what can be written: no nested create, update
 * or delete of related nodes, source texts and keys fixed once written, sources and case studies not
 * deletable. Here, for what remains:
 *  - the caller must be an editor (UNAUTHENTICATED / FORBIDDEN before anything else);
 *  - the arguments obey the input rules of inspectMutationInput (BAD_USER_INPUT naming the argument);
 *  - every quote occurs in the text of the source it cites, read in the request's own transaction
 *    (so a source created by an earlier field of the same request counts);
 *  - after the write, still inside that transaction: each tie is the one relationship with its key,
 *    between the entities its key names, not a self-loop; each connect target exists; no entity is
 *    left without evidence.
 * All fields of a request share one transaction (RequestWriteTransaction): if any field fails,
 * nothing of the request is committed.
 *
 * Changes `schema` in place and returns it; a schema already guarded is returned unchanged.
 */
export function enforceWriteInvariants(schema: GraphQLSchema): GraphQLSchema {
  // The resolvers are wrapped in place: the schema was built for this a moment before and nothing else
  // holds it yet, while a copy of it (mapSchema) rebuilt every type and took a third of each start.
  if (GUARDED.has(schema)) return schema;
  GUARDED.add(schema);
  for (const [fieldName, field] of Object.entries(schema.getMutationType()?.getFields() ?? {})) {
    // The generated resolver runs in the request's transaction (@neo4j/graphql's executionContext).
    const resolve = field.resolve as
      GraphQLFieldResolver<unknown, WriteContext & { executionContext: Transaction }> | undefined;
    if (resolve === undefined) continue;
    const argTypes = Object.fromEntries(field.args.map((arg) => [arg.name, arg]));
    field.resolve = async (source, args: Record<string, unknown>, context: WriteContext, info) => {
      requireWriter(context);
      try {
        const writes = inspectMutationInput(args, argTypes);
        if (fieldName.startsWith('create')) requireEvidenceOnCreate(args.input, fieldName);
        // A connect under an update applies to every node the update's filter matches: one node only.
        if (fieldName.startsWith('update') && writes.connectTargets.length > 0)
          oneNodeByKey(args.where, 'an update that connects relationships');
        const transaction = await context.writes.get();
        await verifyQuotes(writes.citations, transaction);
        const result: unknown = await resolve(
          source,
          args,
          { ...context, executionContext: transaction },
          info,
        );
        await verifyOutcome(writes, transaction);
        return result;
      } catch (error) {
        context.writes.fail();
        throw error;
      }
    };
  }
  return schema;
}

function requireWriter(context: WriteContext): void {
  if (context.jwt === undefined) {
    throw apiError(ErrorCode.UNAUTHENTICATED, 'Writing needs a valid token (Authorization: Bearer <JWT>).');
  }
  const roles = Array.isArray(context.jwt.roles) ? (context.jwt.roles as unknown[]) : [];
  if (!roles.some((role) => (WRITER_ROLES as readonly unknown[]).includes(role))) {
    throw apiError(ErrorCode.FORBIDDEN, 'Writing needs the role "editor".');
  }
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

async function verifyQuotes(citations: readonly Citation[], transaction: Transaction): Promise<void> {
  if (citations.length === 0) return;
  const keys = [...new Set(citations.map((c) => c.source))];
  const result = await transaction.run(cypherQuery('provenance/source-texts'), { keys });
  const texts = new Map(
    result.records.map((r) => {
      const text = r.get('text') as string | null;
      return [r.get('key') as string, text === null ? null : normaliseWhitespace(text)];
    }),
  );
  for (const citation of citations) {
    const text = texts.get(citation.source);
    if (text === undefined) throw badUserInput(citation.argument, `unknown source "${citation.source}"`);
    if (text === null)
      throw badUserInput(
        citation.argument,
        `source "${citation.source}" is cited (kind CITATION): it has no text to check a quote in; evidence from cited sources comes only from case studies, with a locator`,
      );
    const quote = normaliseWhitespace(citation.quote).trim();
    if (quote === '') throw badUserInput(citation.argument, 'a quote must not be blank');
    if (!text.includes(quote)) {
      throw badUserInput(citation.argument, `the quote does not occur in source "${citation.source}"`);
    }
  }
}

async function verifyOutcome(writes: MutationWrites, transaction: Transaction): Promise<void> {
  if (writes.connectTargets.length > 0) {
    const missing = await transaction.run(cypherQuery('checks/missing-keys'), {
      keys: [...new Set(writes.connectTargets.map((t) => t.key))],
    });
    const first = missing.records[0]?.get('key') as string | undefined;
    if (first !== undefined) {
      const argument = writes.connectTargets.find((t) => t.key === first)?.argument ?? 'input';
      throw apiError(ErrorCode.NOT_FOUND, `Argument "${argument}": nothing has the key "${first}"`, {
        argument,
      });
    }
  }
  if (writes.ties.length > 0) {
    const ties = await transaction.run(cypherQuery('checks/written-ties'), { ties: writes.ties });
    for (const record of ties.records) {
      const argument = record.get('argument') as string;
      const count = Number(record.get('count'));
      const problems = (record.get('problems') as (string | null)[]).filter((p): p is string => p !== null);
      if (count > 1) {
        throw badUserInput(
          argument,
          `${count} relationships would carry the key "${record.get('key') as string}": a tie key names one relationship; name the node being updated by its key`,
        );
      }
      if (problems.length > 0) throw badUserInput(argument, problems[0] ?? 'malformed relationship');
      if (count === 0) {
        throw badUserInput(
          argument,
          `no relationship was written for "${record.get('key') as string}": the connected node is not of the type this relationship leads to, or the update matched nothing`,
        );
      }
    }
  }
  // New ties get their active interval; a changed lifespan moves the intervals of all its ties.
  const endpoints = writes.ties.flatMap((tie) => {
    const [from, , to] = tie.key.split('|');
    return [from ?? '', to ?? ''];
  });
  if (writes.lifespanKeys.length > 0 || endpoints.length > 0) {
    const empty = await deriveActiveIntervals(transaction, [...writes.lifespanKeys, ...endpoints]);
    if (empty.length > 0)
      throw apiError(ErrorCode.BAD_USER_INPUT, emptyIntervalMessage(empty), {
        relations: empty.map((e) => e.key),
      });
  }
  if (writes.evidenceKeys.length === 0) return;
  const orphans = await transaction.run(cypherQuery('checks/entities-without-evidence'), {
    keys: [...new Set(writes.evidenceKeys)],
  });
  if (orphans.records.length > 0) {
    const keys = orphans.records.map((r) => r.get('key') as string);
    throw apiError(
      ErrorCode.BAD_USER_INPUT,
      `This write would leave ${keys.map((k) => `"${k}"`).join(', ')} without evidence; every entity keeps at least one source and quote.`,
      { entities: keys },
    );
  }
}
