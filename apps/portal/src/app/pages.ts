import { hasAnyRole, type Role } from '@chorus/core';
import { lazy, type ComponentType } from 'react';
import { matchPath } from 'react-router';
import { ANALYTICS_PATH, CONTENT_PERFORMANCE_PATH } from '../features/analytics/analytics-filters';
import { ANALYTICS_ROLES } from '../features/analytics/analytics-roles';
import { SHARE_LINK_PATH } from '../features/feed/share-link';
import { SHARE_PAGE_PATH, SUGGEST_PATH } from '../features/suggestions/api/suggestion-paths';

/**
 * Each page's code is its own chunk, loaded when the page is first opened: an employee does not
 * download the admin pages, nor anyone the charts of the analytics pages. `AppLayout` shows a
 * loader meanwhile.
 */
function lazyPage<Name extends string>(
  load: () => Promise<Record<Name, ComponentType>>,
  name: Name,
): ComponentType {
  return lazy(async () => {
    const page: ComponentType = (await load())[name];
    return { default: page };
  });
}

const AccountPage = lazyPage(() => import('../features/profile/AccountPage'), 'AccountPage');
const ActivityPage = lazyPage(() => import('../features/activity/ActivityPage'), 'ActivityPage');
const LeaderboardsPage = lazyPage(
  () => import('../features/leaderboards/LeaderboardsPage'),
  'LeaderboardsPage',
);
const PointsPage = lazyPage(() => import('../features/points/PointsPage'), 'PointsPage');
const HomePage = lazyPage(() => import('../features/home/HomePage'), 'HomePage');
const ShareLinkPage = lazyPage(() => import('../features/feed/ShareLinkPage'), 'ShareLinkPage');
const SharePagePage = lazyPage(
  () => import('../features/suggestions/SharePagePage'),
  'SharePagePage',
);
const SuggestPage = lazyPage(() => import('../features/suggestions/SuggestPage'), 'SuggestPage');
const AdvocacyPage = lazyPage(() => import('../features/advocacy/AdvocacyPage'), 'AdvocacyPage');
const CompliancePage = lazyPage(
  () => import('../features/policy/compliance/CompliancePage'),
  'CompliancePage',
);
const EscalationPage = lazyPage(
  () => import('../features/escalations/EscalationPage'),
  'EscalationPage',
);
const EscalationsInboxPage = lazyPage(
  () => import('../features/escalations/EscalationsInboxPage'),
  'EscalationsInboxPage',
);
const PolicyAdminPage = lazyPage(
  () => import('../features/policy/admin/PolicyAdminPage'),
  'PolicyAdminPage',
);
const PolicyPage = lazyPage(() => import('../features/policy/PolicyPage'), 'PolicyPage');
const PostCheckPage = lazyPage(
  () => import('../features/guardrails/post-check/PostCheckPage'),
  'PostCheckPage',
);
const ReportsPage = lazyPage(
  () => import('../features/escalations/reports/ReportsPage'),
  'ReportsPage',
);
const RestrictedTermsPage = lazyPage(
  () => import('../features/guardrails/terms/RestrictedTermsPage'),
  'RestrictedTermsPage',
);
const TrainingEditorPage = lazyPage(
  () => import('../features/training/editor/TrainingEditorPage'),
  'TrainingEditorPage',
);
const LessonPage = lazyPage(() => import('../features/training/LessonPage'), 'LessonPage');
const QuizPage = lazyPage(() => import('../features/training/QuizPage'), 'QuizPage');
const TrainingPage = lazyPage(() => import('../features/training/TrainingPage'), 'TrainingPage');
const NotificationsPage = lazyPage(
  () => import('../features/notifications/NotificationsPage'),
  'NotificationsPage',
);
const NotificationPreferencesPage = lazyPage(
  () => import('../features/notifications/NotificationPreferencesPage'),
  'NotificationPreferencesPage',
);
const AuditPage = lazyPage(() => import('../features/audit/AuditPage'), 'AuditPage');
const ChallengesPage = lazyPage(
  () => import('../features/challenges/ChallengesPage'),
  'ChallengesPage',
);
const CampaignsPage = lazyPage(
  () => import('../features/campaigns/CampaignsPage'),
  'CampaignsPage',
);
const ContentQueuePage = lazyPage(
  () => import('../features/content/ContentQueuePage'),
  'ContentQueuePage',
);
const ContentItemPage = lazyPage(
  () => import('../features/content/item/ContentItemPage'),
  'ContentItemPage',
);
const GroupsPage = lazyPage(() => import('../features/groups/GroupsPage'), 'GroupsPage');
const OutboxPage = lazyPage(() => import('../features/mail/OutboxPage'), 'OutboxPage');
const DigestPreviewPage = lazyPage(
  () => import('../features/digest/DigestPreviewPage'),
  'DigestPreviewPage',
);
const PeopleImportPage = lazyPage(
  () => import('../features/people/import/PeopleImportPage'),
  'PeopleImportPage',
);
const PeoplePage = lazyPage(() => import('../features/people/PeoplePage'), 'PeoplePage');
const PersonPage = lazyPage(() => import('../features/people/person/PersonPage'), 'PersonPage');
const SettingsPage = lazyPage(() => import('../features/settings/SettingsPage'), 'SettingsPage');
const ChannelsPage = lazyPage(() => import('../features/channels/ChannelsPage'), 'ChannelsPage');
const SourcesPage = lazyPage(() => import('../features/sources/SourcesPage'), 'SourcesPage');
const TopicsPage = lazyPage(() => import('../features/topics/TopicsPage'), 'TopicsPage');
const TrackedLinksPage = lazyPage(
  () => import('../features/tracked-links/TrackedLinksPage'),
  'TrackedLinksPage',
);
const AnalyticsPage = lazyPage(
  () => import('../features/analytics/AnalyticsPage'),
  'AnalyticsPage',
);
const ContentPerformancePage = lazyPage(
  () => import('../features/analytics/ContentPerformancePage'),
  'ContentPerformancePage',
);

