import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { createRequestContextFactory } from '../../app/request-context-factory';
import { AnalyticsWorkers } from '../../analytics/workers/analytics-workers';
import { buildExportSnapshot } from '../../export/build-export-snapshot';
import { EXPORT_FORMATS } from '../../export/export-formats';
import { parseExportRequest } from '../../export/parse-export-request';
import { ErrorCode } from '../../errors/error-codes';
import { QuartiersnetzError } from '../../errors/quartiersnetz-error';
import { withDriver } from '../with-driver';

export interface ExportCommandOptions {
  readonly view?: string;
  readonly actor?: string;
  readonly depth?: string;
  readonly scope?: string;
  readonly at?: string;
  readonly from?: string;
  readonly until?: string;
  readonly maxNodes?: string;
  readonly layout?: boolean;
  readonly seed?: string;
  readonly out?: string;
}

export async function runExportCommand(formatName: string, values: ExportCommandOptions): Promise<number> {
  const format = EXPORT_FORMATS[formatName];
  if (format === undefined)
    throw new QuartiersnetzError(ErrorCode.BAD_USER_INPUT, `unknown export format "${formatName}"`);
  let request;
  try {
    request = parseExportRequest({
      view: values.view,
      actor: values.actor,
      depth: values.depth,
      scope: values.scope,
      at: values.at,
      from: values.from,
      until: values.until,
      maxNodes: values.maxNodes,
      seed: values.seed,
      layout: values.layout === true ? 'true' : undefined,
    });
  } catch (error) {
    throw new QuartiersnetzError(ErrorCode.BAD_USER_INPUT, (error as Error).message);
  }
  await withDriver(async (driver, config) => {
    const workers = new AnalyticsWorkers({
      threads: 1,
      timeBudgetMillis: config.analytics.timeBudgetMillis,
      memoryLimitMb: config.analytics.memoryLimitMb,
    });
    const analytics = createRequestContextFactory({
      driver,
      database: config.neo4j.database,
      workers,
    }).analytics();
    const snapshot = await buildExportSnapshot(request, {
      driver,
      database: config.neo4j.database,
      analytics,
    }).finally(() => workers.close());
    const out = values.out === undefined ? process.stdout : createWriteStream(values.out);
    let chunks = 0;
    for await (const chunk of format.serialize(snapshot)) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunks += 1;
      if (values.out !== undefined && chunks % 10_000 === 0) console.error(`  ${chunks} elements written...`);
    }
    if (values.out !== undefined) {
      out.end();
      await once(out, 'finish');
      console.error(`Wrote ${values.out} (${format.name}).`);
    }
  });
  return 0;
}
