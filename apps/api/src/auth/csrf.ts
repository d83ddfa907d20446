import { timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { AppConfig } from '../config/app-config';
import { DomainError } from '../common/domain-error';
import { XSRF_COOKIE, XSRF_HEADER } from './auth-cookies';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Refuses a cookie-authenticated write unless the X-XSRF-TOKEN header repeats the XSRF-TOKEN
 * cookie, and unless its Origin (when the browser sends one) is this site.
 */
export function verifyCsrf(request: FastifyRequest, config: AppConfig): void {
  if (SAFE_METHODS.has(request.method)) return;
  verifyOrigin(request, config);

  const cookie = request.cookies[XSRF_COOKIE];
  const header = request.headers[XSRF_HEADER];
  if (!cookie || typeof header !== 'string' || !equal(cookie, header)) {
    throw new DomainError(
      'csrf_rejected',
      'The X-XSRF-TOKEN header must repeat the XSRF-TOKEN cookie on every change; reload the page and try again.',
    );
  }
}

/**
 * Refuses a write that a browser says comes from another site: by its Origin header, or, when
 * it sends none, by Sec-Fetch-Site. Public writes (sign-in, invitations, password resets) have no
 * session to protect with a token, but must not be submittable from someone else's page.
 */
export function verifyOrigin(request: FastifyRequest, config: AppConfig): void {
  if (SAFE_METHODS.has(request.method)) return;
  const origin = request.headers.origin;
  const crossSite = origin
    ? !isSameSite(origin, request, config)
    : request.headers['sec-fetch-site'] === 'cross-site';
  if (crossSite) {
    throw new DomainError(
      'csrf_rejected',
      `Requests from ${origin ?? 'another site'} may not change anything here.`,
    );
  }
}

function isSameSite(origin: string, request: FastifyRequest, config: AppConfig): boolean {
  if (config.publicUrl) return origin === config.publicUrl.origin;
  try {
    return new URL(origin).host === request.headers.host;
  } catch {
    return false;
  }
}

function equal(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
