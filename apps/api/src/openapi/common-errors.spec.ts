import type { OpenAPIObject } from '@nestjs/swagger';
import { documentCommonErrors } from './common-errors';

const ERROR_JSON = { 'application/json': { schema: { $ref: '#/components/schemas/ErrorDto' } } };

function documentOf(paths: OpenAPIObject['paths']): OpenAPIObject {
  return { openapi: '3.0.0', info: { title: 'test', version: '1' }, paths };
}

describe('documentCommonErrors', () => {
  it('adds 400, 403 (CSRF), 413, 414 and 503 to a write with a path parameter and a body', () => {
    const document = documentCommonErrors(
      documentOf({
        '/api/things/{id}': {
          patch: {
            parameters: [{ name: 'id', in: 'path', required: true }],
            requestBody: { content: { 'application/json': {} } },
            responses: { '200': { description: 'Changed' } },
          },
        },
      }),
    );
    const responses = document.paths['/api/things/{id}'].patch!.responses;
    expect(Object.keys(responses)).toEqual(['200', '400', '403', '413', '414', '503']);
    expect(responses['413']).toEqual({
      description: expect.stringContaining('1 MB'),
      content: ERROR_JSON,
    });
  });

  it('adds only 503 (the database out of reach) to a read without input', () => {
    const document = documentCommonErrors(
      documentOf({ '/api/me': { get: { responses: { '200': { description: 'Me' } } } } }),
    );
    expect(Object.keys(document.paths['/api/me'].get!.responses)).toEqual(['200', '503']);
  });

  it("keeps a route's own wording of a status", () => {
    const document = documentCommonErrors(
      documentOf({
        '/api/login': {
          post: {
            requestBody: { content: { 'application/json': {} } },
            responses: { '403': { description: 'Account deactivated', content: ERROR_JSON } },
          },
        },
      }),
    );
    expect(document.paths['/api/login'].post!.responses['403']).toEqual({
      description: 'Account deactivated',
      content: ERROR_JSON,
    });
  });

  it('documents errors as JSON on a route that produces CSV', () => {
    const document = documentCommonErrors(
      documentOf({
        '/api/export.csv': {
          get: {
            responses: {
              '200': { description: 'The file', content: { 'text/csv': {} } },
              '401': { description: 'Not signed in', content: { 'text/csv': {} } },
            },
          },
        },
      }),
    );
    const responses = document.paths['/api/export.csv'].get!.responses;
    expect(responses['200']).toEqual({ description: 'The file', content: { 'text/csv': {} } });
    expect(responses['401']).toEqual({ description: 'Not signed in', content: ERROR_JSON });
    expect(responses['503']).toEqual({
      description: expect.stringContaining('Retry-After'),
      content: ERROR_JSON,
    });
  });
});
