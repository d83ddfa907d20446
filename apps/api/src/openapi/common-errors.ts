import type { OpenAPIObject } from '@nestjs/swagger';

type OperationObject = NonNullable<OpenAPIObject['paths'][string]['get']>;

const ERROR_CONTENT = {
  'application/json': { schema: { $ref: '#/components/schemas/ErrorDto' } },
};

const WRITE_METHODS = new Set(['post', 'put', 'patch', 'delete']);

/**
 * Errors that come from the application as a whole rather than from one route, so every route
 * they can reach documents them the same way, worded once:
 * - 400 wherever there is input: the global validation pipe checks every parameter and body,
 *   and the body parser refuses malformed JSON, excessive nesting and invalid Unicode;
 * - 413 wherever there is a body (the body limit);
 * - 414 wherever there is a path parameter: the router refuses one over 100 characters;
 * - 403 on every write: the CSRF check refuses a write without the XSRF token, or from another
 *   site, whoever may call the route.
 * - 503 everywhere: while the database cannot be reached, every route says so, with Retry-After.
 * A route's own description of one of these statuses (e.g. "The stage before is not passed
 * yet") is kept.
 */
const COMMON_ERRORS: {
  status: string;
  description: string;
  applies: (method: string, operation: OperationObject) => boolean;
}[] = [
  {
    status: '400',
    description:
      'The request is malformed: a parameter or field is invalid (the message names it), or the body is not valid JSON, nests too deep or holds invalid Unicode',
    applies: (_method, operation) =>
      (operation.parameters?.length ?? 0) > 0 || operation.requestBody !== undefined,
  },
  {
    status: '403',
    description:
      'The X-XSRF-TOKEN header is missing or does not match the XSRF-TOKEN cookie, or the request came from another site',
    applies: (method) => WRITE_METHODS.has(method),
  },
  {
    status: '414',
    description: 'A path parameter is longer than any valid value (over 100 characters)',
    applies: (_method, operation) =>
      (operation.parameters ?? []).some(
        (parameter) => 'in' in parameter && parameter.in === 'path',
      ),
  },
  {
    status: '503',
    description:
      'Chorus cannot reach its database just now; the Retry-After header says when to try again',
    applies: () => true,
  },
  {
    status: '413',
    description: 'The request body is larger than the limit (1 MB; 10 MB for CSV files)',
    applies: (_method, operation) => operation.requestBody !== undefined,
  },
];

/**
 * Adds the application-wide errors to every operation they apply to, and makes every error
 * response say what Chorus sends: a JSON ErrorDto, also on routes that produce CSV.
 */
export function documentCommonErrors(document: OpenAPIObject): OpenAPIObject {
  for (const item of Object.values(document.paths)) {
    for (const [method, operation] of Object.entries(item) as [string, OperationObject][]) {
      if (!WRITE_METHODS.has(method) && method !== 'get') continue;
      for (const error of COMMON_ERRORS) {
        if (!error.applies(method, operation) || operation.responses[error.status]) continue;
        operation.responses[error.status] = {
          description: error.description,
          content: ERROR_CONTENT,
        };
      }
      for (const [status, response] of Object.entries(operation.responses)) {
        if (Number(status) >= 400 && response && 'description' in response)
          response.content = ERROR_CONTENT;
      }
      operation.responses = sortedByStatus(operation.responses);
    }
  }
  return document;
}

function sortedByStatus<T>(responses: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(responses).sort(([a], [b]) => a.localeCompare(b)));
}
