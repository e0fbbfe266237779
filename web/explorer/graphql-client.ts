// The explorer's only way to the API: typed operations (codegen over operations.graphql) sent to
// /graphql on the page's own origin. An error answer is thrown with the API's code, so the status line
// can say what to narrow (TIMEOUT, RESOURCE_LIMIT name the limit).
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';

export class ApiAnswerError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
  }
}

export async function graphql<TResult, TVariables>(
  document: TypedDocumentNode<TResult, TVariables>,
  variables: TVariables,
  signal?: AbortSignal,
): Promise<TResult> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: print(document), variables }),
    signal,
  });
  const body = (await response.json()) as {
    data?: TResult;
    errors?: { message: string; extensions?: { code?: string } }[];
  };
  if (body.errors !== undefined && body.errors.length > 0) {
    throw new ApiAnswerError(body.errors.map((e) => e.message).join('; '), body.errors[0]?.extensions?.code);
  }
  return body.data as TResult;
}

/** A link that opens the playground with this operation and its variables filled in. */
export function playgroundLink<TResult, TVariables>(
  document: TypedDocumentNode<TResult, TVariables>,
  variables: TVariables,
): string {
  const params = new URLSearchParams({
    query: print(document),
    variables: JSON.stringify(variables, null, 2),
  });
  return `/playground/?${params.toString()}`;
}
