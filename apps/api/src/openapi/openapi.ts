import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { SESSION_COOKIE } from '../auth/auth-cookies';
import pluginMetadata from '../metadata';
import { documentCommonErrors } from './common-errors';
import { sendXsrfHeader } from './docs-xsrf';

let metadataLoaded: Promise<void> | undefined;

/**
 * Gives Swagger what the @nestjs/swagger plugin read from the DTOs' types, class-validator
 * decorators and comments (metadata.ts, written by `npm run generate`). Once per process, before
 * any document is built.
 */
export function loadOpenApiMetadata(): Promise<void> {
  metadataLoaded ??= SwaggerModule.loadPluginMetadata(pluginMetadata).then(() => undefined);
  return metadataLoaded;
}

/**
 * The OpenAPI document, generated from the controllers' decorators, the DTOs and the plugin's
 * metadata (load it first with loadOpenApiMetadata).
 */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Chorus API')
    .setDescription(
      'Employee advocacy: curated content, one-click sharing through tracked links, honest analytics. ' +
        'Sign in with POST /api/auth/login; writes need the X-XSRF-TOKEN header (the value of the XSRF-TOKEN cookie).',
    )
    .setVersion('1')
    .addCookieAuth(SESSION_COOKIE)
    .build();
  const document = SwaggerModule.createDocument(app, config, {
    operationIdFactory: (controllerKey, methodKey) =>
      `${controllerKey.replace(/Controller$/, '')}_${methodKey}`,
  });
  return documentCommonErrors(document);
}

/** Serves the document at /api/openapi.json and the Swagger UI at /api/docs. */
export async function setUpOpenApi(app: INestApplication): Promise<void> {
  await loadOpenApiMetadata();
  SwaggerModule.setup('api/docs', app, () => buildOpenApiDocument(app), {
    jsonDocumentUrl: 'api/openapi.json',
    yamlDocumentUrl: 'api/openapi.yaml',
    customSiteTitle: 'Chorus API',
    // "Try it out" on a write sends the XSRF header, as the portal does; the session cookie goes along.
    swaggerOptions: { requestInterceptor: sendXsrfHeader, withCredentials: true },
  });
}
