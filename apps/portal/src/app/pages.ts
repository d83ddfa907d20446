import { hasAnyRole, type Role } from '@chorus/core';
import type { ComponentType } from 'react';
import { AccountPage } from '../features/account/AccountPage';
import { HomePage } from '../features/home/HomePage';
import { AuditPage } from '../features/audit/AuditPage';
import { CampaignsPage } from '../features/campaigns/CampaignsPage';
import { ContentQueuePage } from '../features/content/ContentQueuePage';
import { ContentItemPage } from '../features/content-item/ContentItemPage';
import { GroupsPage } from '../features/groups/GroupsPage';
import { OutboxPage } from '../features/outbox/OutboxPage';
import { PeopleImportPage } from '../features/people-import/PeopleImportPage';
import { PeoplePage } from '../features/people/PeoplePage';
import { PersonPage } from '../features/person/PersonPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { SourcesPage } from '../features/sources/SourcesPage';
import { TopicsPage } from '../features/topics/TopicsPage';

export type NavLabelKey =
  | 'nav.home'
  | 'nav.account'
  | 'nav.people'
  | 'nav.importPeople'
  | 'nav.person'
  | 'nav.groups'
  | 'nav.content'
  | 'nav.contentItem'
  | 'nav.sources'
  | 'nav.topics'
  | 'nav.campaigns'
  | 'nav.audit'
  | 'nav.outbox'
  | 'nav.settings';

export interface PageDefinition {
  path: string;
  labelKey: NavLabelKey;
  /** Who may use the page: any signed-in user, or holders of at least one of these roles. */
  roles: readonly Role[] | 'any';
  Component: ComponentType;
  /** False for pages reached from another page (a person, the import), not from the navbar. */
  nav?: boolean;
}

/** Content is curated by curators, and by admins. */
const CURATORS: readonly Role[] = ['curator', 'admin'];

/**
 * Every page of the signed-in portal, in navigation order. The navbar and the route guards
 * both read this list, so a page is shown exactly to those who may open it.
 */
export const PAGES: readonly PageDefinition[] = [
  { path: '/', labelKey: 'nav.home', roles: 'any', Component: HomePage },
  { path: '/account', labelKey: 'nav.account', roles: 'any', Component: AccountPage },
  { path: '/people', labelKey: 'nav.people', roles: ['admin'], Component: PeoplePage },
  {
    path: '/people/import',
    labelKey: 'nav.importPeople',
    roles: ['admin'],
    Component: PeopleImportPage,
    nav: false,
  },
  {
    path: '/people/:id',
    labelKey: 'nav.person',
    roles: ['admin'],
    Component: PersonPage,
    nav: false,
  },
  { path: '/groups', labelKey: 'nav.groups', roles: ['admin'], Component: GroupsPage },
  { path: '/content', labelKey: 'nav.content', roles: CURATORS, Component: ContentQueuePage },
  {
    path: '/content/:id',
    labelKey: 'nav.contentItem',
    roles: CURATORS,
    Component: ContentItemPage,
    nav: false,
  },
  { path: '/sources', labelKey: 'nav.sources', roles: CURATORS, Component: SourcesPage },
  { path: '/topics', labelKey: 'nav.topics', roles: CURATORS, Component: TopicsPage },
  { path: '/campaigns', labelKey: 'nav.campaigns', roles: CURATORS, Component: CampaignsPage },
  { path: '/audit', labelKey: 'nav.audit', roles: ['admin'], Component: AuditPage },
  { path: '/outbox', labelKey: 'nav.outbox', roles: ['admin'], Component: OutboxPage },
  { path: '/settings', labelKey: 'nav.settings', roles: ['admin'], Component: SettingsPage },
];

export function mayUse(page: Pick<PageDefinition, 'roles'>, held: readonly Role[]): boolean {
  return page.roles === 'any' || hasAnyRole(held, page.roles);
}

/** The pages the navigation offers to a holder of these roles, in order. */
export function pagesFor(held: readonly Role[]): PageDefinition[] {
  return PAGES.filter((page) => page.nav !== false && mayUse(page, held));
}
