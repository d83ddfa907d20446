/**
 * Why a single sign-on did not sign anyone in. The API sends the browser back to the sign-in
 * page with one of these (`?sso_error=`); the portal explains it in the person's language.
 */
export const SSO_ERROR_REASONS = [
  'deactivated',
  'no_email',
  'email_unverified',
  'already_linked',
  'expired',
  'provider_refused',
  'provider_failed',
] as const;

export type SsoErrorReason = (typeof SSO_ERROR_REASONS)[number];

export function isSsoErrorReason(value: unknown): value is SsoErrorReason {
  return typeof value === 'string' && (SSO_ERROR_REASONS as readonly string[]).includes(value);
}
