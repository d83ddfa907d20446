/**
 * An email address as Chorus stores and compares it: trimmed and lower-cased. Sign-in, invitations,
 * the people import, single sign-on and the portal's confirmations all read addresses this way.
 */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** The columns the people list can be sorted by, in the API's query and the portal's address. */
export const PEOPLE_SORTS = [
  'name',
  'email',
  'status',
  'department',
  'location',
  'createdAt',
  'lastSignInAt',
] as const;

export type PeopleSort = (typeof PEOPLE_SORTS)[number];

export function isPeopleSort(value: unknown): value is PeopleSort {
  return typeof value === 'string' && (PEOPLE_SORTS as readonly string[]).includes(value);
}
