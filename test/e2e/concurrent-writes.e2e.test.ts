import { findProvenanceViolations } from '../../src/import/provenance-check';
import { useApiTestServer } from '../utils/api-test-server';

const SOURCE = 'werkstatt-bonn-2019';
const QUOTE = 'die Bedeutung strategischer Medienarbeit';
const KEY = 'biwaq-werkstatt-2019|ABOUT|digitalisierung';

// Issue 12: the tie checks run inside each editor's transaction, which sees only its own writes (read
// committed), so editors writing the same tie at once all passed "one relationship per key" and the
// graph got several relationships with one key. A uniqueness constraint per relation type decides it.
describe('editors writing the same tie at the same time', () => {
  const api = useApiTestServer({ env: { RATE_LIMIT_PER_MINUTE: '0' } });
  let token = '';
  beforeAll(async () => {
    token = await api.token(['editor']);
  });
  // Nested, so that the clean-up runs before the server's driver closes.
  describe('eight editors connect one event to one topic with the same tie key', () => {
    afterAll(async () => {
      await api.driver.executeQuery('MATCH ()-[r {key: $key}]-() DELETE r', { key: KEY });
    });

    it('leaves one relationship with the key: one write succeeds, the others are told CONFLICT', async () => {
      const mutation = `mutation { updateTopics(where: { key: { eq: "digitalisierung" } }, update: { events: [{ connect: [{ where: { node: { key: { eq: "biwaq-werkstatt-2019" } } }, edge: { key: "${KEY}", sources: ["${SOURCE}"], quotes: ["${QUOTE}"] } }] }] }) { topics { key } } }`;
      const responses = await Promise.all(Array.from({ length: 8 }, () => api.graphql(mutation, { token })));
      const { records } = await api.driver.executeQuery(
        'MATCH ()-[r {key: $key}]->() RETURN count(r) AS count',
        {
          key: KEY,
        },
      );
      expect(records[0]?.get('count')).toBe(1);
      const outcomes = responses.map((r) =>
        r.errors === undefined ? 'ok' : String(r.errors[0]?.extensions?.code),
      );
      expect(outcomes).toContain('ok');
      for (const outcome of outcomes) expect(['ok', 'CONFLICT', 'BAD_USER_INPUT']).toContain(outcome);
      expect(await findProvenanceViolations(api.driver)).toEqual([]);
    });
  });
});
