/** A tracked link's code: base62, as in /r/{code}. */
const CODE = /^[A-Za-z0-9]{1,64}$/;
const TRACKED_PATH = /^\/r\/([A-Za-z0-9]{1,64})\/?$/;

/**
 * The code of a tracked link as a person pastes it: the whole link (with or without
 * `https://`, a query or a fragment) or the code alone. Null when it is neither.
 */
export function trackedCodeOf(input: string): string | null {
  const value = input.trim();
  if (CODE.test(value)) return value;
  const url = parseUrl(value) ?? parseUrl(`https://${value}`);
  return url ? (TRACKED_PATH.exec(url.pathname)?.[1] ?? null) : null;
}

function parseUrl(value: string): URL | null {
  try {
    return new URL(value);
  } catch {
    return null;
  }
}
