import type { Role } from '@chorus/core';

/** What every authenticated request knows about its caller. */
export interface AuthenticatedUser {
  id: string;
  roles: Role[];
  sessionId: string;
  /** When the token in the cookie stops being accepted; the guard renews it before that. */
  tokenExpiresAt: Date;
}

export interface SessionTokenPayload {
  sub: string;
  sid: string;
  iat?: number;
  exp?: number;
}
