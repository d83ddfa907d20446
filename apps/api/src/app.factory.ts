import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import fastifyCookie from '@fastify/cookie';
import { INPUT_LIMITS } from '@chorus/core';
import fastifyHelmet from '@fastify/helmet';
import { RequestMethod } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { JSON_BODY_LIMIT, useJsonBodyParser } from './common/json-body-parser';
import { runInRequestContext } from './common/request-context';
import type { AppConfig } from './config/app-config';
import { keepApiAnswersOutOfCaches } from './http/no-store';
import { acceptUnsubscribeForms, UNSUBSCRIBE_PATH } from './notifications/unsubscribe-forms';
import { setUpOpenApi } from './openapi/openapi';
import { servePortal } from './portal/serve-portal';
import { TrackedLinkHandler } from './tracking/tracked-link-handler';
import { QuietStartupLogger } from './logging/quiet-startup-logger';
import { REQUEST_ID_HEADER, requestId } from './logging/request-id';

export const API_PREFIX = 'api';
/** Routes outside the API's prefix: pages people open from mail. */
export const UNPREFIXED_PATHS = [`${UNSUBSCRIBE_PATH}/:token`];
/** The largest CSV upload accepted: about 100,000 people. */
export const CSV_BODY_LIMIT = INPUT_LIMITS.importFileBytes;

export interface CreateAppOptions {
  /** Folder of the built portal; omitted in API tests that do not need it. */
  portalDir?: string;
}

/** Builds the whole HTTP application: used by main.ts, the API tests and the OpenAPI export. */
export async function createApp(
  config: AppConfig,
  options: CreateAppOptions = {},
): Promise<NestFastifyApplication> {
  // Tracked links (/r/{code}) are answered by Node's server itself, before fastify and Nest:
  // the hottest path in Chorus needs none of their work. Everything else goes to fastify.
  const trackedLinks: { handler?: TrackedLinkHandler } = {};
  const adapter = new FastifyAdapter({
    serverFactory: (handler: (request: IncomingMessage, response: ServerResponse) => void) =>
      createServer((request, response) => {
        if (trackedLinks.handler?.handle(request, response)) return;
        handler(request, response);
      }),
    // fastify takes a hop count as a number at run time; its types only list the other forms.
    trustProxy: config.trustProxy as boolean,
    bodyLimit: JSON_BODY_LIMIT,
    genReqId: requestId,
    // pino-http logs each request once; fastify's own request logging stays off.
    logger: false,
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config), adapter, {
    bufferLogs: true,
    // Errors reach the caller (main.ts prints them and exits; tests see them) instead of exiting here.
    abortOnError: false,
  });
  app.useLogger(new QuietStartupLogger(app.get(Logger)));
  trackedLinks.handler = app.get(TrackedLinkHandler);
  app.setGlobalPrefix(API_PREFIX, {
    exclude: UNPREFIXED_PATHS.map((path) => ({ path, method: RequestMethod.ALL })),
  });

  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onRequest', (request, reply, done) => {
      void reply.header(REQUEST_ID_HEADER, request.id);
      runInRequestContext({ requestId: request.id }, done);
    });
  useJsonBodyParser(app);
  acceptUnsubscribeForms(app.getHttpAdapter().getInstance());
  // CSV uploads (the people import) arrive as raw bytes: decoding and checking them is the
  // importer's job, so that a bad encoding gets a clear message rather than garbled text.
  app
    .getHttpAdapter()
    .getInstance()
    .addContentTypeParser(
      ['text/csv', 'application/csv'],
      { parseAs: 'buffer', bodyLimit: CSV_BODY_LIMIT },
      (_request, body, done) => done(null, body),
    );
  await app.register(fastifyCookie);
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        // Mantine sets inline styles; scripts stay same-origin only.
        styleSrc: ["'self'", "'unsafe-inline'"],
        scriptSrc: ["'self'"],
        connectSrc: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
  });
  keepApiAnswersOutOfCaches(app.getHttpAdapter().getInstance());
  await setUpOpenApi(app);
  if (options.portalDir) await servePortal(app, options.portalDir);
  try {
    await app.init();
  } catch (error) {
    await app.close().catch(() => undefined);
    throw error;
  }
  return app;
}
