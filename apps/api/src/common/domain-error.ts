import { renderMessage, type MessageKey, type MessageParams } from '@chorus/core';

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
  method_not_allowed: 405,
  conflict: 409,
  link_used: 409,
  last_admin: 409,
  illegal_transition: 409,
  body_too_large: 413,
  unsupported_media_type: 415,
  unprocessable: 422,
  import_invalid: 422,
  guardrails_blocked: 422,
  too_many_attempts: 429,
  internal_error: 500,
  database_unavailable: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

/** A sentence by catalogue key, with the values it needs: what the portal renders. */
export interface MessageRef {
  key: MessageKey;
  params: MessageParams;
}

/**
 * One of several things wrong with a request (a field, a line of a file, a finding), said by
 * key like the error itself, with whatever else locates it (`field`, `line`, ...).
 */
export interface Problem extends MessageRef {
  readonly [extra: string]: unknown;
}

/** What every error body's `details` holds: the sentence by key, plus the domain's extras. */
export interface ErrorDetails extends MessageRef {
  problems?: Problem[];
  readonly [extra: string]: unknown;
}

export interface DomainErrorOptions {
  /** Extra headers the response should carry, e.g. Retry-After. */
  headers?: Record<string, string>;
  /** Structured extras for the client beside the key, e.g. the id of the item it duplicates. */
  details?: Record<string, unknown>;
  /** Every problem found, each by key (e.g. each invalid field, each bad line of a file). */
  problems?: readonly Problem[];
}

/**
 * An error a person can act on: a coarse, stable `code` (the HTTP status follows from it) and
 * a catalogue `key` with the `params` the sentence needs, so that every client says it in its
 * reader's language. `message` is the English sentence, for logs.
 */
export class DomainError extends Error {
  readonly headers: Record<string, string>;
  readonly problems?: readonly Problem[];
  private readonly extras: Record<string, unknown>;

  constructor(
    readonly code: ErrorCode,
    readonly key: MessageKey,
    readonly params: MessageParams = {},
    options: DomainErrorOptions = {},
  ) {
    super(renderMessage('en', key, params));
    this.name = 'DomainError';
    this.headers = options.headers ?? {};
    this.problems = options.problems;
    this.extras = options.details ?? {};
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }

  /** The status under the name fastify reads, for errors raised inside its hooks and parsers. */
  get statusCode(): number {
    return this.status;
  }

  /** The sentence in `language` (English for a language the catalogue lacks). */
  describe(language: string): string {
    return renderMessage(language, this.key, this.params);
  }

  /** What the body's `details` carries. */
  get details(): ErrorDetails {
    return {
      ...this.extras,
      key: this.key,
      params: this.params,
      ...(this.problems ? { problems: [...this.problems] } : {}),
    };
  }
}

/**
 * A request whose values are wrong in one or more places (the validation pipe's answer): its
 * `message` lists each problem, `details.problems` holds each by key, with its `field`.
 */
export class InvalidInputError extends DomainError {
  declare readonly problems: readonly Problem[];

  constructor(problems: readonly Problem[]) {
    super('invalid_input', 'errors:input.invalid', { count: problems.length }, { problems });
    this.message = this.describe('en');
  }

  override describe(language: string): string {
    return this.problems
      .map((problem) => renderMessage(language, problem.key, problem.params))
      .join('; ');
  }
}

/** Builds a problem, e.g. `problem('validation:isEmail', { field: 'email' }, { field: 'email' })`. */
export function problem(
  key: MessageKey,
  params: MessageParams = {},
  extras: Record<string, unknown> = {},
): Problem {
  return { ...extras, key, params };
}
