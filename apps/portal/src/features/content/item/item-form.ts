import {
  isPreferredLanguage,
  type ContentKind,
  type ContentStatus,
  type PreferredLanguage,
} from '@chorus/core';
import { fromLocalInput, toLocalInput } from './local-date-time';
import type { ContentItem } from './use-content-item';
import type { UpdateContentBody } from './use-update-content';

/** The editable fields of an item, as the form holds them. */
export interface ItemValues {
  kind: ContentKind;
  title: string;
  summary: string;
  imageUrl: string;
  siteName: string;
  language: string | null;
  topicIds: string[];
  campaignId: string | null;
  targetDepartmentIds: string[];
  targetLocationIds: string[];
  targetLanguages: string[];
  /** `datetime-local` values, in the viewer's time zone; empty for none. */
  publishAt: string;
  expiresAt: string;
  pinned: boolean;
}

/** What may change in each state: approved items keep their text, archived ones everything. */
export function editableParts(status: ContentStatus): { text: boolean; rest: boolean } {
  return {
    text: status === 'draft' || status === 'in_review',
    rest: status !== 'archived',
  };
}

export function valuesOf(item: ContentItem): ItemValues {
  return {
    kind: item.kind,
    title: item.title ?? '',
    summary: item.summary ?? '',
    imageUrl: item.imageUrl ?? '',
    siteName: item.siteName ?? '',
    language: item.language,
    topicIds: item.topics.map((topic) => topic.id),
    campaignId: item.campaign?.id ?? null,
    targetDepartmentIds: item.targetDepartments.map((group) => group.id),
    targetLocationIds: item.targetLocations.map((group) => group.id),
    targetLanguages: item.targetLanguages,
    publishAt: toLocalInput(item.publishAt),
    expiresAt: toLocalInput(item.expiresAt),
    pinned: item.pinned,
  };
}

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');

const TEXT_FIELDS = ['title', 'summary', 'imageUrl', 'siteName'] as const;
const LIST_FIELDS = [
  'topicIds',
  'targetDepartmentIds',
  'targetLocationIds',
  'targetLanguages',
] as const;

const text = (value: string) => (value.trim() === '' ? null : value.trim());

function sameField(field: keyof ItemValues, a: ItemValues, b: ItemValues): boolean {
  if ((TEXT_FIELDS as readonly string[]).includes(field)) {
    const key = field as (typeof TEXT_FIELDS)[number];
    return text(a[key]) === text(b[key]);
  }
  if ((LIST_FIELDS as readonly string[]).includes(field)) {
    const key = field as (typeof LIST_FIELDS)[number];
    return sameSet(a[key], b[key]);
  }
  return a[field] === b[field];
}

/** Only what differs from the item as loaded, so that the API records exactly what changed. */
export function changesFrom(item: ContentItem, values: ItemValues): UpdateContentBody {
  const was = valuesOf(item);
  const differs = (field: keyof ItemValues) => !sameField(field, values, was);
  const changes: UpdateContentBody = {};
  if (differs('kind')) changes.kind = values.kind;
  for (const field of TEXT_FIELDS) if (differs(field)) changes[field] = text(values[field]);
  if (differs('language')) {
    changes.language = isPreferredLanguage(values.language) ? values.language : null;
  }
  if (differs('topicIds')) changes.topicIds = values.topicIds;
  if (differs('campaignId')) changes.campaignId = values.campaignId;
  if (differs('targetDepartmentIds')) changes.targetDepartmentIds = values.targetDepartmentIds;
  if (differs('targetLocationIds')) changes.targetLocationIds = values.targetLocationIds;
  if (differs('targetLanguages')) {
    changes.targetLanguages = values.targetLanguages.filter(
      (language): language is PreferredLanguage => isPreferredLanguage(language),
    );
  }
  if (differs('publishAt')) changes.publishAt = fromLocalInput(values.publishAt);
  if (differs('expiresAt')) changes.expiresAt = fromLocalInput(values.expiresAt);
  if (differs('pinned')) changes.pinned = values.pinned;
  return changes;
}

/**
 * The form after the item changed underneath it (its page was read, or it was saved): fields
 * the curator has not touched follow the item; those they are editing stay as typed.
 */
export function rebase(values: ItemValues, before: ItemValues, after: ItemValues): ItemValues {
  const next = { ...values };
  for (const field of Object.keys(values) as (keyof ItemValues)[]) {
    if (sameField(field, values, before)) Object.assign(next, { [field]: after[field] });
  }
  return next;
}

/** Why the schedule cannot be saved, or null: the end must come after the start. */
export function scheduleProblem(values: ItemValues): 'expiresBeforePublish' | null {
  const publishAt = fromLocalInput(values.publishAt);
  const expiresAt = fromLocalInput(values.expiresAt);
  if (publishAt && expiresAt && expiresAt <= publishAt) return 'expiresBeforePublish';
  return null;
}
