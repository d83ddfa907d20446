import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { renderMessage, type MessageKey, type MessageParams } from '@chorus/core';
import { STATUS_CODES } from 'node:http';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { QueryFailedError } from 'typeorm';
import { databaseUnavailable, isDatabaseUnavailable } from './database-unavailable';
import { DomainError, type ErrorCode } from './domain-error';
import { ErrorDto } from './error-response.dto';
import { requestLanguage } from './request-language';

/**
 * The one place where errors become HTTP answers: every error is `{ statusCode, error, code,
 * message, details }`, where `details` names the sentence by catalogue key and params (for
 * clients that say it themselves) and `message` is that sentence in the language the request's
 * Accept-Language prefers. A database that cannot be reached is a 503 with Retry-After on every
 * route; anything unexpected is logged and answered as a 500 that reveals nothing internal.
 */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const reply = http.getResponse<FastifyReply>();
    const request = http.getRequest<FastifyRequest | undefined>();
    if (isDatabaseUnavailable(exception)) {
      // Every request says the same during an outage: one line each, not a stack trace.
      this.logger.warn(`The database cannot be reached: ${String(exception)}`);
      exception = databaseUnavailable();
    }
    const answer = toAnswer(exception, request);
    if (answer.status >= 500 && answer.status !== 503) this.logger.error(exception);
    void reply
      .status(answer.status)
      .headers(answer.headers)
      .send(answer.body(requestLanguage(request)));
  }
}

interface Answer {
  status: number;
  headers: Record<string, string>;
  body(language: string): ErrorDto;
}

function fromDomainError(error: DomainError): Answer {
  return {
    status: error.status,
    headers: error.headers,
    body: (language) => ({
      statusCode: error.status,
      error: reasonPhrase(error.status),
      code: error.code,
      message: error.describe(language),
      details: error.details,
    }),
  };
}

/** An answer for a status no domain code stands for (a rare 4xx of fastify's). */
function fromStatus(status: number, key: MessageKey, params: MessageParams = {}): Answer {
  return {
    status,
    headers: {},
    body: (language) => ({
      statusCode: status,
      error: reasonPhrase(status),
      message: renderMessage(language, key, params),
      details: { key, params },
    }),
  };
}

function refusal(code: ErrorCode, key: MessageKey, params: MessageParams = {}): Answer {
  return fromDomainError(new DomainError(code, key, params));
}

export function toAnswer(exception: unknown, request?: FastifyRequest): Answer {
  if (exception instanceof DomainError) return fromDomainError(exception);
  if (isBodyTooLarge(exception)) {
    return refusal('body_too_large', bodyTooLargeKey(request));
  }
  if (exception instanceof HttpException) return fromHttpException(exception, request);
  return (
    databaseClientError(exception) ??
    fastifyClientError(exception, request) ??
    refusal('internal_error', 'errors:http.internal')
  );
}

function reasonPhrase(status: number): string {
  return STATUS_CODES[status] ?? 'Error';
}

/**
 * Nest's own exceptions: its router's 404, fastify's errors it wraps (the cause), and any
 * HttpException a library throws.
 */
function fromHttpException(exception: HttpException, request?: FastifyRequest): Answer {
  const wrapped = fastifyClientError(exception.cause, request);
  if (wrapped) return wrapped;
  const status = exception.getStatus();
  const text = textOf(exception);
  if (status === 400 && isPrototypePoisoning(text)) {
    return refusal('invalid_input', 'errors:http.forbiddenJsonProperty');
  }
  const route = /^Cannot ([A-Z]+) (.*)$/s.exec(text);
  if (status === 404 && route) {
    return refusal('not_found', 'errors:http.routeNotFound', {
      method: route[1],
      path: route[2].slice(0, 200),
    });
  }
  if (status === 400 && text !== reasonPhrase(400)) {
    // Until the validation pipe says its problems by key, its sentences stay as they are.
    const answer = refusal('invalid_input', 'errors:http.badRequest');
    return { ...answer, body: (language) => ({ ...answer.body(language), message: text }) };
  }
  return byStatus(status);
}

function byStatus(status: number): Answer {
  switch (status) {
    case 400:
      return refusal('invalid_input', 'errors:http.badRequest');
    case 401:
      return refusal('not_signed_in', 'errors:auth.notSignedIn');
    case 403:
      return refusal('forbidden', 'errors:http.refused', { status });
    case 404:
      return refusal('not_found', 'errors:http.notFound');
    case 413:
      return refusal('body_too_large', 'errors:http.bodyTooLarge');
    case 429:
      return refusal('too_many_attempts', 'errors:http.tooManyRequests');
    default:
      return status >= 500
        ? fromStatus(status, 'errors:http.internal')
        : fromStatus(status, 'errors:http.refused', { status });
  }
}

