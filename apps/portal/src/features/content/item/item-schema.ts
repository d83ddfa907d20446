import {
  CONTENT_KINDS,
  isPreferredLanguage,
  type ContentStatus,
  type PreferredLanguage,
} from '@chorus/core';
import { z } from 'zod';
import type { FormMessage } from '../../../lib/forms';
import { fromLocalInput, toLocalInput } from './local-date-time';
import type { ContentItem } from './use-content-item';
import type { UpdateContentBody } from './use-update-content';

/**
 * Text as the API keeps it: trimmed, null when empty. Its fields stop at the API's limits; a
 * longer text read from a page is the API's to refuse, not a reason to keep Save off.
 */
const text = z.string().transform((value) => value.trim() || null);

/** A `datetime-local` value, in the viewer's time zone; empty for none. */
const moment = z.string().transform(fromLocalInput);

/**
 * The editable fields of an item, as the form holds them; the output is every field as the API
 * takes it. The only rule of the portal's own: the end of the schedule comes after its start.
 */
export const itemSchema = z
  .object({
    kind: z.enum(CONTENT_KINDS),
    title: text,
    summary: text,
    imageUrl: text,
    siteName: text,
    /** A page may be in a language nobody prefers: it is kept, and sent as unknown. */
    language: z
      .string()
      .nullable()
      .transform((language) => (isPreferredLanguage(language) ? language : null)),
    topicIds: z.array(z.string()),
    campaignId: z.string().nullable(),
    targetDepartmentIds: z.array(z.string()),
    targetLocationIds: z.array(z.string()),
    targetLanguages: z
      .array(z.string())
      .transform((languages) =>
        languages.filter((language): language is PreferredLanguage =>
          isPreferredLanguage(language),
        ),
      ),
    publishAt: moment,
    expiresAt: moment,
    pinned: z.boolean(),
  })
  .refine(
    ({ publishAt, expiresAt }) => publishAt === null || expiresAt === null || expiresAt > publishAt,
    {
      path: ['expiresAt'],
      error: 'contentItem.schedule.expiresBeforePublish' satisfies FormMessage,
    },
  ) satisfies z.ZodType<Required<UpdateContentBody>, unknown>;

export type ItemValues = z.input<typeof itemSchema>;

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

/** Two values of a field mean the same: text alike once trimmed, lists in any order. */
function sameField(field: keyof ItemValues, a: ItemValues, b: ItemValues): boolean {
  const x = a[field];
  const y = b[field];
  if (typeof x === 'string' && typeof y === 'string') return x.trim() === y.trim();
  if (Array.isArray(x) && Array.isArray(y)) return sameSet(x, y);
  return x === y;
}

const FIELDS = Object.keys(itemSchema.shape) as (keyof ItemValues)[];

/**
 * Only what differs from the item as loaded, as the API takes it, so that the API records
 * exactly what changed; nothing when the values break the schema's rule.
 */
export function changesFrom(item: ContentItem, values: ItemValues): UpdateContentBody {
  const checked = itemSchema.safeParse(values);
  if (!checked.success) return {};
  const was = valuesOf(item);
  return Object.fromEntries(
    FIELDS.filter((field) => !sameField(field, values, was)).map((field) => [
      field,
      checked.data[field],
    ]),
  );
}

/** The fields that mean something else in `after` than in `before`. */
export const fieldsChanged = (before: ItemValues, after: ItemValues) =>
  FIELDS.filter((field) => !sameField(field, before, after));

/**
 * The form after the item changed underneath it (its page was read, or it was saved): fields
 * the curator has not touched follow the item; those they are editing stay as typed.
 */
export function rebase(values: ItemValues, before: ItemValues, after: ItemValues): ItemValues {
  const next = { ...values };
  for (const field of FIELDS) {
    if (sameField(field, values, before)) Object.assign(next, { [field]: after[field] });
  }
  return next;
}
