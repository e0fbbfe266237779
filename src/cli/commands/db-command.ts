import { loadConfig } from '../../config/config';
import { localNeo4jFromConfig } from '../../db/local-neo4j-from-config';
import { ErrorCode } from '../../errors/error-codes';
import { QuartiersnetzError } from '../../errors/quartiersnetz-error';
import type { LocalNeo4j, StartResult } from '../../db/local-neo4j';
import type { DbAction } from '../command-help';

/** `quartiersnetz db ...`: control the local Neo4j. Returns the process exit code. */
export async function runDbCommand(
  action: DbAction,
  values: { readonly port?: string; readonly dataDir?: string; readonly timeout?: string },
): Promise<number> {
  const config = loadConfig({
    ...process.env,
    ...(values.port === undefined ? {} : { NEO4J_BOLT_PORT: values.port }),
    ...(values.dataDir === undefined ? {} : { NEO4J_DATA_DIR: values.dataDir }),
  });
  const neo4j = localNeo4jFromConfig(config, (line) => console.log(line));
  const timeoutMillis = parseTimeoutSeconds(values.timeout) * 1000;

  switch (action) {
    case 'install': {
      neo4j.ensureBuilt();
      console.log('Neo4j launcher is built (launcher/target).');
      return 0;
    }
    case 'start': {
      printStart(neo4j, await neo4j.start({ timeoutMillis }));
      return 0;
    }
    case 'stop': {
      const stopped = await neo4j.stop({ timeoutMillis });
      console.log(
        stopped
          ? `Local Neo4j on port ${config.localNeo4j.boltPort} stopped cleanly.`
          : 'Local Neo4j was not running.',
      );
      return 0;
    }
    case 'status': {
      const status = neo4j.status();
      switch (status.kind) {
        case 'running':
          console.log(
            `running: ${neo4j.boltUri} pid ${status.state.pid}, APOC ${status.state.apoc}, RSS ${status.rssMiB ?? '?'} MiB, data ${neo4j.dataDir}`,
          );
          return 0;
        case 'crashed':
          console.log(
            `stopped uncleanly (pid ${status.state.pid} is gone); the next start recovers the store`,
          );
          return 3;
        case 'stopped':
          console.log(`stopped (data ${neo4j.dataDir})`);
          return 3;
        default:
          return unreachable(status);
      }
    }
    case 'wait': {
      await neo4j.waitUntilReady({ timeoutMillis });
      console.log(`Neo4j at ${neo4j.boltUri} is ready.`);
      return 0;
    }
    default:
      return unreachable(action);
  }
}

export function printStart(neo4j: LocalNeo4j, result: StartResult): void {
  if (result.alreadyRunning) {
    console.log(`Local Neo4j is already running at ${neo4j.boltUri} (pid ${result.state.pid}).`);
    return;
  }
  console.log(
    `Local Neo4j 5.26 with APOC ${result.state.apoc} ready at ${neo4j.boltUri} in ${(result.wallMillis / 1000).toFixed(1)} s` +
      ` (JVM start-up ${(result.state.startupMillis / 1000).toFixed(1)} s), RSS ${result.rssMiB ?? '?'} MiB,` +
      ` heap max ${neo4j.options.heapSize}, page cache ${neo4j.options.pageCacheSize}; data in ${neo4j.dataDir}`,
  );
}

function parseTimeoutSeconds(raw: string | undefined): number {
  if (raw === undefined) return 60;
  const seconds = Number(raw);
  if (!Number.isFinite(seconds) || seconds <= 0) {
    throw new QuartiersnetzError(
      ErrorCode.BAD_USER_INPUT,
      `--timeout must be a positive number of seconds, got "${raw}".`,
    );
  }
  return seconds;
}

function unreachable(value: never): never {
  throw new Error(`unreachable: ${JSON.stringify(value)}`);
}
