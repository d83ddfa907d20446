import type { FastifyReply } from 'fastify';
import type { AppConfig } from '../config/app-config';

export const SESSION_COOKIE = 'chorus_session';
/**
 * Readable by the portal, which echoes it in the X-XSRF-TOKEN header (double-submit); its value
 * is bound to the session (see xsrfTokenFor).
 */
export const XSRF_COOKIE = 'XSRF-TOKEN';
export const XSRF_HEADER = 'x-xsrf-token';

function secure(config: AppConfig): boolean {
  return config.publicUrl?.protocol === 'https:';
}

export function setAuthCookies(
  reply: FastifyReply,
  config: AppConfig,
  cookies: { token: string; xsrfToken: string },
): void {
  const maxAge = Math.floor(config.sessionIdleMs / 1000);
  const common = { path: '/', sameSite: 'lax', secure: secure(config), maxAge } as const;
  void reply.setCookie(SESSION_COOKIE, cookies.token, { ...common, httpOnly: true });
  void reply.setCookie(XSRF_COOKIE, cookies.xsrfToken, { ...common, httpOnly: false });
}

export function clearAuthCookies(reply: FastifyReply, config: AppConfig): void {
  const common = { path: '/', sameSite: 'lax', secure: secure(config) } as const;
  void reply.clearCookie(SESSION_COOKIE, { ...common, httpOnly: true });
  void reply.clearCookie(XSRF_COOKIE, common);
}
