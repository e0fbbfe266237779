import type { Driver } from 'neo4j-driver';
import { loadConfig, type Config } from '../config/config';
import { createDriver } from '../db/create-driver';

/** Runs `work` with a driver for the configured Neo4j and always closes it. */
export async function withDriver<T>(work: (driver: Driver, config: Config) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const driver = createDriver(config.neo4j);
  try {
    return await work(driver, config);
  } finally {
    await driver.close();
  }
}
