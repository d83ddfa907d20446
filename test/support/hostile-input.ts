/**
 * Hostile and malformed input generated from an OpenAPI document: for each operation, requests
 * that spoil one parameter or one body field at a time (wrong types, null, huge and negative
 * numbers, deep nesting, lone surrogates, 1 MB strings, malformed ids), the rest plausible.
 * Deterministic: a seeded generator picks the variants.
 */

export interface OpenApiSchema {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  items?: OpenApiSchema;
  properties?: Record<string, OpenApiSchema>;
  required?: string[];
  allOf?: OpenApiSchema[];
  minimum?: number;
  minItems?: number;
}

export interface OpenApiParameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  schema?: OpenApiSchema;
}

export interface OpenApiOperation {
  parameters?: OpenApiParameter[];
  requestBody?: { content: Record<string, { schema?: OpenApiSchema }> };
  responses: Record<string, unknown>;
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, OpenApiOperation>>;
  components: { schemas: Record<string, OpenApiSchema> };
}

/** One request to send: a path with its parameters filled in, and maybe a body. */
export interface HostileRequest {
  /** What was spoiled, for the failure message. */
  spoiled: string;
  url: string;
  contentType?: string;
  body?: string | Buffer;
}

export const SOME_ID = '00000000-0000-4000-8000-000000000000';
const MEGABYTE = 1_048_576;

/** `depth` arrays nested in one another: deeper than the API accepts. */
const nested = (depth: number): unknown => {
  let value: unknown = 'x';
  for (let level = 0; level < depth; level += 1) value = [value];
  return value;
};

/** Values for a JSON field of any type. */
const HOSTILE_VALUES: [string, unknown][] = [
  ['null', null],
  ['-1', -1],
  ['0', 0],
  ['1.5', 1.5],
  ['1e308', 1e308],
  ['-1e308', -1e308],
  ['2^53 + 1', 2 ** 53 + 1],
  ['true', true],
  ['an empty string', ''],
  ['a number as text', '12'],
  ['an object', { a: 1 }],
  ['an empty list', []],
  ['a list of nulls', [null, null]],
  ['a malformed id', 'not-a-uuid'],
  ['a lone surrogate', '\ud800x'],
  ['a lone surrogate in a list', ['\udc00']],
  ['64 nested lists', nested(64)],
  ['a 100 KB string', 'x'.repeat(100_000)],
  ['a 1 MB string', 'x'.repeat(MEGABYTE)],
  ['NUL', 'a\u0000b'],
];

/** Raw (already URL-encoded) values for path and query parameters. */
const HOSTILE_PARAMETERS: [string, string][] = [
  ['a malformed id', 'not-a-uuid'],
  ['-1', '-1'],
  ['0', '0'],
  ['1e308', '1e308'],
  ['1e20', '1e20'],
  ['2^64', '18446744073709551616'],
  ['1.5', '1.5'],
  ['null', 'null'],
  ['an empty value', ''],
  ['a lone surrogate (bad UTF-8)', '%ED%A0%80'],
  ['truncated percent-encoding', '%E0%A4%A'],
  ['NUL', '%00'],
  ['a path', '..%2F..%2Fetc%2Fpasswd'],
  ['brackets', '%5B%5B%5B%5D%5D%5D'],
  ['a 5,000-character value', 'x'.repeat(5_000)],
];

/** Whole bodies that are not what any route takes. */
const HOSTILE_BODIES: [string, string][] = [
  ['a body of null', 'null'],
  ['a list for a body', '[]'],
  ['a string for a body', '"text"'],
  ['malformed JSON', '{"a": '],
  ['500,000 nested lists', `{"a":${'['.repeat(500_000)}${']'.repeat(500_000)}}`],
  ['a prototype-poisoning body', '{"__proto__":{"admin":true}}'],
];

const CSV_BODIES: [string, string | Buffer][] = [
  ['an empty file', ''],
  ['bytes that are not UTF-8', Buffer.from([0xff, 0xfe, 0xed, 0xa0, 0x80, 0x0a])],
  ['a NUL byte', 'email,name\na\u0000b@chorus.test,A\n'],
  ['one 1 MB line', `email,name\n${'x'.repeat(MEGABYTE - 20)}\n`],
];

/** The id of a record that exists, for a path parameter of a route, when the test made one. */
export type KnownIds = (route: string, parameter: string) => string | undefined;

export class HostileInput {
  constructor(
    private readonly document: OpenApiDocument,
    private readonly random: () => number,
    private readonly knownIds: KnownIds = () => undefined,
  ) {}

  private resolve(schema: OpenApiSchema | undefined, depth = 0): OpenApiSchema {
    if (!schema || depth > 10) return {};
    if (schema.$ref) {
      const name = schema.$ref.replace('#/components/schemas/', '');
      return this.resolve(this.document.components.schemas[name], depth + 1);
    }
    if (schema.allOf) {
      return Object.assign({}, ...schema.allOf.map((part) => this.resolve(part, depth + 1)), {
        ...schema,
        allOf: undefined,
      });
    }
    return schema;
  }

