/** A typed attribute of exported nodes or edges (GraphML keys, GEXF attributes, CSV columns). */
export interface ExportAttribute {
  readonly id: string;
  /** `strings`: a list of strings, a real list in the JSON formats and JSON text in GraphML, GEXF and CSV. */
  readonly type: 'string' | 'integer' | 'double' | 'boolean' | 'strings';
}

/** A value of an exported attribute. */
export type ExportValue = string | number | boolean | null | readonly string[];

export interface ExportNode {
  readonly id: string;
  readonly label: string;
  readonly attributes: Readonly<Record<string, ExportValue>>;
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
  readonly attributes: Readonly<Record<string, ExportValue>>;
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
  /** Parallel edges can occur (graph relationships of several types between two entities). */
  readonly multigraph: boolean;
  readonly nodeAttributes: readonly ExportAttribute[];
  readonly edgeAttributes: readonly ExportAttribute[];
  readonly nodes: AsyncIterable<ExportNode>;
  readonly edges: AsyncIterable<ExportEdge>;
}

/** An attribute value as text, for formats whose values are strings (GraphML, GEXF, CSV). */
export function attributeText(value: ExportValue): string | null {
  if (value === null) return null;
  return Array.isArray(value) ? JSON.stringify(value) : String(value);
}

export async function* fromArray<T>(items: readonly T[]): AsyncIterable<T> {
  for (const item of items) yield item;
}
