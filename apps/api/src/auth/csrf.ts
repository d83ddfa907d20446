import { createHmac } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { AppConfig } from '../config/app-config';
import { sameSecret } from '../common/constant-time';
import { DomainError } from '../common/domain-error';
import { XSRF_HEADER } from './auth-cookies';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The XSRF token of one session: a keyed hash of the session id, so a token read from one
 * session (or made up) fails on every other, and it changes at every sign-in and sign-out
 * with the session itself. The portal reads it from the XSRF-TOKEN cookie and echoes it in the
 * X-XSRF-TOKEN header (double-submit); the server checks the header against the session.
 */
export function xsrfTokenFor(sessionId: string, config: AppConfig): string {
  return createHmac('sha256', config.sessionSecret)
    .update(`xsrf:${sessionId}`)
    .digest()
    .subarray(0, 24)
    .toString('base64url');
}

/**
 * Refuses a cookie-authenticated write unless the X-XSRF-TOKEN header carries the token of the
 * caller's session, and unless its Origin (when the browser sends one) is this site.
 */
export function verifyCsrf(
  request: FastifyRequest & { user: { sessionId: string } },
  config: AppConfig,
): void {
  if (SAFE_METHODS.has(request.method)) return;
  verifyOrigin(request, config);

  const header = request.headers[XSRF_HEADER];
  const expected = xsrfTokenFor(request.user.sessionId, config);
  if (typeof header !== 'string' || !sameSecret(header, expected)) {
    throw new DomainError('csrf_rejected', 'errors:auth.csrfToken');
  }
}

/**
 * Guards a write that needs no session (sign-in, invitations, password resets): there is no
 * token to check, so it must come from this site and be JSON. A page elsewhere can post a form
 * or plain text without asking, but not JSON, which the browser sends cross-site only after a
 * preflight that Chorus never grants.
 */
export function verifyPublicWrite(request: FastifyRequest, config: AppConfig): void {
  if (SAFE_METHODS.has(request.method)) return;
  verifyOrigin(request, config);
  if (mediaType(request.headers['content-type']) !== 'application/json') {
    throw new DomainError('unsupported_media_type', 'errors:http.sendJson');
  }
}

/**
 * Refuses a write that a browser says comes from another site: by its Origin header (scheme,
 * host and port must all match), or, when it sends none, by Sec-Fetch-Site.
 */
export function verifyOrigin(request: FastifyRequest, config: AppConfig): void {
  if (SAFE_METHODS.has(request.method)) return;
  const origin = request.headers.origin;
  const crossSite = origin
    ? origin !== siteOrigin(request, config)
    : request.headers['sec-fetch-site'] === 'cross-site';
  if (crossSite) {
    throw origin
      ? new DomainError('csrf_rejected', 'errors:auth.csrfOrigin', { origin })
      : new DomainError('csrf_rejected', 'errors:auth.csrfUnknownOrigin');
  }
}

/**
 * This site's origin: CHORUS_PUBLIC_URL's when set (behind a proxy), otherwise the scheme and
 * host the request came in on (the scheme from X-Forwarded-Proto only when proxies are trusted).
 */
function siteOrigin(request: FastifyRequest, config: AppConfig): string | undefined {
  if (config.publicUrl) return config.publicUrl.origin;
  try {
    return new URL(`${request.protocol}://${request.headers.host}`).origin;
  } catch {
    return undefined;
  }
}

function mediaType(contentType: string | undefined): string {
  return (contentType ?? '').split(';')[0].trim().toLowerCase();
}
