/** A typed attribute of exported nodes or edges (GraphML keys, GEXF attributes, CSV columns). */
export interface ExportAttribute {
  readonly id: string;
  readonly type: 'string' | 'integer' | 'double' | 'boolean';
}

export interface ExportNode {
  readonly id: string;
  readonly label: string;
  readonly attributes: Readonly<Record<string, string | number | boolean | null>>;
  /** ISO dates of the node's time interval (GEXF timeline), when known. */
  readonly start?: string | null;
  readonly end?: string | null;
  readonly position?: { readonly x: number; readonly y: number };
}

export interface ExportEdge {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly type: string;
  readonly weight: number;
  readonly attributes: Readonly<Record<string, string | number | boolean | null>>;
  readonly start?: string | null;
  readonly end?: string | null;
}

/**
 * What every export format writes: attribute declarations first, then nodes and edges as async
 * streams, so that a whole-graph export never needs the whole graph in memory.
 */
export interface NetworkSnapshot {
  readonly title: string;
  readonly directed: boolean;
  readonly nodeAttributes: readonly ExportAttribute[];
  readonly edgeAttributes: readonly ExportAttribute[];
  readonly nodes: AsyncIterable<ExportNode>;
  readonly edges: AsyncIterable<ExportEdge>;
}

export async function* fromArray<T>(items: readonly T[]): AsyncIterable<T> {
  for (const item of items) yield item;
}
