import { CONTENT_CURATOR_ROLES } from './content-actions';
import { INPUT_LIMITS } from './input-limits';
import { hasAnyRole, type Role } from './roles';

/**
 * What Chorus knows of a page, for the person asking: `shareable` (a live item in their feed),
 * `known` (Chorus has it, but not for them now: not approved yet, not live, not meant for them,
 * or a suggestion in the curators' inbox) or `unknown`.
 */
export const PAGE_LOOKUP_STATES = ['shareable', 'known', 'unknown'] as const;
export type PageLookupState = (typeof PAGE_LOOKUP_STATES)[number];

/** Where an inbox suggestion came from: a person, or one of the feeds curators follow. */
export const SUGGESTION_ORIGINS = ['people', 'feeds'] as const;
export type SuggestionOrigin = (typeof SUGGESTION_ORIGINS)[number];

export function isSuggestionOrigin(value: unknown): value is SuggestionOrigin {
  return typeof value === 'string' && (SUGGESTION_ORIGINS as readonly string[]).includes(value);
}

/**
 * What became of a page a person suggested, as they see it: `waiting` in the curators' inbox,
 * `in_preparation` (the curators made it an item, not approved yet), `approved` (an item people
 * can share, once its publication time comes), or `declined` (the curators said why).
 */
export const MY_SUGGESTION_STATES = ['waiting', 'in_preparation', 'approved', 'declined'] as const;
export type MySuggestionState = (typeof MY_SUGGESTION_STATES)[number];

/** A person suggests at most this many pages in 24 hours: plenty for a keen reader, no flood. */
export const SUGGESTIONS_PER_DAY = 20;

/**
 * Who may suggest pages: curators and admins, and anyone in the advocacy programme. The API
 * enforces it; the portal offers "Suggest a page" on the same terms.
 */
export function maySuggestPages(roles: readonly Role[], enrolled: boolean): boolean {
  return enrolled || hasAnyRole(roles, CONTENT_CURATOR_ROLES);
}

/**
 * The title a suggestion shows in the inbox: the one given (a browser tab's title, typically),
 * on one line, without control characters and cut to the limit, else the page's host and path (`news.example.com/2026/story`).
 * `url` is a normalised http(s) address.
 */
export function suggestionTitle(url: string, given?: string | null): string {
  const title = (given ?? '')
    .replace(/\s+/g, ' ')
    .replace(/\p{Cc}/gu, '')
    .trim();
  if (title !== '') return cut(title, INPUT_LIMITS.suggestionTitle);
  const { host, pathname } = new URL(url);
  const path = pathname === '/' ? '' : pathname.replace(/\/$/, '');
  return cut(`${host}${safeDecode(path)}`, INPUT_LIMITS.suggestionTitle);
}

/** At most `max` characters, never splitting a surrogate pair; an ellipsis marks a cut. */
function cut(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

/** `/caf%C3%A9` reads as `/café`; an address that is not valid percent-encoding stays as it is. */
function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
