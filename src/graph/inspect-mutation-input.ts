import {
  getNamedType,
  getNullableType,
  isInputObjectType,
  isListType,
  type GraphQLInputObjectType,
  type GraphQLInputType,
} from 'graphql';
import { badUserInput } from '../errors/api-error';
import { KEY_PATTERN } from '../model/key-pattern';
import { RELATION_TYPE_NAMES } from '../model/vocabulary';

/** A quote an input cites, to be found in its source's text. */
export interface Citation {
  readonly source: string;
  readonly quote: string;
  readonly argument: string;
}

/** A relationship an input connects: checked in the database after the write. */
export interface WrittenTie {
  readonly target: string;
  readonly key: string;
  readonly argument: string;
}

/** What a mutation's arguments will write, as far as the invariants need to know. */
export interface MutationWrites {
  readonly citations: Citation[];
  readonly ties: WrittenTie[];
  /** Keys named by connect inputs; each must exist. */
  readonly connectTargets: { key: string; argument: string }[];
  /** An update sets a start or end date: its ties' active intervals are derived again after the write. */
  lifespansChanged: boolean;
  /** The node whose start or end date an update sets (such an update names one node by key). */
  lifespanKeys: string[];
  /**
   * Nodes that must have evidence after the write: the nodes it creates, and the one node an update
   * disconnects evidence from. No other write can take an entity's evidence away (no nested update or
   * delete, sources not deletable), so only these are checked, not the whole graph.
   */
  evidenceKeys: string[];
  /** The update disconnects evidence (then it names one node by key). */
  evidenceDisconnected: boolean;
}

const TIE_KEY = new RegExp(
  `^([a-z0-9]+(?:-[a-z0-9]+)*)\\|(${RELATION_TYPE_NAMES.join('|')})\\|([a-z0-9]+(?:-[a-z0-9]+)*)(?:\\|[A-Za-z0-9._-]+)?$`,
);
const CONNECT_SHAPE = 'where: { node: { key: { eq: "<key>" } } }';
/** Fields of create inputs that must hold text, not blanks. */
const REQUIRED_TEXT_FIELDS = ['name', 'title', 'text'];

/**
 * Walks a mutation's arguments along their input types and applies the rules the importer applies to
 * a case study: keys of new nodes are slugs and names are not blank; every connect names exactly one
 * node by key (so that a filter cannot fan one connect out to many nodes); every tie carries sources
 * with as many quotes and a key `from|TYPE|to[|id]` that names the connected node; every piece of
 * evidence names its source and the quote. Throws BAD_USER_INPUT naming the argument; returns the
 * quotes to verify and the ties to check after the write.
 */
export function inspectMutationInput(
  args: Record<string, unknown>,
  argTypes: Readonly<Record<string, { type: GraphQLInputType } | undefined>>,
): MutationWrites {
  const writes: MutationWrites = {
    citations: [],
    ties: [],
    connectTargets: [],
    lifespansChanged: false,
    lifespanKeys: [],
    evidenceKeys: [],
    evidenceDisconnected: false,
  };
  for (const [name, value] of Object.entries(args)) {
    const type = argTypes[name]?.type;
    if (type !== undefined) walk(value, type, name, writes);
  }
  // Moving a lifespan moves the active interval of every tie of the node: one node, named by key,
  // so that the intervals are derived for its ties only (not for the whole graph). Evidence taken away
  // is checked on that one node too.
  if (writes.lifespansChanged)
    writes.lifespanKeys.push(oneNodeByKey(args.where, 'an update of startDate or endDate'));
  if (writes.evidenceDisconnected)
    writes.evidenceKeys.push(oneNodeByKey(args.where, 'an update that disconnects evidence'));
  return writes;
}

/** The key of an update's `where` that names one node, or BAD_USER_INPUT saying which update needs it. */
export function oneNodeByKey(where: unknown, update: string): string {
  const key = keyEq(where);
  if (key === undefined)
    throw badUserInput(
      'where',
      `${update} must name the one node it changes as where: { key: { eq: "<key>" } }`,
    );
  return key;
}

function walk(value: unknown, type: GraphQLInputType, path: string, writes: MutationWrites): void {
  if (value === null || value === undefined) return;
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    if (Array.isArray(value))
      value.forEach((item, i) => walk(item, nullable.ofType, `${path}[${i}]`, writes));
    return;
  }
  if (!isInputObjectType(nullable) || typeof value !== 'object') return;
  const record = value as Record<string, unknown>;
  const fields = nullable.getFields();
  if (isNodeCreateInput(nullable)) {
    checkNewNode(record, path);
    writes.evidenceKeys.push(record.key as string);
  }
  // Sources written through the API hold their text: quotes are checked against it. Cited sources
  // (kind CITATION, no text) come only from case studies, where a researcher gives title, publisher, date.
  if (nullable.name === 'SourceCreateInput' && !('text' in record))
    throw badUserInput(`${path}.text`, 'a source needs its text: quotes are checked against it');
  if (isNodeUpdateInput(nullable) && ('startDate' in record || 'endDate' in record))
    writes.lifespansChanged = true;
  if (nullable.name.endsWith('FieldInput') && Object.keys(record).length === 0) {
    throw badUserInput(path, 'says nothing to do with the relationship: give "connect" (or "disconnect")');
  }
  const edgeType = fields.edge === undefined ? undefined : getNamedType(fields.edge.type).name;
  if (nullable.name.endsWith('ConnectFieldInput')) {
    const target = connectTarget(record.where, path);
    writes.connectTargets.push({ key: target, argument: `${path}.where` });
    if (edgeType === 'TieCreateInput') checkTie(record.edge, target, `${path}.edge`, writes);
    if (edgeType === 'EvidenceCreateInput') checkEvidence(record.edge, target, `${path}.edge`, writes);
  }
  if (nullable.name.endsWith('DisconnectFieldInput') && isEmptyFilter(record.where)) {
    throw badUserInput(`${path}.where`, 'a disconnect must say which relationships it removes');
  }
  if (nullable.name.endsWith('EvidenceDisconnectFieldInput')) writes.evidenceDisconnected = true;
  for (const [name, fieldValue] of Object.entries(record)) {
    const field = fields[name];
    if (field !== undefined && name !== 'edge' && name !== 'where')
      walk(fieldValue, field.type, `${path}.${name}`, writes);
  }
}

