import { resolveWindow } from '../analytics/time-window.input';
import { badUserInput } from '../errors/api-error';
import type { ExportRequest, ExportView } from './build-export-snapshot';

const VIEWS: readonly ExportView[] = ['ego', 'co-creation', 'graph'];

/** Reads an export request from query-string-like parameters (HTTP query or CLI flags). */
export function parseExportRequest(params: Readonly<Record<string, string | undefined>>): ExportRequest {
  const view = (params.view ?? 'graph') as ExportView;
  if (!VIEWS.includes(view)) throw badUserInput('view', `must be one of ${VIEWS.join(', ')}, got "${view}"`);
  return {
    view,
    actor: params.actor,
    scope: params.scope ?? null,
    depth: integer(params, 'depth'),
    maxNodes: integer(params, 'maxNodes'),
    maxEdges: integer(params, 'maxEdges'),
    seed: integer(params, 'seed'),
    layout: params.layout === 'true' || params.layout === '1' || params.layout === 'forceatlas2',
    window: resolveWindow({ at: params.at, from: params.from, until: params.until }),
  };
}

function integer(params: Readonly<Record<string, string | undefined>>, name: string): number | undefined {
  const raw = params[name];
  if (raw === undefined || raw === '') return undefined;
  if (!/^-?\d+$/.test(raw)) throw badUserInput(name, `must be an integer, got "${raw}"`);
  return Number(raw);
}

/** A file name that says what the export holds. */
export function exportFileName(request: ExportRequest, extension: string): string {
  const subject =
    request.view === 'ego'
      ? request.actor
      : request.view === 'co-creation'
        ? (request.scope ?? 'all')
        : 'all';
  const safe = `${request.view}-${subject ?? 'all'}`.replace(/[^a-z0-9-]+/gi, '-');
  return `quartiersnetz-${safe}.${extension}`;
}
