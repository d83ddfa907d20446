import { NestFactory } from '@nestjs/core';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import type { OpenAPIObject } from '@nestjs/swagger';
import { API_PREFIX } from '../app.factory';
import { AppModule } from '../app.module';
import { loadConfig } from '../config/app-config';
import { buildOpenApiDocument, loadOpenApiMetadata } from './openapi';

/**
 * The OpenAPI document without a database: Nest's preview mode reads the controllers'
 * metadata without instantiating any provider. Used by `npm run generate`.
 */
export async function exportOpenApiDocument(): Promise<OpenAPIObject> {
  await loadOpenApiMetadata();
  const config = loadConfig({
    DATABASE_URL: 'postgres://preview@127.0.0.1:5432/preview',
    CHORUS_SESSION_SECRET: 'preview-mode-secret-that-signs-nothing',
    LOG_LEVEL: 'silent',
  });
  const app = await NestFactory.create(AppModule.forRoot(config), new FastifyAdapter(), {
    preview: true,
    logger: false,
    abortOnError: false,
  });
  app.setGlobalPrefix(API_PREFIX);
  try {
    return buildOpenApiDocument(app);
  } finally {
    await app.close();
  }
}
