import { useApiTestServer } from '../utils/api-test-server';
import { postWithAuthorization as post, signSubjectToken } from '../utils/post-with-authorization';

// Issue 12, finding 8 and the token rules.
describe('tokens that expire, no 5xx from odd input', () => {
  const api = useApiTestServer({ env: { RATE_LIMIT_PER_MINUTE: '0' } });

  it('refuses a token without exp and one that lives longer than a day', async () => {
    const forever = await signSubjectToken('f1', { roles: ['editor'] });
    const long = await signSubjectToken('f2', { roles: ['editor'], expiresIn: '2d' });
    for (const token of [forever, long]) {
      const { body } = await post(api.baseUrl, `Bearer ${token}`);
      expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
  });

  it.each(['constructor', '__proto__', 'toString', 'valueOf'])(
    'answers 404 for the export format %s',
    async (name) => {
      const response = await fetch(`${api.baseUrl}/export/${name}?view=graph`);
      expect(response.status).toBe(404);
    },
  );

  it('answers a search for characters that fold into Lucene syntax', async () => {
    const token = await signSubjectToken('searcher', { expiresIn: '5m' });
    const { status, body } = await post(api.baseUrl, `Bearer ${token}`, '{ search(query: "⑴⑴") { key } }');
    expect(status).toBe(200);
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  // Finding 7: 40 aliases of __schema answered 114 MB; 8 aliases of sources { text } 420 MB.
  it('answers introspection once per operation, and weighs source texts', async () => {
    const aliases = Array.from({ length: 40 }, (_, i) => `s${i}: __schema { types { name } }`).join(' ');
    const many = await post(api.baseUrl, undefined, `{ ${aliases} }`);
    expect(many.status).toBe(400);
    expect(many.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const one = await post(api.baseUrl, undefined, '{ __schema { queryType { name } } }');
    expect(one.status).toBe(200);
    const texts = Array.from({ length: 3 }, (_, i) => `t${i}: sources(limit: 100) { text }`).join(' ');
    const heavy = await post(api.baseUrl, undefined, `{ ${texts} }`);
    expect(heavy.status).toBe(400);
    expect(heavy.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const light = await post(api.baseUrl, undefined, '{ sources(limit: 100) { key text } }');
    expect(light.status).toBe(200);
  });
});
