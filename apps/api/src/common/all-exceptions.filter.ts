import {
  ArgumentsHost,
  Catch,
  ExceptionFilter,
  HttpException,
  HttpStatus,
  Logger,
} from '@nestjs/common';
import { STATUS_CODES } from 'node:http';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { QueryFailedError } from 'typeorm';
import { databaseUnavailable, isDatabaseUnavailable } from './database-unavailable';
import { DomainError } from './domain-error';
import { ErrorDto } from './error-response.dto';

/**
 * The one place where errors become HTTP answers: every error is `{ statusCode, error, message }`
 * (plus `code` for domain errors); a database that cannot be reached is a 503 with Retry-After
 * on every route; anything unexpected is logged and answered as a 500 that reveals nothing
 * internal.
 */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const reply = http.getResponse<FastifyReply>();
    if (isDatabaseUnavailable(exception)) {
      // Every request says the same during an outage: one line each, not a stack trace.
      this.logger.warn(`The database cannot be reached: ${String(exception)}`);
      exception = databaseUnavailable();
    }
    const { body, headers } = this.toResponse(exception, http.getRequest<FastifyRequest>());
    if (body.statusCode >= 500 && body.statusCode !== 503) this.logger.error(exception);
    void reply.status(body.statusCode).headers(headers).send(body);
  }

  private toResponse(
    exception: unknown,
    request: FastifyRequest | undefined,
  ): { body: ErrorDto; headers: Record<string, string> } {
    if (exception instanceof DomainError) {
      return {
        body: {
          ...statusBody(exception.status, exception.message),
          code: exception.code,
          ...(exception.details === undefined ? {} : { details: exception.details }),
        },
        headers: exception.headers,
      };
    }
    if (isBodyTooLarge(exception)) {
      return { body: statusBody(413, bodyTooLargeMessage(request)), headers: {} };
    }
    if (exception instanceof HttpException) {
      return { body: statusBody(exception.getStatus(), messageOf(exception)), headers: {} };
    }
    const databaseError = databaseClientError(exception);
    if (databaseError)
      return { body: statusBody(databaseError.statusCode, databaseError.message), headers: {} };
    const clientError = fastifyClientError(exception);
    if (clientError)
      return { body: statusBody(clientError.statusCode, clientError.message), headers: {} };
    return {
      body: statusBody(
        HttpStatus.INTERNAL_SERVER_ERROR,
        'Something went wrong on our side. The error has been logged; please try again.',
      ),
      headers: {},
    };
  }
}

function statusBody(statusCode: number, message: string): ErrorDto {
  return { statusCode, error: STATUS_CODES[statusCode] ?? 'Error', message };
}

function messageOf(exception: HttpException): string {
  const response = exception.getResponse();
  if (typeof response === 'string') return response;
  const message = (response as { message?: unknown }).message;
  if (Array.isArray(message)) return message.join('; ');
  if (typeof message === 'string') return message;
  return exception.message;
}

/** The limit the caller ran into: CSV uploads have their own, every other body 1 MB. */
function bodyTooLargeMessage(request: FastifyRequest | undefined): string {
  const contentType = String(request?.headers['content-type'] ?? '').toLowerCase();
  if (/^(text|application)\/csv\b/.test(contentType)) {
    return 'The upload is too large: CSV files may be up to 10 MB (about 100,000 people). Split the file and upload the parts one after the other.';
  }
  return 'The request body is too large: it may be up to 1 MB.';
}

/** Fastify's body limit, whether it arrives raw or wrapped by Nest in an HttpException. */
function isBodyTooLarge(exception: unknown): boolean {
  const code = (error: unknown) => (error as { code?: unknown } | undefined)?.code;
  return (
    code(exception) === 'FST_ERR_CTP_BODY_TOO_LARGE' ||
    (exception instanceof Error && code(exception.cause) === 'FST_ERR_CTP_BODY_TOO_LARGE')
  );
}

/** Fastify's own 4xx errors (malformed JSON, body too large, unsupported media type). */
function fastifyClientError(
  exception: unknown,
): { statusCode: number; message: string } | undefined {
  if (!(exception instanceof Error)) return undefined;
  const statusCode = (exception as { statusCode?: unknown }).statusCode;
  if (typeof statusCode === 'number' && statusCode >= 400 && statusCode < 500) {
    return { statusCode, message: exception.message };
  }
  return undefined;
}

/**
 * Constraint violations that reach here are races the services' own checks could not see
 * (two requests creating the same thing at once): the client's conflict, not our failure.
 */
function databaseClientError(
  exception: unknown,
): { statusCode: number; message: string } | undefined {
  if (!(exception instanceof QueryFailedError)) return undefined;
  const code = (exception.driverError as { code?: string } | undefined)?.code;
  if (code === '23505') {
    return {
      statusCode: 409,
      message: 'That already exists (someone else may have just created it).',
    };
  }
  if (code === '22P02') return { statusCode: 400, message: 'A value has the wrong format.' };
  if (code === '22021') {
    return { statusCode: 400, message: 'Text may not contain NUL characters (\\u0000).' };
  }
  return undefined;
}
