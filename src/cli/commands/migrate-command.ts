import { applyMigrations } from '../../db/migrations';
import { withDriver } from '../with-driver';

/** `quartiersnetz migrate`: applies pending migrations from cypher/migrations. */
export async function runMigrateCommand(): Promise<number> {
  const report = await withDriver((driver, config) =>
    applyMigrations(driver, { database: config.neo4j.database, log: (line) => console.log(line) }),
  );
  console.log(
    `Migrations: ${report.applied.length} applied, ${report.alreadyApplied.length} already applied.`,
  );
  return 0;
}
