import { isRole, type Role, type UserStatus, isUserStatus, isPeopleSort } from '@chorus/core';
import type { PeopleSort, PeopleSortColumn } from './api/people-queries';

export const PEOPLE_PATH = '/people';

/** The people list's filters, order and page, as kept in the page's address. */
export interface PeopleFilters {
  search: string;
  role: Role | null;
  status: UserStatus | null;
  departmentId: string | null;
  locationId: string | null;
  /** Null is the server's order: by name, ascending. */
  sort: PeopleSort | null;
  page: number;
}

const isSortColumn = (value: unknown): value is PeopleSortColumn => isPeopleSort(value);

export function readPeopleFilters(params: URLSearchParams): PeopleFilters {
  const role = params.get('role');
  const status = params.get('status');
  const column = params.get('sort');
  const page = Number(params.get('page'));
  return {
    search: params.get('search') ?? '',
    role: isRole(role) ? role : null,
    status: isUserStatus(status) ? status : null,
    departmentId: params.get('departmentId') || null,
    locationId: params.get('locationId') || null,
    sort: isSortColumn(column)
      ? { column, order: params.get('order') === 'desc' ? 'desc' : 'asc' }
      : null,
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

/** The address's search params after a change; any change but the page starts at page 1. */
export function writePeopleFilters(
  params: URLSearchParams,
  change: Partial<PeopleFilters>,
): URLSearchParams {
  const next = new URLSearchParams(params);
  const merged = { ...readPeopleFilters(params), page: 1, ...change };
  const values: Record<string, string> = {
    search: merged.search.trim(),
    role: merged.role ?? '',
    status: merged.status ?? '',
    departmentId: merged.departmentId ?? '',
    locationId: merged.locationId ?? '',
    sort: merged.sort?.column ?? '',
    order: merged.sort?.order ?? '',
    page: merged.page > 1 ? String(merged.page) : '',
  };
  for (const [key, value] of Object.entries(values)) {
    if (value === '') next.delete(key);
    else next.set(key, value);
  }
  return next;
}

/**
 * Router state for a page opened from the people list (a person, the import), so that its
 * "Back to People" link returns to the list as it was: same filters, order and page.
 */
export interface FromPeopleState {
  peopleSearch: string;
}

export const fromPeople = (search: string): FromPeopleState => ({ peopleSearch: search });

/** The people list to go back to: as it was left, when the page was opened from it. */
export function peopleListPath(state: unknown): string {
  const search = (state as Partial<FromPeopleState> | null)?.peopleSearch;
  return typeof search === 'string' && search.startsWith('?')
    ? `${PEOPLE_PATH}${search}`
    : PEOPLE_PATH;
}
