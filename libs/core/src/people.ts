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
