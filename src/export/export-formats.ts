import { serializeEdgesCsv, serializeNodesCsv } from './formats/csv';
import { serializeGexf } from './formats/gexf';
import { serializeGraphml } from './formats/graphml';
import { serializeCytoscapeJson, serializeNodeLinkJson } from './formats/json-formats';
import type { NetworkSnapshot } from './network-snapshot';

export interface ExportFormat {
  readonly name: string;
  readonly contentType: string;
  readonly extension: string;
  readonly serialize: (snapshot: NetworkSnapshot) => AsyncIterable<string>;
}

/** Every export format, by the name used in /export/<name> and `quartiersnetz export <name>`. */
export const EXPORT_FORMATS: Readonly<Record<string, ExportFormat>> = {
  graphml: {
    name: 'graphml',
    contentType: 'application/graphml+xml; charset=utf-8',
    extension: 'graphml',
    serialize: serializeGraphml,
  },
  gexf: {
    name: 'gexf',
    contentType: 'application/gexf+xml; charset=utf-8',
    extension: 'gexf',
    serialize: serializeGexf,
  },
  cytoscape: {
    name: 'cytoscape',
    contentType: 'application/json; charset=utf-8',
    extension: 'cyjs',
    serialize: serializeCytoscapeJson,
  },
  'node-link': {
    name: 'node-link',
    contentType: 'application/json; charset=utf-8',
    extension: 'json',
    serialize: serializeNodeLinkJson,
  },
  'csv-nodes': {
    name: 'csv-nodes',
    contentType: 'text/csv; charset=utf-8',
    extension: 'nodes.csv',
    serialize: serializeNodesCsv,
  },
  'csv-edges': {
    name: 'csv-edges',
    contentType: 'text/csv; charset=utf-8',
    extension: 'edges.csv',
    serialize: serializeEdgesCsv,
  },
};
