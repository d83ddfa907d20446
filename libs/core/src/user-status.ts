/**
 * `invited`: the account exists (invited or imported) but its owner has not set a password or
 * signed in through SSO yet. `deactivated`: signing in is refused and sessions are ended.
 */
export const USER_STATUSES = ['invited', 'active', 'deactivated'] as const;

export type UserStatus = (typeof USER_STATUSES)[number];

export function isUserStatus(value: unknown): value is UserStatus {
  return typeof value === 'string' && (USER_STATUSES as readonly string[]).includes(value);
}
