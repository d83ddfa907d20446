import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { SESSION_COOKIE } from './auth-cookies';
import type { SessionTokenPayload } from './authenticated-user';
import { sessionKey } from './session-key';

/**
 * Whose browser a request comes from, as its session cookie says, from the token's signature
 * alone: no database is asked, and an expired token still names its holder (the browser keeps
 * the cookie for the whole idle period, while the token in it is renewed every 15 minutes of
 * use). This authorises nothing: a token of a session that was ended elsewhere still names whoever
 * held it. The redirect (/r/{code}) uses it to tell a sharer's visit to their own link.
 */
@Injectable()
export class SessionHolders {
  private readonly tokens: JwtService;

  constructor(@Inject(APP_CONFIG) config: Pick<AppConfig, 'sessionSecret'>) {
    this.tokens = new JwtService({
      // A key object: see session-key.ts. @nestjs/jwt's types only list strings and buffers.
      secret: sessionKey(config as AppConfig) as unknown as Buffer,
      verifyOptions: { algorithms: ['HS256'], ignoreExpiration: true },
    });
  }

  /** The user id the session cookie in this Cookie header names, or null (none, or not ours). */
  holderOf(cookieHeader: string | undefined): string | null {
    const token = cookieHeader === undefined ? null : cookieValue(cookieHeader, SESSION_COOKIE);
    if (!token) return null;
    try {
      const payload = this.tokens.verify<SessionTokenPayload>(token);
      return typeof payload.sub === 'string' && typeof payload.sid === 'string'
        ? payload.sub
        : null;
    } catch {
      return null;
    }
  }
}

/**
 * The value of the first cookie called `name` in a Cookie header (RFC 6265 section 5.4: pairs
 * separated by "; "), unquoted and percent-decoded as the cookie plugin reads it; null when absent.
 */
export function cookieValue(header: string, name: string): string | null {
  for (let start = 0; start < header.length;) {
    const end = header.indexOf(';', start);
    const pair = header.slice(start, end === -1 ? undefined : end);
    const equals = pair.indexOf('=');
    if (equals !== -1 && pair.slice(0, equals).trim() === name) {
      let value = pair.slice(equals + 1).trim();
      if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) {
        value = value.slice(1, -1);
      }
      if (!value.includes('%')) return value;
      try {
        return decodeURIComponent(value);
      } catch {
        return value;
      }
    }
    if (end === -1) break;
    start = end + 1;
  }
  return null;
}