function textOf(exception: HttpException): string {
  const response = exception.getResponse();
  if (typeof response === 'string') return response;
  const message = (response as { message?: unknown }).message;
  if (Array.isArray(message)) return message.join('; ');
  if (typeof message === 'string') return message;
  return exception.message;
}

/** The limit the caller ran into: CSV uploads have their own, every other body 1 MB. */
function bodyTooLargeKey(request: FastifyRequest | undefined): MessageKey {
  const contentType = String(request?.headers['content-type'] ?? '').toLowerCase();
  return /^(text|application)\/csv\b/.test(contentType)
    ? 'errors:http.csvTooLarge'
    : 'errors:http.bodyTooLarge';
}

/** Fastify's body limit, whether it arrives raw or wrapped by Nest in an HttpException. */
function isBodyTooLarge(exception: unknown): boolean {
  return (
    errorCode(exception) === 'FST_ERR_CTP_BODY_TOO_LARGE' ||
    (exception instanceof Error && errorCode(exception.cause) === 'FST_ERR_CTP_BODY_TOO_LARGE')
  );
}

function errorCode(error: unknown): unknown {
  return (error as { code?: unknown } | undefined)?.code;
}

/** Fastify's own codes for what is wrong with a request, each with the sentence it needs. */
const FASTIFY_REFUSALS: Readonly<Record<string, { code: ErrorCode; key: MessageKey }>> = {
  FST_ERR_CTP_EMPTY_JSON_BODY: { code: 'invalid_input', key: 'errors:http.emptyJson' },
  FST_ERR_CTP_INVALID_JSON_BODY: { code: 'invalid_input', key: 'errors:http.invalidJson' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: {
    code: 'invalid_input',
    key: 'errors:http.invalidContentLength',
  },
  FST_ERR_BAD_URL: { code: 'invalid_input', key: 'errors:http.badUrl' },
  FST_ERR_INVALID_URL: { code: 'invalid_input', key: 'errors:http.badUrl' },
};

/**
 * Fastify's own 4xx errors (malformed JSON, unsupported media type, a bad URL), said by key:
 * their English texts never reach a person.
 */
function fastifyClientError(exception: unknown, request?: FastifyRequest): Answer | undefined {
  if (!(exception instanceof Error)) return undefined;
  const status = (exception as { statusCode?: unknown }).statusCode;
  if (typeof status !== 'number' || status < 400 || status >= 500) return undefined;
  const code = errorCode(exception);
  const known = typeof code === 'string' ? FASTIFY_REFUSALS[code] : undefined;
  if (known) return refusal(known.code, known.key);
  if (code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
    return refusal('unsupported_media_type', 'errors:http.unsupportedMediaType', {
      contentType: String(request?.headers['content-type'] ?? '').slice(0, 100),
    });
  }
  // secure-json-parse's refusal of __proto__ is a SyntaxError too.
  if (status === 400 && isPrototypePoisoning(exception.message)) {
    return refusal('invalid_input', 'errors:http.forbiddenJsonProperty');
  }
  if (status === 400 && exception instanceof SyntaxError) {
    return refusal('invalid_input', 'errors:http.invalidJson');
  }
  if (status === 405) {
    return refusal('method_not_allowed', 'errors:http.methodNotAllowed', {
      method: request?.method ?? '',
    });
  }
  return byStatus(status);
}

function isPrototypePoisoning(text: string): boolean {
  return /forbidden prototype property|forbidden constructor property/i.test(text);
}

/**
 * Constraint violations that reach here are races the services' own checks could not see
 * (two requests creating the same thing at once): the client's conflict, not our failure.
 */
function databaseClientError(exception: unknown): Answer | undefined {
  if (!(exception instanceof QueryFailedError)) return undefined;
  const code = (exception.driverError as { code?: string } | undefined)?.code;
  if (code === '23505') return refusal('conflict', 'errors:http.alreadyExists');
  if (code === '22P02') return refusal('invalid_input', 'errors:http.wrongFormat');
  if (code === '22021') return refusal('invalid_input', 'errors:http.nulCharacter');
  return undefined;
}