export type NavLabelKey =
  | 'nav.home'
  | 'nav.share'
  | 'nav.sharePage'
  | 'nav.suggest'
  | 'nav.account'
  | 'nav.notifications'
  | 'nav.notificationPreferences'
  | 'nav.people'
  | 'nav.importPeople'
  | 'nav.person'
  | 'nav.groups'
  | 'nav.content'
  | 'nav.contentItem'
  | 'nav.sources'
  | 'nav.topics'
  | 'nav.campaigns'
  | 'nav.challenges'
  | 'nav.audit'
  | 'nav.outbox'
  | 'nav.digestPreview'
  | 'nav.settings'
  | 'nav.channels'
  | 'nav.advocacy'
  | 'nav.policy'
  | 'nav.training'
  | 'nav.lesson'
  | 'nav.quiz'
  | 'nav.postCheck'
  | 'nav.reports'
  | 'nav.activity'
  | 'nav.leaderboards'
  | 'nav.points'
  | 'nav.inbox'
  | 'nav.escalation'
  | 'nav.trainingEditor'
  | 'nav.restrictedTerms'
  | 'nav.policyVersions'
  | 'nav.trackedLinks'
  | 'nav.analytics'
  | 'nav.contentPerformance'
  | 'nav.compliance';

/** The navigation's sections, in order: what is everyone's, then each role's work. */
export const NAV_SECTIONS = ['advocacy', 'curation', 'insights', 'administration'] as const;
export type NavSection = (typeof NAV_SECTIONS)[number];

