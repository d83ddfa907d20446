import { DomainError } from './domain-error';

/** How long a client is asked to wait before trying again. */
export const DATABASE_RETRY_AFTER_SECONDS = 10;

/**
 * Node's network errors and PostgreSQL's SQLSTATEs that mean the database cannot be reached or
 * is going away: connection refused or lost, the server shutting down or starting up
 * (57P01-57P03), too many connections (53300), and class 08 (connection exception).
 */
const CONNECTION_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
  '57P01',
  '57P02',
  '57P03',
  '53300',
]);
const CONNECTION_CLASS = /^08[0-9A-Z]{3}$/;

/** What pg and pg-pool say when a connection ends or cannot be had, without a code. */
const CONNECTION_MESSAGES = [
  /Connection terminated/i,
  /timeout exceeded when trying to connect/i,
  /Client has encountered a connection error and is not queryable/i,
  /Client was closed and is not queryable/i,
  /Cannot use a pool after calling end on the pool/i,
  /is not currently accepting connections/i,
];

/**
 * True when `error` (or what it wraps: TypeORM's driverError, a cause, the errors of an
 * AggregateError) says the database cannot be reached, rather than that a query was wrong.
 * The one place that knows what such errors look like.
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (depth > 4 || typeof error !== 'object' || error === null) return false;
  const { code, message, driverError, cause, errors } = error as {
    code?: unknown;
    message?: unknown;
    driverError?: unknown;
    cause?: unknown;
    errors?: unknown;
  };
  if (typeof code === 'string' && (CONNECTION_CODES.has(code) || CONNECTION_CLASS.test(code))) {
    return true;
  }
  if (typeof message === 'string' && CONNECTION_MESSAGES.some((pattern) => pattern.test(message))) {
    return true;
  }
  const wrapped = [driverError, cause, ...(Array.isArray(errors) ? errors.slice(0, 10) : [])];
  return wrapped.some((inner) => isDatabaseUnavailable(inner, depth + 1));
}

/** The answer for any request while the database cannot be reached: 503, retry shortly. */
export function databaseUnavailable(): DomainError {
  return new DomainError(
    'database_unavailable',
    'errors:auth.database',
    {},
    { headers: { 'retry-after': String(DATABASE_RETRY_AFTER_SECONDS) } },
  );
}
