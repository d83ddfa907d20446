/** A non-2xx answer from the Chorus API, carrying the status and the server's message. */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly status: number,
    /** The server's message, written for a person; undefined when the body had none. */
    readonly serverMessage: string | undefined,
    /** The HTTP reason phrase from the body (`error`), e.g. "Unauthorized". */
    readonly error: string | undefined,
    /** A stable machine-readable code, for the few errors the portal reacts to. */
    readonly code?: string,
    /** Structured detail some errors carry (e.g. the report of a refused import). */
    readonly details?: unknown,
  ) {
    super(serverMessage ?? `HTTP ${status}`);
  }

  static async fromResponse(response: Response): Promise<ApiError> {
    const body: unknown = await response
      .clone()
      .json()
      .catch(() => undefined);
    if (typeof body !== 'object' || body === null) {
      return new ApiError(response.status, undefined, undefined);
    }
    const { message, error, code, details } = body as {
      message?: unknown;
      error?: unknown;
      code?: unknown;
      details?: unknown;
    };
    return new ApiError(
      response.status,
      readMessage(message),
      typeof error === 'string' ? error : undefined,
      typeof code === 'string' ? code : undefined,
      details,
    );
  }
}

function readMessage(message: unknown): string | undefined {
  if (typeof message === 'string' && message.trim() !== '') return message;
  // Tolerates NestJS's default validation body, where message is a list of sentences.
  if (Array.isArray(message) && message.every((part) => typeof part === 'string')) {
    return message.length > 0 ? message.join(' ') : undefined;
  }
  return undefined;
}

export function isUnauthorized(error: unknown): boolean {
  return error instanceof ApiError && error.status === 401;
}

/**
 * True when trying again may help: the server failed (5xx) or could not be reached. A 4xx
 * answer (not found, not allowed, invalid) stays the same however often it is asked.
 */
export function isTransientError(error: unknown): boolean {
  return !(error instanceof ApiError) || error.status >= 500;
}

/** The API's 503 while it cannot reach its database: worth retrying until it answers again. */
export function isDatabaseUnavailable(error: unknown): boolean {
  return error instanceof ApiError && error.status === 503 && error.code === 'database_unavailable';
}
