/** What Swagger UI hands its request interceptor: the request it is about to send. */
export interface SwaggerRequest {
  method?: string;
  headers: Record<string, string>;
}

/**
 * Swagger UI's request interceptor on /api/docs: "Try it out" on a write sends the X-XSRF-TOKEN
 * header from the XSRF-TOKEN cookie, as the portal does, so the documented writes can be tried.
 * Swagger UI runs this function in the browser from its source text, so it names the cookie and
 * the header literally (docs-xsrf.spec.ts checks them against auth-cookies.ts) and uses nothing
 * from around it.
 */
export function sendXsrfHeader(request: SwaggerRequest): SwaggerRequest {
  if (!/^(GET|HEAD|OPTIONS)$/i.test(request.method ?? 'GET')) {
    const { cookie } = (globalThis as unknown as { document: { cookie: string } }).document;
    const token = /(?:^|;\s*)XSRF-TOKEN=([^;]*)/.exec(cookie)?.[1];
    if (token) request.headers['X-XSRF-TOKEN'] = decodeURIComponent(token);
  }
  return request;
}
