import type { ErrorCode } from './error-codes';

/** The base of all errors we raise on purpose: a code from {@link ErrorCode} and a message for humans. */
export class QuartiersnetzError extends Error {
  readonly code: ErrorCode;
  readonly details: Readonly<Record<string, unknown>>;

  constructor(code: ErrorCode, message: string, details: Record<string, unknown> = {}) {
    super(message);
    this.name = 'QuartiersnetzError';
    this.code = code;
    this.details = details;
  }
}

export function isQuartiersnetzError(error: unknown): error is QuartiersnetzError {
  return error instanceof QuartiersnetzError;
}
