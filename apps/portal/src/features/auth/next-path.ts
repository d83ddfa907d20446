export const SIGN_IN_PATH = '/sign-in';

/** Router state passed to the sign-in page. */
export interface SignInLocationState {
  /** Set when the visitor just signed out: stay on the sign-in page even if still cached. */
  signedOut?: boolean;
}

const PROBE_ORIGIN = 'https://chorus.invalid';

/**
 * Where to go after signing in: only a path on this site, never another origin
 * (`//evil.example`, `https://…`, `/\evil.example`), never the sign-in page itself.
 */
export function safeNextPath(value: string | null | undefined): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.includes('\\')) {
    return '/';
  }
  for (const character of value) {
    const code = character.charCodeAt(0);
    if (code < 0x20 || code === 0x7f) return '/';
  }
  let url: URL;
  try {
    url = new URL(value, PROBE_ORIGIN);
  } catch {
    return '/';
  }
  if (url.origin !== PROBE_ORIGIN || url.pathname === SIGN_IN_PATH) return '/';
  return `${url.pathname}${url.search}${url.hash}`;
}

/** The sign-in address that brings the visitor back to `path` afterwards. */
export function signInPathFor(path: string): string {
  const next = safeNextPath(path);
  return next === '/' ? SIGN_IN_PATH : `${SIGN_IN_PATH}?next=${encodeURIComponent(next)}`;
}
