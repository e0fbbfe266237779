import { useTestDatabase } from '../utils/test-database';

describe('the test Neo4j', () => {
  const db = useTestDatabase();

  it('is Neo4j 5.26', async () => {
    const [row] = await db.run<{ versions: string[] }>(
      'CALL dbms.components() YIELD name, versions WHERE name = "Neo4j Kernel" RETURN versions',
    );
    expect(row?.versions[0]).toMatch(/^5\.26\./);
  });

  it('writes and reads back a node under the file label', async () => {
    await db.run('CREATE (n:$($label) {name: $name, born: date("1949-05-23")})', {
      label: db.label,
      name: 'Grundgesetz',
    });
    const rows = await db.run<{ name: string; year: number }>(
      'MATCH (n:$($label)) RETURN n.name AS name, n.born.year AS year',
      { label: db.label },
    );
    expect(rows).toEqual([{ name: 'Grundgesetz', year: 1949 }]);
  });

  it('has APOC core functions and procedures', async () => {
    const [version] = await db.run<{ v: string }>('RETURN apoc.version() AS v');
    expect(version?.v).toMatch(/^5\.26\./);
    await expect(db.run("CALL apoc.util.validate(false, 'x', [])")).resolves.toEqual([]);
    await expect(db.run("CALL apoc.util.validate(true, 'refused: %s', ['reason'])")).rejects.toThrow(
      /refused: reason/,
    );
    const [merged] = await db.run<{ m: Record<string, number> }>(
      'RETURN apoc.map.merge({a: 1}, {b: 2}) AS m',
    );
    expect(merged?.m).toEqual({ a: 1, b: 2 });
  });

  it('rolls back a failed transaction completely', async () => {
    const session = db.driver.session();
    try {
      await expect(
        session.executeWrite(async (tx) => {
          await tx.run('CREATE (:$($label) {name: "half"})', { label: db.label });
          await tx.run('RETURN 1 / 0');
        }),
      ).rejects.toThrow(/by zero/);
    } finally {
      await session.close();
    }
    const rows = await db.run('MATCH (n:$($label) {name: "half"}) RETURN n', { label: db.label });
    expect(rows).toHaveLength(0);
  });
});

describe('test isolation', () => {
  const first = useTestDatabase();
  const second = useTestDatabase();

  it('gives each user its own label, so cleanup cannot touch the other', async () => {
    expect(first.label).not.toBe(second.label);
    await first.run('CREATE (:$($label) {who: "first"})', { label: first.label });
    await second.run('CREATE (:$($label) {who: "second"})', { label: second.label });
    await second.run('MATCH (n:$($label)) DETACH DELETE n', { label: second.label });
    const rows = await first.run<{ who: string }>('MATCH (n:$($label)) RETURN n.who AS who', {
      label: first.label,
    });
    expect(rows).toEqual([{ who: 'first' }]);
  });
});
