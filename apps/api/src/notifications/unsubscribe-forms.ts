import type { FastifyInstance } from 'fastify';
import { DomainError } from '../common/domain-error';

/** The path of unsubscribe pages, outside the API's prefix: people open them from mail. */
export const UNSUBSCRIBE_PATH = 'unsubscribe';

/** RFC 8058's body is one field; the page's button sends the same. Anything larger is not one. */
const FORM_BODY_LIMIT = 4_096;

/**
 * Lets unsubscribe links take the RFC 8058 one-click POST as multipart/form-data, the encoding
 * the RFC recommends (application/x-www-form-urlencoded, which it allows, is parsed for every
 * route already). The body is not read: the token in the path says everything. Every other
 * route refuses multipart as before.
 */
export function acceptUnsubscribeForms(fastify: FastifyInstance): void {
  fastify.addContentTypeParser(
    'multipart/form-data',
    { parseAs: 'buffer', bodyLimit: FORM_BODY_LIMIT },
    (request, _body, done) => {
      if (request.url.startsWith(`/${UNSUBSCRIBE_PATH}/`)) return done(null, {});
      done(new DomainError('unsupported_media_type', 'errors:http.sendJson'));
    },
  );
}
