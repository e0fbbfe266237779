import { loadConfig, type Config } from '../../config/config';
import { createDriver } from '../../db/create-driver';
import { localNeo4jFromConfig } from '../../db/local-neo4j-from-config';
import { applyMigrations } from '../../db/migrations';
import { seedIfEmpty } from '../../import/seed-case-studies';
import { createApiServer } from '../../server/create-api-server';
import { formatReport } from './import-command';
import { printStart } from './db-command';
import { createProgressPrinter } from '../progress-printer';

/**
 * `quartiersnetz up`: everything from a fresh clone: the local Neo4j (unless NEO4J_URI is set), the
 * migrations, the seed case studies into an empty database, then the API until SIGINT/SIGTERM.
 * `quartiersnetz serve`: only migrations and the API, for a Neo4j run elsewhere.
 */
export async function runUpCommand(): Promise<number> {
  const config = loadConfig();
  if (config.neo4j.useLocal) {
    const neo4j = localNeo4jFromConfig(config, (line) => console.log(line));
    printStart(neo4j, await neo4j.start());
  }
  return serve(config, { seed: true });
}

export async function runServeCommand(): Promise<number> {
  return serve(loadConfig(), { seed: false });
}

async function serve(config: Config, options: { seed: boolean }): Promise<number> {
  const driver = createDriver(config.neo4j);
  await driver.verifyConnectivity({ database: config.neo4j.database });
  const migrations = await applyMigrations(driver, {
    database: config.neo4j.database,
    log: (line) => console.log(line),
  });
  console.log(
    `Migrations: ${migrations.applied.length} applied, ${migrations.alreadyApplied.length} already applied.`,
  );
  if (options.seed) {
    const report = await seedIfEmpty(driver, {
      database: config.neo4j.database,
      onProgress: createProgressPrinter(),
    });
    console.log(
      report === undefined
        ? 'Database already holds data; seeding skipped.'
        : `Seeded the case studies.\n${formatReport(report)}`,
    );
  }
  const server = await createApiServer({ config, driver });
  const port = await server.listen(config.port);
  console.log(
    `quartiersnetz API on http://localhost:${port}/graphql, playground on http://localhost:${port}/playground/`,
  );

  await new Promise<void>((resolve) => {
    const shutdown = (signal: string) => {
      console.log(
        `${signal}: draining requests and stopping (the local Neo4j keeps running; "quartiersnetz db stop" stops it).`,
      );
      resolve();
    };
    process.once('SIGINT', () => shutdown('SIGINT'));
    process.once('SIGTERM', () => shutdown('SIGTERM'));
  });
  await server.stop();
  await driver.close();
  return 0;
}
