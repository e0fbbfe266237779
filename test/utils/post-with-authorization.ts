import { SignJWT } from 'jose';
import { TEST_JWT_SECRET } from './api-test-server';

/** Posts a GraphQL query with exactly this Authorization header (or none): for header-spelling attacks. */
export async function postWithAuthorization(
  baseUrl: string,
  authorization: string | undefined,
  query = '{ __typename }',
): Promise<{ status: number; body: { errors?: { extensions?: { code?: string } }[] } }> {
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

/** A token for `subject` signed with the test secret; `expiresIn` as jose reads it ("5m"), none for no exp. */
export function signSubjectToken(
  subject: string,
  options: { roles?: string[]; expiresIn?: string } = {},
): Promise<string> {
  const jwt = new SignJWT({ roles: options.roles ?? [] })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(subject);
  if (options.expiresIn !== undefined) jwt.setIssuedAt().setExpirationTime(options.expiresIn);
  return jwt.sign(new TextEncoder().encode(TEST_JWT_SECRET));
}
