import { AUDIT_DETAILS, isAuditDetail, type AuditValueKind } from '@chorus/core';
import { isContentStatus } from '../../lib/value-guards';
import { valueInWords, type Reader } from './audit-values';

/** Details entries no longer record, still found in older entries. */
const RETIRED_DETAILS = {
  /** How many invitations an import sent (before imports sent them after the import). */
  invited: 'count',
} as const satisfies Record<string, AuditValueKind>;
type RetiredDetail = keyof typeof RETIRED_DETAILS;
const isRetiredDetail = (key: string): key is RetiredDetail => Object.hasOwn(RETIRED_DETAILS, key);

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function label(key: string, { t }: Reader): string {
  if (isAuditDetail(key)) return t(`audit.fields.${key}`);
  if (isRetiredDetail(key)) return t(`audit.retiredFields.${key}`);
  return key;
}

function words(key: string, value: unknown, reader: Reader): string {
  const kind: AuditValueKind = isAuditDetail(key)
    ? AUDIT_DETAILS[key]
    : isRetiredDetail(key)
      ? RETIRED_DETAILS[key]
      : 'text';
  return valueInWords(kind, value, reader);
}

/** A label and its value, joined as the reader's language does ("Rollen: …", "Rôles : …"). */
const line = (key: string, value: unknown, reader: Reader) =>
  reader.t('audit.summary.line', { label: label(key, reader), value: words(key, value, reader) });

const change = (name: string, before: string, after: string, { t }: Reader) =>
  t('audit.summary.change', { label: name, before, after });

const fieldChange = (key: string, was: unknown, now: unknown, reader: Reader) =>
  change(label(key, reader), words(key, was, reader), words(key, now, reader), reader);

/**
 * An entry's summary as short lines in the reader's words: "Roles: Employee → Employee,
 * Curator" for each field an edit changed, "Status: Draft → In review" for a review step, and
 * "Members: 3" for any other detail. A summary with only a before (a removal) or only an after
 * (an addition) lists those fields as they were or are.
 */
export function describeSummary(
  summary: Record<string, unknown> | null | undefined,
  reader: Reader,
): string[] {
  if (!summary) return [];
  const lines: string[] = [];
  const { before, after, ...rest } = summary;
  if (isRecord(before) && isRecord(after)) {
    for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
      lines.push(fieldChange(key, before[key], after[key], reader));
    }
  } else {
    const fields = isRecord(before) ? before : isRecord(after) ? after : {};
    for (const [key, value] of Object.entries(fields)) lines.push(line(key, value, reader));
  }
  const { from, to, ...details } = rest;
  if (isContentStatus(from) && isContentStatus(to)) {
    const status = (value: unknown) => valueInWords('contentStatus', value, reader);
    lines.push(change(reader.t('audit.fields.status'), status(from), status(to), reader));
  } else {
    Object.assign(details, from === undefined ? {} : { from }, to === undefined ? {} : { to });
  }
  for (const [key, value] of Object.entries(details)) lines.push(line(key, value, reader));
  return lines;
}
