/**
 * Errors the domain raises, by code. The one exception filter maps each code to its HTTP status,
 * so services never think in status codes.
 */
export const ERROR_STATUS = {
  invalid_input: 400,
  weak_password: 400,
  invalid_file: 400,
  link_expired: 400,
  invalid_credentials: 401,
  not_signed_in: 401,
  forbidden: 403,
  account_deactivated: 403,
  four_eyes: 403,
  not_enrolled: 403,
  policy_not_acknowledged: 403,
  training_required: 403,
  csrf_rejected: 403,
  no_access_rule: 403,
  not_found: 404,
  link_invalid: 404,
  conflict: 409,
  link_used: 409,
  last_admin: 409,
  illegal_transition: 409,
  unsupported_media_type: 415,
  unprocessable: 422,
  import_invalid: 422,
  guardrails_blocked: 422,
  too_many_attempts: 429,
  mail_failed: 502,
  database_unavailable: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** Extra headers the response should carry, e.g. Retry-After. */
    readonly headers: Record<string, string> = {},
    /** Structured detail the client can show, e.g. every problem found in an uploaded file. */
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'DomainError';
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}
