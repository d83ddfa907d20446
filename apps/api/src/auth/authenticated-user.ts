import type { Role } from '@chorus/core';

/** What every authenticated request knows about its caller. */
export interface AuthenticatedUser {
  id: string;
  /** How the audit log names the caller. */
  email: string;
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

/** The caller as the audit log records them. */
export function auditActor(user: AuthenticatedUser): { id: string; label: string } {
  return { id: user.id, label: user.email };
}
