import { LANGUAGE_NAMES, isPreferredLanguage, isRole, isUserStatus } from '@chorus/core';
import type { TFunction } from 'i18next';

const FIELDS = [
  'name',
  'roles',
  'department',
  'location',
  'language',
  'status',
  'kind',
  'members',
  'resent',
  'created',
  'updated',
  'unchanged',
  'invited',
  'newDepartments',
  'newLocations',
  'failures',
  'windowMinutes',
  'limit',
  'issuer',
  'by',
  'term',
  'category',
  'severity',
  'note',
  'version',
  'title',
  'requiresAcknowledgment',
  'summary',
  'passMark',
] as const;
type Field = (typeof FIELDS)[number];
const isField = (key: string): key is Field => (FIELDS as readonly string[]).includes(key);

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function fieldLabel(key: string, t: TFunction): string {
  return isField(key) ? t(`audit.fields.${key}`) : key;
}

function valueText(key: string, value: unknown, t: TFunction): string {
  if (value === null || value === undefined) return t('audit.none');
  if (Array.isArray(value)) {
    return value.length === 0
      ? t('audit.none')
      : value.map((item) => valueText(key, item, t)).join(', ');
  }
  if (typeof value === 'boolean') return value ? t('audit.yes') : t('audit.no');
  if (key === 'roles' && isRole(value)) return t(`roles.${value}`);
  if (key === 'status' && isUserStatus(value)) return t(`status.${value}`);
  if (key === 'kind' && (value === 'department' || value === 'location')) {
    return t(`audit.kinds.${value}`);
  }
  if (key === 'language' && isPreferredLanguage(value)) return LANGUAGE_NAMES[value];
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  return JSON.stringify(value);
}

/**
 * An entry's summary as short readable lines: "Roles: Employee → Employee, Curator" for each
 * field an edit changed, and "Members: 3" for any other detail.
 */
export function describeSummary(
  summary: Record<string, unknown> | null | undefined,
  t: TFunction,
): string[] {
  if (!summary) return [];
  const lines: string[] = [];
  const { before, after, ...rest } = summary;
  if (isRecord(before) || isRecord(after)) {
    const was = isRecord(before) ? before : {};
    const now = isRecord(after) ? after : {};
    for (const key of new Set([...Object.keys(was), ...Object.keys(now)])) {
      lines.push(
        `${fieldLabel(key, t)}: ${valueText(key, was[key], t)} → ${valueText(key, now[key], t)}`,
      );
    }
  }
  for (const [key, value] of Object.entries(rest)) {
    lines.push(`${fieldLabel(key, t)}: ${valueText(key, value, t)}`);
  }
  return lines;
}
