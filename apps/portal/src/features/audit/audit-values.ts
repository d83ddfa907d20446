import {
  ADVOCATE_NAME_STYLES,
  VARIANT_NETWORKS,
  isGroupKind,
  isRole,
  isUserStatus,
  type AuditValueKind,
  type UiLanguage,
} from '@chorus/core';
import { RESTRICTED_TERM_CATEGORIES, SEVERITIES } from '@chorus/guardrails';
import type { TFunction } from 'i18next';
import { isContentKind, isContentStatus } from '../../lib/value-guards';

/** Who reads the log: the words and the locale values are shown in. */
export interface Reader {
  t: TFunction;
  language: UiLanguage;
}

/** The rules that held sign-in attempts back, as the API names them in an entry. */
const SIGN_IN_LIMITS = ['account', 'client', 'account-anywhere'] as const;

const oneOf =
  <T extends string>(values: readonly T[]) =>
  (value: unknown): value is T =>
    typeof value === 'string' && (values as readonly string[]).includes(value);

const isNetwork = oneOf(VARIANT_NETWORKS);
const isSignInLimit = oneOf(SIGN_IN_LIMITS);
const isNameStyle = oneOf(ADVOCATE_NAME_STYLES);
const isCategory = oneOf(RESTRICTED_TERM_CATEGORIES);
const isSeverity = oneOf(SEVERITIES);
const isNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value);

function wholeNumber(value: unknown, { language }: Reader): string | undefined {
  return isNumber(value) ? new Intl.NumberFormat(language).format(value) : undefined;
}

function moment(value: unknown, { language }: Reader): string | undefined {
  if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) return undefined;
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(value);
  return new Intl.DateTimeFormat(language, {
    dateStyle: 'medium',
    timeStyle: dateOnly ? undefined : 'short',
    timeZone: dateOnly ? 'UTC' : undefined,
  }).format(new Date(value));
}

function displayName(type: 'language' | 'currency', value: unknown, language: UiLanguage) {
  if (typeof value !== 'string' || value === '') return undefined;
  try {
    return new Intl.DisplayNames(language, { type, fallback: 'none' }).of(value);
  } catch {
    return undefined; // Not a well-formed code: shown as it is.
  }
}

/**
 * A time zone by its name in the reader's language as it is called today, with the IANA name
 * an admin chose: "Midden-Europese tijd (Europe/Amsterdam)". A zone that has no name but its
 * offset (UTC) is shown as it is.
 */
function timeZone(value: unknown, { language }: Reader): string | undefined {
  if (typeof value !== 'string' || value === '') return undefined;
  try {
    const name = new Intl.DateTimeFormat(language, { timeZone: value, timeZoneName: 'longGeneric' })
      .formatToParts(new Date())
      .find((part) => part.type === 'timeZoneName')?.value;
    return name && !/^(GMT|UTC)([+−-]|$)/.test(name) ? `${name} (${value})` : undefined;
  } catch {
    return undefined; // A zone this browser does not know: shown as it is.
  }
}

/**
 * How one value of each kind reads, or undefined when the value is not of that kind (an entry
 * written before a change of meaning): it is then shown as it is.
 */
const WORDS: Record<AuditValueKind, (value: unknown, reader: Reader) => string | undefined> = {
  text: () => undefined,
  code: () => undefined,
  count: wholeNumber,
  number: wholeNumber,
  yesNo: () => undefined,
  date: moment,
  minutes: (value, { t }) =>
    isNumber(value) ? t('audit.values.minutes', { count: value }) : undefined,
  months: (value, { t }) =>
    isNumber(value) ? t('audit.values.months', { count: value }) : undefined,
  percent: (value, { language }) =>
    isNumber(value)
      ? new Intl.NumberFormat(language, { style: 'percent' }).format(value / 100)
      : undefined,
  role: (value, { t }) => (isRole(value) ? t(`roles.${value}`) : undefined),
  userStatus: (value, { t }) => (isUserStatus(value) ? t(`status.${value}`) : undefined),
  contentStatus: (value, { t }) =>
    isContentStatus(value) ? t(`content.statuses.${value}`) : undefined,
  kind: (value, { t }) =>
    isGroupKind(value)
      ? t(`audit.kinds.${value}`)
      : isContentKind(value)
        ? t(`content.kinds.${value}`)
        : undefined,
  language: (value, { language }) => displayName('language', value, language),
  network: (value, { t }) => (isNetwork(value) ? t(`networks.${value}`) : undefined),
  stage: (value, { t }) =>
    value === 0
      ? t('audit.values.noStage')
      : isNumber(value)
        ? t('audit.values.stage', { stage: value })
        : undefined,
  restrictedTermCategory: (value, { t }) =>
    isCategory(value) ? t(`restrictedTerms.categories.${value}`) : undefined,
  severity: (value, { t }) =>
    isSeverity(value) ? t(`restrictedTerms.severityChoices.${value}`) : undefined,
  signInLimit: (value, { t }) =>
    isSignInLimit(value) ? t(`audit.values.signInLimits.${value}`) : undefined,
  origin: (value, { t }) => (value === 'import' ? t('audit.values.origins.import') : undefined),
  advocateNames: (value, { t }) =>
    isNameStyle(value) ? t(`settings.analytics.names.${value}`) : undefined,
  currency: (value, { language }) => {
    const name = displayName('currency', value, language);
    return name && name !== value ? `${name} (${String(value)})` : undefined;
  },
  timeZone,
  costPerClick: (value, reader) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
    const costs = Object.entries(value as Record<string, unknown>);
    if (costs.length === 0) return reader.t('audit.none');
    const amount = new Intl.NumberFormat(reader.language, { minimumFractionDigits: 2 });
    return costs
      .map(([network, cost]) => {
        const name = isNetwork(network) ? reader.t(`networks.${network}`) : network;
        return `${name} ${isNumber(cost) ? amount.format(cost) : String(cost)}`;
      })
      .join(', ');
  },
};

/** A recorded value in words: lists item by item, nothing as "none", yes or no for a flag. */
export function valueInWords(kind: AuditValueKind, value: unknown, reader: Reader): string {
  const { t } = reader;
  if (value === null || value === undefined || value === '') return t('audit.none');
  if (Array.isArray(value)) {
    return value.length === 0
      ? t('audit.none')
      : value.map((item) => valueInWords(kind, item, reader)).join(', ');
  }
  if (typeof value === 'boolean') return value ? t('audit.yes') : t('audit.no');
  const words = WORDS[kind](value, reader);
  if (words !== undefined) return words;
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  return JSON.stringify(value);
}
