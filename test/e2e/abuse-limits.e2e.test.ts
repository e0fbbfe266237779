import { SignJWT } from 'jose';
import { TEST_JWT_SECRET, useApiTestServer } from '../utils/api-test-server';

const secret = new TextEncoder().encode(TEST_JWT_SECRET);

async function post(baseUrl: string, authorization: string | undefined, query = '{ __typename }') {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(authorization === undefined ? {} : { authorization }),
    },
    body: JSON.stringify({ query }),
  });
  return {
    status: response.status,
    body: (await response.json()) as { errors?: { extensions?: { code?: string } }[] },
  };
}

// Issue 12, finding 8 and the token rules.
describe('tokens that expire, no 5xx from odd input', () => {
  const api = useApiTestServer({ env: { RATE_LIMIT_PER_MINUTE: '0' } });

  it('refuses a token without exp and one that lives longer than a day', async () => {
    const forever = await new SignJWT({ roles: ['editor'] })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('f1')
      .sign(secret);
    const long = await new SignJWT({ roles: ['editor'] })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('f2')
      .setIssuedAt()
      .setExpirationTime('2d')
      .sign(secret);
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
    const token = await new SignJWT({ roles: [] })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('searcher')
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(secret);
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
