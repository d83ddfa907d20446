export const SSO_START_PATH = '/api/auth/sso/start';

/** The API address that starts single sign-on and comes back to `next` (a safe path) after. */
export function ssoStartUrl(next: string): string {
  return `${SSO_START_PATH}?${new URLSearchParams({ returnTo: next }).toString()}`;
}