  /** A value the schema roughly accepts, so that one spoiled field is what gets refused. */
  plausible(raw: OpenApiSchema | undefined, depth = 0): unknown {
    const schema = this.resolve(raw);
    if (schema.enum?.length) return schema.enum[0];
    switch (schema.type) {
      case 'integer':
      case 'number':
        return schema.minimum ?? 1;
      case 'boolean':
        return true;
      case 'array':
        return schema.minItems ? [this.plausible(schema.items, depth + 1)] : [];
      case 'object':
      case undefined:
        if (!schema.properties || depth > 4) return {};
        return Object.fromEntries(
          Object.entries(schema.properties).map(([name, property]) => [
            name,
            this.plausible(property, depth + 1),
          ]),
        );
      default:
        return (
          {
            uuid: SOME_ID,
            email: 'someone@chorus.test',
            'date-time': '2026-01-01T00:00:00.000Z',
            date: '2026-01-01',
          }[schema.format ?? ''] ?? 'text'
        );
    }
  }

  private plausibleParameter(route: string, parameter: OpenApiParameter): string {
    const value = this.knownIds(route, parameter.name) ?? this.plausible(parameter.schema);
    return encodeURIComponent(String(value));
  }

  private pick<T>(items: T[], count: number): T[] {
    const pool = [...items];
    const picked: T[] = [];
    while (picked.length < count && pool.length > 0) {
      picked.push(pool.splice(Math.floor(this.random() * pool.length), 1)[0]);
    }
    return picked;
  }

  private url(
    path: string,
    operation: OpenApiOperation,
    spoilt?: { name: string; raw: string; duplicate?: boolean },
  ): string {
    const parameters = operation.parameters ?? [];
    let url = path;
    for (const parameter of parameters.filter((p) => p.in === 'path')) {
      const value =
        spoilt?.name === parameter.name ? spoilt.raw : this.plausibleParameter(path, parameter);
      url = url.replace(`{${parameter.name}}`, value);
    }
    const query = parameters
      .filter((p) => p.in === 'query' && spoilt?.name === p.name)
      .map((p) => `${p.name}=${spoilt!.raw}${spoilt!.duplicate ? `&${p.name}=1` : ''}`);
    return query.length ? `${url}?${query.join('&')}` : url;
  }

  /** At most `limit` hostile requests for one operation, the same ones on every run. */
  requests(path: string, operation: OpenApiOperation, limit: number): HostileRequest[] {
    const parameters = (operation.parameters ?? []).filter(
      (p) => p.in === 'path' || p.in === 'query',
    );
    const jsonSchema = operation.requestBody?.content['application/json']?.schema;
    const csv = operation.requestBody?.content['text/csv'] !== undefined;
    const base = jsonSchema ? this.plausible(jsonSchema) : undefined;
    const withBody = (request: Omit<HostileRequest, 'body' | 'contentType'>): HostileRequest =>
      jsonSchema
        ? { ...request, contentType: 'application/json', body: JSON.stringify(base) }
        : request;

    const candidates: HostileRequest[] = [];
    for (const parameter of parameters) {
      // An empty path parameter is another path (another route, or none), not bad input.
      const hostile = HOSTILE_PARAMETERS.filter(
        ([, raw]) => raw !== '' || parameter.in === 'query',
      );
      for (const [label, raw] of this.pick(hostile, 3)) {
        candidates.push(
          withBody({
            spoiled: `${parameter.in} ${parameter.name} = ${label}`,
            url: this.url(path, operation, { name: parameter.name, raw }),
          }),
        );
      }
      if (parameter.in === 'query') {
        candidates.push(
          withBody({
            spoiled: `query ${parameter.name} twice`,
            url: this.url(path, operation, { name: parameter.name, raw: 'x', duplicate: true }),
          }),
          withBody({
            spoiled: `query ${parameter.name}[a][b]`,
            url: `${this.url(path, operation)}?${parameter.name}%5Ba%5D%5Bb%5D=1`,
          }),
        );
      }
    }
    const url = this.url(path, operation);
    if (jsonSchema) {
      const fields = Object.keys((base as Record<string, unknown> | undefined) ?? {});
      for (const field of fields) {
        for (const [label, value] of [
          HOSTILE_VALUES[0],
          ...this.pick(HOSTILE_VALUES.slice(1), 2),
        ]) {
          candidates.push({
            spoiled: `body ${field} = ${label}`,
            url,
            contentType: 'application/json',
            body: JSON.stringify({ ...(base as object), [field]: value }),
          });
        }
      }
      candidates.push({
        spoiled: 'an unknown field',
        url,
        contentType: 'application/json',
        body: JSON.stringify({ ...(base as object), notAField: 1 }),
      });
      for (const [label, body] of HOSTILE_BODIES) {
        candidates.push({ spoiled: label, url, contentType: 'application/json', body });
      }
    }
    if (csv) {
      for (const [label, body] of CSV_BODIES) {
        candidates.push({ spoiled: label, url, contentType: 'text/csv', body });
      }
      candidates.push({
        spoiled: 'JSON instead of CSV',
        url,
        contentType: 'application/json',
        body: '{"email":"someone@chorus.test"}',
      });
    }
    if (operation.requestBody) {
      candidates.push({
        spoiled: 'a body of text/plain',
        url,
        contentType: 'text/plain',
        body: 'hello',
      });
    }
    // Always the plain request first: it tells whether a caller may call the route at all.
    return [{ ...withBody({ spoiled: 'nothing', url }) }, ...this.pick(candidates, limit - 1)];
  }
}
