import { useApiTestServer } from '../utils/api-test-server';
import { postWithAuthorization as post, signSubjectToken } from '../utils/post-with-authorization';

// Issue 12, finding 6: the bucket key was the raw Authorization header.
describe('the rate limit counts identities, not header bytes', () => {
  const api = useApiTestServer({ env: { RATE_LIMIT_PER_MINUTE: '5' } });

  it('counts header variants that are not a valid token against the address, not a fresh bucket each', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) {
      // Non-breaking spaces, trailing spaces, case: each used to get a bucket of its own.
      const header = ['\u00a0'.repeat(i + 1), `bearer${' '.repeat(i + 2)}x`, `Basic ${i}`][i % 3];
      statuses.push((await post(api.baseUrl, header)).status);
    }
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThan(0);
  });

  it('counts one subject once, however its header is spelled', async () => {
    const token = await signSubjectToken('one-subject', { expiresIn: '5m' });
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) {
      statuses.push(
        (await post(api.baseUrl, `${i % 2 === 0 ? 'Bearer' : 'bearer'}${' '.repeat(i + 1)}${token}`)).status,
      );
    }
    expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
    expect(statuses.slice(5)).toEqual([429, 429]);
  });
});
