import { Kind, parse, type ObjectTypeDefinitionNode } from 'graphql';
import neo4j, { type Driver } from 'neo4j-driver';
import { cypherQuery } from '../../db/cypher-query';
import { readTypeDefs } from '../../graph/read-type-defs';

/** A relationship field of the generated API: `Organisation.people` is AFFILIATED_WITH, incoming. */
export interface RelationshipField {
  readonly type: string;
  readonly field: string;
  readonly relationship: string;
  readonly direction: 'IN' | 'OUT';
}

/** How many related nodes one node has through a field: the mean and a high percentile. */
export interface FanOut {
  readonly mean: number;
  readonly p95: number;
}

export const FAN_OUT_DEFAULTS = {
  /** Nodes per type whose degrees are read for the mean and percentile (a uniform random sample). */
  sample: 1000,
  /**
   * The statistics are read at start, after committed writes through the API (afterWriteMillis) and
   * every this often (imports run in other processes). Never while a request is being checked.
   */
  refreshMillis: 10 * 60_000,
  /**
   * The first write committed after a read is read this much later, together with every write of that
   * time (a throttle, not a debounce: a long burst is read every few seconds). Each read scans every
   * node type, which an editor's every single write repeated (a few hundred reads per minute).
   */
  afterWriteMillis: 2_000,
} as const;

/**
 * Fan-out of every relationship field, read from the graph (count store and a degree sample per type),
 * so that the cost limit can estimate a nested list by what the graph holds instead of its page size:
 * `organisations(limit: 3) { people { affiliations { name } } }` is three organisations with their
 * few people, not 3 x 20 x 20 (issue 12). Until the first read, and for fields it does not know,
 * callers fall back to the page size; the transaction timeout stays the backstop for hubs.
 */
export class FanOutStatistics {
  private readonly fanOut = new Map<string, FanOut>();
  private reading: Promise<void> | undefined;
  private timer: NodeJS.Timeout | undefined;
  private afterWrite: NodeJS.Timeout | undefined;
  private fields: readonly RelationshipField[] | undefined;
  private closed = false;

  constructor(
    private readonly options: {
      readonly driver: Driver;
      readonly database: string | undefined;
      readonly fields?: readonly RelationshipField[];
    },
  ) {}

  /** Reads the figures now (resolves when read, or when the database could not answer) and then every FAN_OUT_DEFAULTS.refreshMillis, until close(). */
  async start(): Promise<void> {
    this.timer = setInterval(() => void this.refresh(), FAN_OUT_DEFAULTS.refreshMillis);
    this.timer.unref();
    await this.refresh();
  }

  /** Stops the periodic reads; later writes schedule none. */
  close(): void {
    this.closed = true;
    clearInterval(this.timer);
    clearTimeout(this.afterWrite);
  }

  /** After a committed write: one read FAN_OUT_DEFAULTS.afterWriteMillis later, however many writes follow. */
  refreshAfterWrite(): void {
    if (this.afterWrite !== undefined || this.closed) return;
    this.afterWrite = setTimeout(() => {
      this.afterWrite = undefined;
      // A read still running may have passed the written nodes already: read again after it.
      const readAgain = () => (this.closed ? undefined : this.refresh());
      void (this.reading === undefined ? readAgain() : this.reading.then(readAgain));
    }, FAN_OUT_DEFAULTS.afterWriteMillis);
    this.afterWrite.unref();
  }

  /** The fan-out of `type.field`, or undefined when unknown (not read yet, or not a relationship). */
  estimate(type: string, field: string): FanOut | undefined {
    return this.fanOut.get(`${type}.${field}`);
  }

  /** Reads the figures (once at a time); failures leave the old ones in place. */
  refresh(): Promise<void> {
    if (this.reading !== undefined) return this.reading;
    // The SDL does not change while the server runs: parsed on the first read only.
    this.fields ??= this.options.fields ?? relationshipFields();
    const fields = this.fields;
    const byType = new Map<string, { key: string; degree: string }[]>();
    for (const f of fields) {
      const list = byType.get(f.type) ?? [];
      list.push({
        key: `${f.type}.${f.field}`,
        degree: `${f.relationship}${f.direction === 'OUT' ? '>' : '<'}`,
      });
      byType.set(f.type, list);
    }
    // One read per node type (one scan of the type for all its fields), each with a timeout.
    this.reading = (async () => {
      for (const [label, typeFields] of byType) {
        try {
          const result = await this.options.driver.executeQuery(
            cypherQuery('analytics/relationship-fan-out'),
            { label, fields: typeFields, sample: neo4j.int(FAN_OUT_DEFAULTS.sample) },
            { database: this.options.database, routing: 'READ', transactionConfig: { timeout: 10_000 } },
          );
          for (const record of result.records) {
            this.fanOut.set(record.get('key') as string, {
              mean: Number(record.get('mean')),
              p95: Number(record.get('p95')),
            });
          }
        } catch {
          // Keep the figures read before; fields without any fall back to their page size.
        }
      }
    })().finally(() => {
      this.reading = undefined;
    });
    return this.reading;
  }
}

/** Every @relationship field of the object types in schema/*.graphql. */
export function relationshipFields(typeDefs: string = readTypeDefs()): RelationshipField[] {
  const fields: RelationshipField[] = [];
  for (const definition of parse(typeDefs).definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION) continue;
    for (const field of (definition as ObjectTypeDefinitionNode).fields ?? []) {
      const directive = field.directives?.find((d) => d.name.value === 'relationship');
      const argument = (name: string) => directive?.arguments?.find((a) => a.name.value === name)?.value;
      const relationship = argument('type');
      const direction = argument('direction');
      if (relationship?.kind !== Kind.STRING || direction?.kind !== Kind.ENUM) continue;
      fields.push({
        type: definition.name.value,
        field: field.name.value,
        relationship: relationship.value,
        direction: direction.value === 'IN' ? 'IN' : 'OUT',
      });
    }
  }
  return fields;
}