export interface PageDefinition {
  path: string;
  labelKey: NavLabelKey;
  /** Where the navigation lists the page. */
  section: NavSection;
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
  { path: '/', section: 'advocacy', labelKey: 'nav.home', roles: 'any', Component: HomePage },
  {
    path: SHARE_LINK_PATH,
    section: 'advocacy',
    labelKey: 'nav.share',
    roles: 'any',
    Component: ShareLinkPage,
    nav: false,
  },
  {
    path: SHARE_PAGE_PATH,
    section: 'advocacy',
    labelKey: 'nav.sharePage',
    roles: 'any',
    Component: SharePagePage,
    nav: false,
  },
  {
    path: SUGGEST_PATH,
    section: 'advocacy',
    labelKey: 'nav.suggest',
    roles: 'any',
    Component: SuggestPage,
    nav: false,
  },
  {
    path: '/account',
    section: 'advocacy',
    labelKey: 'nav.account',
    roles: 'any',
    Component: AccountPage,
  },
  {
    path: '/notifications',
    section: 'advocacy',
    labelKey: 'nav.notifications',
    roles: 'any',
    Component: NotificationsPage,
    nav: false,
  },
  {
    path: '/profile/notifications',
    section: 'advocacy',
    labelKey: 'nav.notificationPreferences',
    roles: 'any',
    Component: NotificationPreferencesPage,
    nav: false,
  },
  {
    path: '/advocacy',
    section: 'advocacy',
    labelKey: 'nav.advocacy',
    roles: 'any',
    Component: AdvocacyPage,
  },
  {
    path: '/policy',
    section: 'advocacy',
    labelKey: 'nav.policy',
    roles: 'any',
    Component: PolicyPage,
  },
  {
    path: '/training',
    section: 'advocacy',
    labelKey: 'nav.training',
    roles: 'any',
    Component: TrainingPage,
  },
  {
    path: '/training/lessons/:id',
    section: 'advocacy',
    labelKey: 'nav.lesson',
    roles: 'any',
    Component: LessonPage,
    nav: false,
  },
  {
    path: '/training/stages/:stage/quiz',
    section: 'advocacy',
    labelKey: 'nav.quiz',
    roles: 'any',
    Component: QuizPage,
    nav: false,
  },
  {
    path: '/post-check',
    section: 'advocacy',
    labelKey: 'nav.postCheck',
    roles: 'any',
    Component: PostCheckPage,
  },
  {
    path: '/reports',
    section: 'advocacy',
    labelKey: 'nav.reports',
    roles: 'any',
    Component: ReportsPage,
  },
  {
    path: '/activity',
    section: 'advocacy',
    labelKey: 'nav.activity',
    roles: 'any',
    Component: ActivityPage,
  },
  {
    path: '/challenges',
    section: 'advocacy',
    labelKey: 'nav.challenges',
    roles: 'any',
    Component: ChallengesPage,
  },
  {
    // For people in the programme, analysts and admins: anyone else is told how to join.
    path: '/leaderboards',
    section: 'advocacy',
    labelKey: 'nav.leaderboards',
    roles: 'any',
    Component: LeaderboardsPage,
  },
  {
    path: '/points',
    section: 'advocacy',
    labelKey: 'nav.points',
    roles: 'any',
    Component: PointsPage,
  },
  {
    path: '/people',
    section: 'administration',
    labelKey: 'nav.people',
    roles: ['admin'],
    Component: PeoplePage,
  },
  {
    path: '/people/import',
    section: 'administration',
    labelKey: 'nav.importPeople',
    roles: ['admin'],
    Component: PeopleImportPage,
    nav: false,
  },
  {
    path: '/people/:id',
    section: 'administration',
    labelKey: 'nav.person',
    roles: ['admin'],
    Component: PersonPage,
    nav: false,
  },
  {
    path: '/groups',
    section: 'administration',
    labelKey: 'nav.groups',
    roles: ['admin'],
    Component: GroupsPage,
  },
  {
    path: '/content',
    section: 'curation',
    labelKey: 'nav.content',
    roles: CURATORS,
    Component: ContentQueuePage,
  },
  {
    path: '/content/:id',
    section: 'curation',
    labelKey: 'nav.contentItem',
    roles: CURATORS,
    Component: ContentItemPage,
    nav: false,
  },
  {
    path: '/sources',
    section: 'curation',
    labelKey: 'nav.sources',
    roles: CURATORS,
    Component: SourcesPage,
  },
  {
    path: '/topics',
    section: 'curation',
    labelKey: 'nav.topics',
    roles: CURATORS,
    Component: TopicsPage,
  },
  {
    path: '/campaigns',
    section: 'curation',
    labelKey: 'nav.campaigns',
    roles: CURATORS,
    Component: CampaignsPage,
  },
  {
    path: '/inbox',
    section: 'curation',
    labelKey: 'nav.inbox',
    roles: CURATORS,
    Component: EscalationsInboxPage,
  },
  {
    path: '/inbox/:id',
    section: 'curation',
    labelKey: 'nav.escalation',
    roles: CURATORS,
    Component: EscalationPage,
    nav: false,
  },
  {
    path: '/training/edit',
    section: 'curation',
    labelKey: 'nav.trainingEditor',
    roles: CURATORS,
    Component: TrainingEditorPage,
  },
  {
    path: ANALYTICS_PATH,
    section: 'insights',
    labelKey: 'nav.analytics',
    roles: ANALYTICS_ROLES,
    Component: AnalyticsPage,
  },
  {
    path: CONTENT_PERFORMANCE_PATH,
    section: 'insights',
    labelKey: 'nav.contentPerformance',
    roles: ANALYTICS_ROLES,
    Component: ContentPerformancePage,
  },
  {
    path: '/compliance',
    section: 'insights',
    labelKey: 'nav.compliance',
    roles: ['analyst', 'admin'],
    Component: CompliancePage,
  },
  {
    path: '/restricted-terms',
    section: 'administration',
    labelKey: 'nav.restrictedTerms',
    roles: ['admin'],
    Component: RestrictedTermsPage,
  },
  {
    path: '/policy/versions',
    section: 'administration',
    labelKey: 'nav.policyVersions',
    roles: ['admin'],
    Component: PolicyAdminPage,
  },
  {
    path: '/tracked-links',
    section: 'administration',
    labelKey: 'nav.trackedLinks',
    roles: ['admin'],
    Component: TrackedLinksPage,
  },
  {
    path: '/audit',
    section: 'administration',
    labelKey: 'nav.audit',
    roles: ['admin'],
    Component: AuditPage,
  },
  {
    path: '/outbox',
    section: 'administration',
    labelKey: 'nav.outbox',
    roles: ['admin'],
    Component: OutboxPage,
  },
  {
    path: '/outbox/digest-preview',
    section: 'administration',
    labelKey: 'nav.digestPreview',
    roles: ['admin'],
    Component: DigestPreviewPage,
    nav: false,
  },
  {
    path: '/settings',
    section: 'administration',
    labelKey: 'nav.settings',
    roles: ['admin'],
    Component: SettingsPage,
  },
  {
    path: '/settings/channels',
    section: 'administration',
    labelKey: 'nav.channels',
    roles: ['admin'],
    Component: ChannelsPage,
  },
];

export function mayUse(page: Pick<PageDefinition, 'roles'>, held: readonly Role[]): boolean {
  return page.roles === 'any' || hasAnyRole(held, page.roles);
}

/** The pages the navigation offers to a holder of these roles, by section, in order. */
export function navigationFor(
  held: readonly Role[],
): { section: NavSection; pages: PageDefinition[] }[] {
  const offered = PAGES.filter((page) => page.nav !== false && mayUse(page, held));
  return NAV_SECTIONS.map((section) => ({
    section,
    pages: offered.filter((page) => page.section === section),
  })).filter((group) => group.pages.length > 0);
}

/** The page shown at `pathname`, if any (`/people/123` is the person page). */
export function pageAt(pathname: string): PageDefinition | undefined {
  return PAGES.find((page) => matchPath(page.path, pathname) !== null);
}
