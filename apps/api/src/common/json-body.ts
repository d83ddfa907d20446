/**
 * Checks on JSON request bodies that must happen before anything walks them recursively:
 * JSON.parse, class-transformer and class-validator all recurse once per level of nesting, so
 * a body of a few thousand nested arrays exhausts the stack (and holds the event loop for
 * seconds) long before any DTO refuses it.
 */

/** Every body Chorus takes is one object of named fields (a DTO); this says so when it is not. */
export const NOT_AN_OBJECT_MESSAGE =
  'The request body must be a JSON object holding the fields this route takes.';

/** No Chorus request goes deeper than a few levels; this leaves room without inviting abuse. */
export const MAX_JSON_DEPTH = 32;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;

/**
 * Whether arrays and objects in the UTF-8 JSON `bytes` nest deeper than `limit`, found in one
 * pass (brackets inside strings do not count) that stops at the first level too deep. It reads
 * bytes, not decoded text: the characters it looks for are ASCII, which never occur inside a
 * multi-byte UTF-8 sequence, and a refused body is never decoded. Malformed JSON is left for
 * JSON.parse to refuse.
 */
export function nestsDeeperThan(bytes: Uint8Array, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < bytes.length; index += 1) {
    const char = bytes[index];
    if (inString) {
      if (char === BACKSLASH) index += 1;
      else if (char === QUOTE) inString = false;
    } else if (char === QUOTE) {
      inString = true;
    } else if (char === OPEN_ARRAY || char === OPEN_OBJECT) {
      depth += 1;
      if (depth > limit) return true;
    } else if (char === CLOSE_ARRAY || char === CLOSE_OBJECT) {
      depth -= 1;
    }
  }
  return false;
}

/** A UTF-16 surrogate without its partner: JSON allows it as an escape, Unicode text cannot hold it. */
const LONE_SURROGATE = /\p{Surrogate}/u;

/**
 * The path (`email`, `variants[2].text`) of the first key or string in a parsed body that holds
 * a lone surrogate, or undefined when all text is well-formed. Recursion is bounded by the
 * depth check that runs before parsing.
 */
export function findLoneSurrogate(value: unknown, path = ''): string | undefined {
  if (typeof value === 'string') return LONE_SURROGATE.test(value) ? path || '(body)' : undefined;
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index += 1) {
      const found = findLoneSurrogate(value[index], `${path}[${index}]`);
      if (found) return found;
    }
    return undefined;
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const keyPath = path ? `${path}.${key}` : key;
      if (LONE_SURROGATE.test(key)) return keyPath;
      const found = findLoneSurrogate(item, keyPath);
      if (found) return found;
    }
  }
  return undefined;
}
