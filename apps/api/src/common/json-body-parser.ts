import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyRequest } from 'fastify';
import { DomainError } from './domain-error';
import { findLoneSurrogate, MAX_JSON_DEPTH, nestsDeeperThan } from './json-body';

/** The largest JSON body accepted. */
export const JSON_BODY_LIMIT = 1_048_576;

type Done = (error: Error | null, parsed?: unknown) => void;

/**
 * Parses JSON bodies with fastify's own parser (prototype-poisoning checks included), but first
 * refuses excessive nesting in one linear scan, so that no request can exhaust the stack or
 * hold the event loop by nesting, and afterwards refuses a body that is not an object (every
 * route takes a DTO) and text that is not valid Unicode, so that every string a DTO sees can
 * be encoded, compared and stored.
 */
export function useJsonBodyParser(app: NestFastifyApplication): void {
  const fastify = app.getHttpAdapter().getInstance();
  // fastify's default parser is the callback form; its type also admits the promise form.
  const parseJson = fastify.getDefaultJsonParser('error', 'error') as (
    request: FastifyRequest,
    body: string,
    done: Done,
  ) => void;
  app.useBodyParser(
    'application/json',
    { bodyLimit: JSON_BODY_LIMIT },
    (request: FastifyRequest, raw: Buffer, done: Done) => {
      if (nestsDeeperThan(raw, MAX_JSON_DEPTH)) {
        done(
          new DomainError('invalid_input', 'errors:http.jsonTooDeep', { depth: MAX_JSON_DEPTH }),
        );
        return;
      }
      parseJson(request, raw.toString('utf8'), (error, parsed) => {
        if (error) return done(error);
        if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
          return done(new DomainError('invalid_input', 'errors:http.notAnObject'));
        }
        const path = findLoneSurrogate(parsed);
        if (path === undefined) return done(null, parsed);
        done(new DomainError('invalid_input', 'errors:http.loneSurrogate', { path }));
      });
    },
  );
}
