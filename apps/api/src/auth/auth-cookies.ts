import type { FastifyReply } from 'fastify';
import type { AppConfig } from '../config/app-config';

export const SESSION_COOKIE = 'chorus_session';
/**
 * Readable by the portal, which echoes it in the X-XSRF-TOKEN header (double-submit); its value
 * is bound to the session (see xsrfTokenFor).
 */
export const XSRF_COOKIE = 'XSRF-TOKEN';
export const XSRF_HEADER = 'x-xsrf-token';
/** Marks a browser that signed in to an account before (see device-token.ts). */
export const DEVICE_COOKIE = 'chorus_device';
/** Sent with sign-in attempts only. */
const DEVICE_COOKIE_PATH = '/api/auth/login';
const DEVICE_COOKIE_MAX_AGE_SECONDS = 365 * 24 * 60 * 60;

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

/** Remembers this browser for the account it just signed in to; kept across sign-outs. */
export function setDeviceCookie(reply: FastifyReply, config: AppConfig, token: string): void {
  void reply.setCookie(DEVICE_COOKIE, token, {
    path: DEVICE_COOKIE_PATH,
    sameSite: 'strict',
    secure: secure(config),
    httpOnly: true,
    maxAge: DEVICE_COOKIE_MAX_AGE_SECONDS,
  });
}
