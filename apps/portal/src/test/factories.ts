import {
  actionsFrom,
  NOTIFICATION_KIND_RULES,
  NOTIFICATION_KINDS,
  SHARE_NETWORKS,
} from '@chorus/core';
import type { components } from '../api/schema';

/** Factories for what the API answers, each typed by its schema in the OpenAPI document. */

type Schemas = components['schemas'];
type User = Schemas['UserDto'];
type Person = Schemas['PeoplePageDto']['items'][number];

let sequence = 0;

export function makeUser(overrides: Partial<User> = {}): User {
  sequence += 1;
  return {
    id: `00000000-0000-4000-8000-${String(sequence).padStart(12, '0')}`,
    email: `person${sequence}@example.com`,
    name: `Person ${sequence}`,
    roles: ['employee'],
    status: 'active',
    language: 'en',
    languageChosen: false,
    department: null,
    location: null,
    lastSignInAt: null,
    createdAt: '2024-03-15T09:30:00.000Z',
    ...overrides,
  };
}

export function makePerson(overrides: Partial<Person> = {}): Person {
  return makeUser(overrides);
}

export function makeGroup(overrides: Partial<Schemas['GroupDto']> = {}): Schemas['GroupDto'] {
  sequence += 1;
  return {
    id: `00000000-0000-4000-9000-${String(sequence).padStart(12, '0')}`,
    name: `Group ${sequence}`,
    kind: 'department',
    memberCount: 0,
    ...overrides,
  };
}

/** The profile of `user` (GET /api/me/profile), without groups or social profiles by default. */
export function makeProfile(
  user: Pick<User, 'email' | 'name'>,
  overrides: Partial<Schemas['ProfileDto']> = {},
): Schemas['ProfileDto'] {
  return {
    email: user.email,
    name: user.name,
    language: 'en',
    department: null,
    location: null,
    socialProfiles: [],
    ...overrides,
  };
}

export function makeTopic(overrides: Partial<Schemas['TopicDto']> = {}): Schemas['TopicDto'] {
  sequence += 1;
  return {
    id: `00000000-0000-4000-a100-${String(sequence).padStart(12, '0')}`,
    name: `Topic ${sequence}`,
    names: {},
    itemCount: 0,
    ...overrides,
  };
}

export function makeCampaign(
  overrides: Partial<Schemas['CampaignDto']> = {},
): Schemas['CampaignDto'] {
  sequence += 1;
  return {
    id: `00000000-0000-4000-a200-${String(sequence).padStart(12, '0')}`,
    name: `Campaign ${sequence}`,
    slug: `campaign-${sequence}`,
    description: null,
    startsAt: null,
    endsAt: null,
    createdAt: '2024-03-15T09:30:00.000Z',
    itemCount: 0,
    ...overrides,
  };
}

export function makeVariant(overrides: Partial<Schemas['VariantDto']> = {}): Schemas['VariantDto'] {
  sequence += 1;
  return {
    id: `00000000-0000-4000-a300-${String(sequence).padStart(12, '0')}`,
    network: 'any',
    language: 'en',
    text: 'Proud of our team! #news',
    length: 50,
    limit: 280,
    ...overrides,
  };
}

/**
 * A draft whose page has been read, with no suggested posts; `actions` follow the status and none
 * is blocked (a test about a blocked step says which, and why).
 */
export function makeContentItem(
  overrides: Partial<Schemas['ContentItemDto']> = {},
): Schemas['ContentItemDto'] {
  sequence += 1;
  const status = overrides.status ?? 'draft';
  return {
    id: `00000000-0000-4000-a400-${String(sequence).padStart(12, '0')}`,
    url: `https://news.example.com/articles/${sequence}`,
    kind: 'company_news',
    status,
    title: `Article ${sequence}`,
    imageUrl: null,
    thumbnailUrl: null,
    siteName: 'Example News',
    author: { id: '00000000-0000-4000-8000-000000000001', name: 'Ada Lovelace' },
    topics: [],
    campaign: null,
    publishAt: null,
    expiresAt: null,
    pinned: false,
    unfurlState: 'done',
    updatedAt: '2024-03-15T09:30:00.000Z',
    canonicalUrl: null,
    summary: null,
    language: 'en',
    targetDepartments: [],
    targetLocations: [],
    targetLanguages: [],
    approver: null,
    approvedAt: null,
    suggestedBy: null,
    rejectionReason: null,
    unfurlError: null,
    thumbnailError: null,
    duplicateOfId: null,
    editedFields: [],
    variants: [],
    actions: actionsFrom(status),
    blockedActions: {},
    createdAt: '2024-03-15T09:30:00.000Z',
    ...overrides,
  };
}

/** The queue's view of an item (GET /api/content). */
export function makeContentSummary(
  overrides: Partial<Schemas['ContentSummaryDto']> = {},
): Schemas['ContentSummaryDto'] {
  const {
    id,
    url,
    kind,
    status,
    title,
    imageUrl,
    thumbnailUrl,
    siteName,
    author,
    topics,
    campaign,
    publishAt,
    expiresAt,
    pinned,
    unfurlState,
    updatedAt,
  } = makeContentItem();
  return {
    id,
    url,
    kind,
    status,
    title,
    imageUrl,
    thumbnailUrl,
    siteName,
    author,
    topics,
    campaign,
    publishAt,
    expiresAt,
    pinned,
    unfurlState,
    updatedAt,
    ...overrides,
  };
}

/** The settings of an organisation whose admins have changed nothing (GET /api/settings). */
export function makeSettings(
  overrides: Partial<Schemas['SettingsDto']> = {},
): Schemas['SettingsDto'] {
  return {
    organisationName: '',
    fourEyesApproval: true,
    shareRequiresStage: 1,
    editRequiresStage: 0,
    enabledNetworks: [...SHARE_NETWORKS],
    linkedinComposer: true,
    timeZone: 'UTC',
    clickRetentionMonths: 13,
    reminderInactiveDays: 14,
    advocateNames: 'full',
    costPerClick: {},
    currency: 'EUR',
    notificationDefaults: Object.fromEntries(
      NOTIFICATION_KINDS.map((kind) => [kind, NOTIFICATION_KIND_RULES[kind].defaultChannel]),
    ),
    notificationsOff: [],
    ...overrides,
  };
}
