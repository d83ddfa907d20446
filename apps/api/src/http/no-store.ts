import type { FastifyInstance } from 'fastify';

/** Answers under this prefix carry personal data unless a route says otherwise. */
const API_PATH = /^\/api(\/|\?|$)/;

/**
 * Keeps API answers out of every cache (the browser's, a proxy's, the back/forward cache on a
 * shared computer): each one gets `Cache-Control: no-store` unless its route set a
 * Cache-Control of its own, which is how a route opts in to caching. Errors are covered too.
 * The portal's files and tracked links (/r/) are not under /api and keep their own headers.
 */
export function keepApiAnswersOutOfCaches(fastify: FastifyInstance): void {
  fastify.addHook('onSend', (request, reply, payload, done) => {
    if (API_PATH.test(request.url) && !reply.hasHeader('cache-control')) {
      void reply.header('cache-control', 'no-store');
    }
    done(null, payload);
  });
}
