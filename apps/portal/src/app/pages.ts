import { hasAnyRole, type Role } from '@chorus/core';
import type { ComponentType } from 'react';
import { AccountPage } from '../features/account/AccountPage';
import { HomePage } from '../features/home/HomePage';
import { PeoplePage } from '../features/people/PeoplePage';

export type NavLabelKey = 'nav.home' | 'nav.account' | 'nav.people';

export interface PageDefinition {
  path: string;
  labelKey: NavLabelKey;
  /** Who may use the page: any signed-in user, or holders of at least one of these roles. */
  roles: readonly Role[] | 'any';
  Component: ComponentType;
}

/**
 * Every page of the signed-in portal, in navigation order. The navbar and the route guards
 * both read this list, so a page is shown exactly to those who may open it.
 */
export const PAGES: readonly PageDefinition[] = [
  { path: '/', labelKey: 'nav.home', roles: 'any', Component: HomePage },
  { path: '/account', labelKey: 'nav.account', roles: 'any', Component: AccountPage },
  { path: '/people', labelKey: 'nav.people', roles: ['admin'], Component: PeoplePage },
];

export function mayUse(page: Pick<PageDefinition, 'roles'>, held: readonly Role[]): boolean {
  return page.roles === 'any' || hasAnyRole(held, page.roles);
}

export function pagesFor(held: readonly Role[]): PageDefinition[] {
  return PAGES.filter((page) => mayUse(page, held));
}
