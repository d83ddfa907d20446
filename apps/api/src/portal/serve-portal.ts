import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

/** Paths that belong to the server, never to the single-page app. */
const SERVER_PATHS = /^\/(api|r|unsubscribe)(\/|$|\?)/;
/** A file's path (`/favicon.ico`, `/assets/x.js`): when no such file is built, it is a 404. */
const FILE_PATH = /\/[^/?]*\.[a-z0-9]+(\?|$)/i;

/**
 * Serves the built portal: files as they are (hashed assets cached for a year), and index.html
 * for every other GET, so that the portal's own router handles deep links. A missing file is a
 * 404, never the page: a browser asking for an icon or a stale script gets an honest answer.
 */
export async function servePortal(app: NestFastifyApplication, portalDir: string): Promise<void> {
  const indexFile = path.join(portalDir, 'index.html');
  if (!existsSync(indexFile)) {
    throw new Error(`The portal is not built (${indexFile} is missing): run npm run build.`);
  }
  const indexHtml = await readFile(indexFile);

  await app.register(fastifyStatic, {
    root: portalDir,
    prefix: '/',
    wildcard: false,
    index: false,
    setHeaders: (response, filePath) => {
      const immutable = filePath.includes(`${path.sep}assets${path.sep}`);
      response.header(
        'cache-control',
        immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
  });

  const sendIndex = (request: FastifyRequest, reply: FastifyReply) => {
    if (SERVER_PATHS.test(request.url) || FILE_PATH.test(request.url)) return reply.callNotFound();
    return reply
      .header('cache-control', 'no-cache')
      .type('text/html; charset=utf-8')
      .send(indexHtml);
  };
  const fastify = app.getHttpAdapter().getInstance();
  fastify.get('/', sendIndex);
  fastify.get('/*', sendIndex);
}