/** `OrganisationUpdateInput`, ...: the update of a node's own fields (not of an edge's). */
function isNodeUpdateInput(type: GraphQLInputObjectType): boolean {
  return type.name.endsWith('UpdateInput') && !['TieUpdateInput', 'EvidenceUpdateInput'].includes(type.name);
}

/** `OrganisationCreateInput`, `SourceCreateInput`, ...: the input of a new node (not of an edge). */
function isNodeCreateInput(type: GraphQLInputObjectType): boolean {
  return type.name.endsWith('CreateInput') && type.name !== 'TieCreateInput' && 'key' in type.getFields();
}

function checkNewNode(record: Record<string, unknown>, path: string): void {
  if (typeof record.key !== 'string' || !KEY_PATTERN.test(record.key)) {
    throw badUserInput(
      `${path}.key`,
      `${JSON.stringify(record.key)} is not a key: use lower-case letters, digits and single hyphens (e.g. "bbsr-referat-rs-5")`,
    );
  }
  for (const field of REQUIRED_TEXT_FIELDS) {
    if (field in record && (typeof record[field] !== 'string' || (record[field] as string).trim() === '')) {
      throw badUserInput(`${path}.${field}`, 'must not be blank');
    }
  }
}

function connectTarget(where: unknown, path: string): string {
  const node = singleEntry(where, 'node');
  const key = node === undefined ? undefined : keyEq(node);
  if (key === undefined) {
    throw badUserInput(`${path}.where`, `a connect must name exactly one node as ${CONNECT_SHAPE}`);
  }
  return key;
}

/** The key of a filter that is exactly `{ key: { eq: "<key>" } }`, else undefined. */
function keyEq(where: unknown): string | undefined {
  const eq = singleEntry(singleEntry(where, 'key'), 'eq');
  return typeof eq === 'string' ? eq : undefined;
}

/** `value[name]` when `value` is an object with that one field only. */
function singleEntry(value: unknown, name: string): unknown {
  if (value === null || typeof value !== 'object') return undefined;
  const keys = Object.keys(value);
  return keys.length === 1 && keys[0] === name ? (value as Record<string, unknown>)[name] : undefined;
}

function checkTie(edge: unknown, target: string, path: string, writes: MutationWrites): void {
  if (edge === undefined || edge === null) {
    throw badUserInput(
      path,
      'a relationship needs its properties: key, sources and quotes (one quote per source)',
    );
  }
  const { key, sources, quotes } = edge as { key?: unknown; sources?: unknown; quotes?: unknown };
  const match = typeof key === 'string' ? TIE_KEY.exec(key) : null;
  if (match === null || (match[1] !== target && match[3] !== target)) {
    throw badUserInput(
      `${path}.key`,
      `${JSON.stringify(key)} is not the key of a relationship to "${target}": use from|TYPE|to (optionally |<id>), e.g. "bmi|FUNDS|${target}"`,
    );
  }
  if (!Array.isArray(sources) || sources.length === 0) {
    throw badUserInput(`${path}.sources`, 'a relationship needs at least one source');
  }
  if (!Array.isArray(quotes) || quotes.length !== sources.length) {
    throw badUserInput(`${path}.quotes`, `needs one quote per source (${sources.length})`);
  }
  quotes.forEach((quote, i) => {
    if (typeof quote !== 'string' || quote.trim() === '') {
      throw badUserInput(`${path}.quotes[${i}]`, 'a quote must be the verbatim sentence, not blank');
    }
  });
  sources.forEach((source, i) =>
    writes.citations.push({
      source: String(source),
      quote: String(quotes[i]),
      argument: `${path}.quotes[${i}]`,
    }),
  );
  writes.ties.push({ target, key: key as string, argument: `${path}.key` });
}

function isEmptyFilter(where: unknown): boolean {
  if (where === undefined || where === null || typeof where !== 'object') return true;
  return Object.values(where as Record<string, unknown>).every(
    (value) => value === null || (typeof value === 'object' && Object.keys(value).length === 0),
  );
}

function checkEvidence(edge: unknown, source: string, path: string, writes: MutationWrites): void {
  const quote = (edge as { quote?: unknown } | undefined)?.quote;
  if (typeof quote !== 'string' || quote.trim() === '') {
    throw badUserInput(`${path}.quote`, 'evidence needs the verbatim quote');
  }
  writes.citations.push({ source, quote, argument: `${path}.quote` });
}
