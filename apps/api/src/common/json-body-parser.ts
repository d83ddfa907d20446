import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyRequest } from 'fastify';
import {
  findLoneSurrogate,
  MAX_JSON_DEPTH,
  nestsDeeperThan,
  NOT_AN_OBJECT_MESSAGE,
} from './json-body';

/** The largest JSON body accepted. */
export const JSON_BODY_LIMIT = 1_048_576;

type Done = (error: Error | null, parsed?: unknown) => void;

/** A 400 that the exception filter answers like fastify's own parse errors. */
function badRequest(message: string): Error {
  return Object.assign(new Error(message), { statusCode: 400 });
}

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
          badRequest(
            `The JSON body nests arrays and objects deeper than ${MAX_JSON_DEPTH} levels.`,
          ),
        );
        return;
      }
      parseJson(request, raw.toString('utf8'), (error, parsed) => {
        if (error) return done(error);
        if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
          return done(badRequest(NOT_AN_OBJECT_MESSAGE));
        }
        const path = findLoneSurrogate(parsed);
        if (path === undefined) return done(null, parsed);
        done(
          badRequest(
            `${path} is not valid Unicode text: it holds a lone surrogate (an unpaired \\ud800-\\udfff escape).`,
          ),
        );
      });
    },
  );
}
