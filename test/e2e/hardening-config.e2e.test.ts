import { useApiTestServer } from '../utils/api-test-server';

describe('rate limiting, CORS and request ids', () => {
  const api = useApiTestServer({
    seed: false,
    env: { RATE_LIMIT_PER_MINUTE: '3', CORS_ORIGINS: 'https://explorer.example.org' },
  });

  it('answers 429 with Retry-After once a client exceeds its requests per minute, per client', async () => {
    const ask = (token?: string) =>
      fetch(`${api.baseUrl}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
        },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await ask()).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const limited = await ask();
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(
      ((await limited.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code,
    ).toBe('RATE_LIMITED');
    // Another client (a token) has its own budget.
    expect((await ask(await api.token(['reader']))).status).toBe(200);
  });

  it('sends CORS headers to allowed origins only', async () => {
    const allowed = await fetch(`${api.baseUrl}/healthz`, {
      headers: { origin: 'https://explorer.example.org' },
    });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://explorer.example.org');
    const other = await fetch(`${api.baseUrl}/healthz`, { headers: { origin: 'https://evil.example.com' } });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('echoes a request id, or makes one', async () => {
    const echoed = await fetch(`${api.baseUrl}/healthz`, { headers: { 'x-request-id': 'abc-123' } });
    expect(echoed.headers.get('x-request-id')).toBe('abc-123');
    const made = await fetch(`${api.baseUrl}/healthz`, { headers: { 'x-request-id': 'bad id with spaces' } });
    expect(made.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});

// Its own server: the rate limit of the one above is spent by then.
describe('CORS preflights', () => {
  const api = useApiTestServer({ seed: false, env: { CORS_ORIGINS: 'https://explorer.example.org' } });

  // Issue 17: a preflight from an origin not allowed reached Apollo and came back as a 400 CSRF error
  // with a stack trace; the cors package answers allowed ones, the rest get a clean refusal.
  it('answers preflights: allowed origins with the CORS grant, others with a clean refusal', async () => {
    const preflight = (origin?: string) =>
      fetch(`${api.baseUrl}/graphql`, {
        method: 'OPTIONS',
        headers: {
          ...(origin === undefined ? {} : { origin }),
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type, authorization',
        },
      });
    const allowed = await preflight('https://explorer.example.org');
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://explorer.example.org');
    expect(allowed.headers.get('access-control-allow-methods')?.replace(/ /g, '')).toBe('GET,POST,OPTIONS');
    expect(allowed.headers.get('access-control-allow-headers')).toContain('authorization');
    expect(allowed.headers.get('vary')).toContain('Origin');

    const refused = await preflight('https://evil.example.com');
    expect(refused.status).toBe(403);
    expect(refused.headers.get('access-control-allow-origin')).toBeNull();
    const body = await refused.text();
    expect(JSON.parse(body)).toEqual({
      errors: [
        {
          message: 'Origin https://evil.example.com may not call this API from a browser (CORS_ORIGINS).',
          extensions: { code: 'FORBIDDEN' },
        },
      ],
    });
    expect(body).not.toMatch(/at \w+ \(|stacktrace|csrf/i);

    // Not a browser's preflight: the methods this API answers.
    const plain = await preflight();
    expect(plain.status).toBe(204);
    expect(plain.headers.get('allow')).toBe('GET, POST, OPTIONS');
  });
});
