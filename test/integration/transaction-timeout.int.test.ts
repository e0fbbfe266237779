import { readQueryConfig } from '../../src/db/read-query-config';
import { useTestDatabase } from '../utils/test-database';

describe('the transaction timeout of every service read', () => {
  const db = useTestDatabase();

  it('makes Neo4j cancel a runaway query on the server', async () => {
    await expect(
      // Neo4j checks timeouts every couple of seconds: a sleep of 5 s could end first on a busy machine.
      db.driver.executeQuery('CALL apoc.util.sleep(60000)', {}, readQueryConfig({ timeoutMillis: 300 })),
    ).rejects.toThrow(/terminated|timeout|timed out/i);
    // Cancelled on the server, not merely abandoned by the client: no such transaction runs any more.
    const running = await db.run<{ n: number }>(
      'SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery STARTS WITH "CALL apoc.util.sleep" RETURN count(*) AS n',
    );
    expect(running).toEqual([{ n: 0 }]);
  });
});
