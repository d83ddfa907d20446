/**
 * Errors the domain raises, by code. The one exception filter maps each code to its HTTP status,
 * so services never think in status codes.
 */
export const ERROR_STATUS = {
  invalid_credentials: 401,
  not_signed_in: 401,
  forbidden: 403,
  account_deactivated: 403,
  csrf_rejected: 403,
  no_access_rule: 403,
  not_found: 404,
  conflict: 409,
  too_many_attempts: 429,
  database_unavailable: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** Extra headers the response should carry, e.g. Retry-After. */
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}
