import { useApiTestServer } from '../utils/api-test-server';

// Issue 12: an ordinary exploratory query was refused ("estimated cost 10611853 exceeds the limit of
// 500000") because every nested list was costed at its default page size of 20.
const EXPLORATORY = `{ organisations(limit: 3) { key name people { name affiliations { name } }
  units { name people { name spokeAtAgendaItems { name event { name organisers { name } } } } } } }`;

describe('the cost limit estimates nested lists from the graph', () => {
  const api = useApiTestServer({ env: { RATE_LIMIT_PER_MINUTE: '0' } });

  it('answers the exploratory query', async () => {
    const response = await api.graphql(EXPLORATORY);
    expect(response.errors).toBeUndefined();
    expect((response.data as { organisations: unknown[] }).organisations).toHaveLength(3);
  });

  it('still refuses what multiplies beyond the limit, naming the field that costs most and a limit', async () => {
    const texts = [0, 1, 2].map((i) => `t${i}: sources(limit: 100) { text }`).join(' ');
    const response = await api.graphql(`{ ${texts} }`);
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.message).toMatch(
      /estimated cost 600003 exceeds the limit of 500000\. The field that costs most is Query\.sources \(200001 at 100 per parent\); limit: 83 there/,
    );
  });
});
