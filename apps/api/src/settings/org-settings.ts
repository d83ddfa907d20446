import {
  ADVOCATE_NAME_STYLES,
  INPUT_LIMITS,
  CLICK_RETENTION_MONTHS,
  isCurrencyCode,
  isNotificationChannel,
  isNotificationKind,
  isTimeZone,
  MAX_COST_PER_CLICK,
  NOTIFICATION_CHANNELS,
  NOTIFICATION_KIND_RULES,
  NOTIFICATION_KINDS,
  REMINDER_INACTIVE_DAYS,
  SHARE_NETWORKS,
  TRAINING_STAGES,
  type AdvocateNameStyle,
  type CostPerClick,
  type NotificationChannels,
  type NotificationKind,
  type ShareNetwork,
} from '@chorus/core';
import type { KeyedMessage } from '../common/validation-message';

/** How one organisation-wide setting is described, checked and defaulted. */
export interface SettingDefinition<T> {
  /** The value until an admin sets one. */
  default: T;
  /** What the setting does, as the API documentation and the admin page say it. */
  description: string;
  /** The OpenAPI schema of the value. */
  schema: {
    type: 'boolean' | 'integer' | 'string' | 'array' | 'object';
    enum?: readonly string[];
    minimum?: number;
    maximum?: number;
    maxLength?: number;
    example?: string;
    items?: { type: 'string'; enum: string[] };
    properties?: Record<
      string,
      { type: 'number'; minimum: number } | { type: 'string'; enum: string[] }
    >;
    additionalProperties?: false;
  };
  /** Whether a value (from a request, or as stored) is one the setting takes. */
  accepts(value: unknown): value is T;
  /** The values it takes, by key, for the message when a request gives another. */
  expects: KeyedMessage;
}

function booleanSetting(defaultValue: boolean, description: string): SettingDefinition<boolean> {
  return {
    default: defaultValue,
    description,
    schema: { type: 'boolean' },
    accepts: (value): value is boolean => typeof value === 'boolean',
    expects: { key: 'validation:boolean', params: {} },
  };
}

function stageSetting(defaultValue: number, description: string): SettingDefinition<number> {
  return {
    default: defaultValue,
    description,
    schema: { type: 'integer', minimum: 0, maximum: TRAINING_STAGES.length },
    accepts: (value): value is number =>
      Number.isInteger(value) &&
      (value as number) >= 0 &&
      (value as number) <= TRAINING_STAGES.length,
    expects: { key: 'validation:setting.stage', params: { max: TRAINING_STAGES.length } },
  };
}

function networksSetting(description: string): SettingDefinition<ShareNetwork[]> {
  return {
    default: [...SHARE_NETWORKS],
    description,
    schema: { type: 'array', items: { type: 'string', enum: [...SHARE_NETWORKS] } },
    accepts: (value): value is ShareNetwork[] =>
      Array.isArray(value) &&
      value.length > 0 &&
      new Set(value).size === value.length &&
      value.every((network) => (SHARE_NETWORKS as readonly unknown[]).includes(network)),
    expects: { key: 'validation:setting.networks', params: { values: SHARE_NETWORKS.join(', ') } },
  };
}

function integerSetting(
  defaultValue: number,
  [minimum, maximum]: [number, number],
  description: string,
): SettingDefinition<number> {
  return {
    default: defaultValue,
    description,
    schema: { type: 'integer', minimum, maximum },
    accepts: (value): value is number =>
      Number.isInteger(value) && (value as number) >= minimum && (value as number) <= maximum,
    expects: { key: 'validation:between', params: { min: minimum, max: maximum } },
  };
}

function choiceSetting<T extends string>(
  values: readonly T[],
  defaultValue: T,
  description: string,
): SettingDefinition<T> {
  return {
    default: defaultValue,
    description,
    schema: { type: 'string', enum: values },
    accepts: (value): value is T => (values as readonly unknown[]).includes(value),
    expects: { key: 'validation:oneOf', params: { values: values.join(', ') } },
  };
}

function costPerClickSetting(description: string): SettingDefinition<CostPerClick> {
  return {
    default: {},
    description,
    schema: {
      type: 'object',
      properties: Object.fromEntries(
        SHARE_NETWORKS.map((network) => [network, { type: 'number', minimum: 0 }]),
      ),
      additionalProperties: false,
    },
    accepts: (value): value is CostPerClick =>
      typeof value === 'object' &&
      value !== null &&
      !Array.isArray(value) &&
      Object.entries(value).every(
        ([network, cost]) =>
          (SHARE_NETWORKS as readonly string[]).includes(network) &&
          typeof cost === 'number' &&
          Number.isFinite(cost) &&
          cost >= 0 &&
          cost <= MAX_COST_PER_CLICK,
      ),
    expects: {
      key: 'validation:setting.costPerClick',
      params: { networks: SHARE_NETWORKS.join(', '), max: MAX_COST_PER_CLICK },
    },
  };
}

function notificationDefaultsSetting(description: string): SettingDefinition<NotificationChannels> {
  return {
    default: Object.fromEntries(
      NOTIFICATION_KINDS.map((kind) => [kind, NOTIFICATION_KIND_RULES[kind].defaultChannel]),
    ),
    description,
    schema: {
      type: 'object',
      properties: Object.fromEntries(
        NOTIFICATION_KINDS.map((kind) => [
          kind,
          { type: 'string', enum: [...NOTIFICATION_CHANNELS] },
        ]),
      ),
      additionalProperties: false,
    },
    accepts: (value): value is NotificationChannels =>
      typeof value === 'object' &&
      value !== null &&
      !Array.isArray(value) &&
      Object.entries(value).every(
        ([kind, channel]) => isNotificationKind(kind) && isNotificationChannel(channel),
      ),
    expects: {
      key: 'validation:setting.notificationDefaults',
      params: { kinds: NOTIFICATION_KINDS.join(', '), channels: NOTIFICATION_CHANNELS.join(', ') },
    },
  };
}

function notificationsOffSetting(description: string): SettingDefinition<NotificationKind[]> {
  return {
    default: [],
    description,
    schema: { type: 'array', items: { type: 'string', enum: [...NOTIFICATION_KINDS] } },
    accepts: (value): value is NotificationKind[] =>
      Array.isArray(value) &&
      new Set(value).size === value.length &&
      value.every((kind) => isNotificationKind(kind)),
    expects: {
      key: 'validation:setting.notificationsOff',
      params: { values: NOTIFICATION_KINDS.join(', ') },
    },
  };
}

/**
 * Every organisation-wide setting. Adding one is one entry here: the API's GET and PATCH
 * bodies, their validation and documentation, storage and the audit entry all follow from it.
 */
export const ORG_SETTINGS = {
  organisationName: {
    default: '',
    description:
      'The name of the organisation, shown in the mail Chorus sends ("Sent by Chorus for …"); ' +
      'empty while unnamed.',
    schema: { type: 'string', maxLength: INPUT_LIMITS.organisationName, example: 'Acme' },
    accepts: (value): value is string =>
      typeof value === 'string' &&
      value === value.trim() &&
      value.length <= INPUT_LIMITS.organisationName &&
      // One line of text, as every mail shows it: no control characters, line breaks or
      // direction overrides that could make it read as something else.
      !/[\p{Cc}\u2028\u2029\u202a-\u202e\u2066-\u2069]/u.test(value),
    expects: {
      key: 'validation:setting.organisationName',
      params: { max: INPUT_LIMITS.organisationName },
    },
  } satisfies SettingDefinition<string>,
  fourEyesApproval: booleanSetting(
    true,
    'Nobody approves content they wrote themselves: another curator or admin must.',
  ),
  shareRequiresStage: stageSetting(
    1,
    'The training stage an employee must have passed before sharing; 0 lets everyone share.',
  ),
  editRequiresStage: stageSetting(
    0,
    'The training stage an employee must have passed to change the suggested text before ' +
      'sharing; 0 lets everyone edit.',
  ),
  enabledNetworks: networksSetting('The networks employees are offered to share to.'),
  linkedinComposer: booleanSetting(
    true,
    "LinkedIn opens its post composer with the text filled in (its feed's shareActive address, " +
      'which LinkedIn does not document); off, it opens the documented share page, which takes ' +
      'only the link, and the text is copied to be pasted.',
  ),
  timeZone: {
    default: 'UTC',
    description:
      "The organisation's time zone: analytics periods, days and weeks are its calendar days, " +
      'and unique visitors are counted per day in it. Days already counted keep the zone they ' +
      'were counted in.',
    schema: { type: 'string', example: 'Europe/Amsterdam' },
    accepts: isTimeZone,
    expects: { key: 'validation:setting.timeZone', params: {} },
  } satisfies SettingDefinition<string>,
  clickRetentionMonths: integerSetting(
    13,
    [CLICK_RETENTION_MONTHS.min, CLICK_RETENTION_MONTHS.max],
    'How many months raw click events are kept; older months are dropped whole. Daily figures ' +
      'are kept beyond that.',
  ),
  reminderInactiveDays: integerSetting(
    REMINDER_INACTIVE_DAYS.default,
    [REMINDER_INACTIVE_DAYS.min, REMINDER_INACTIVE_DAYS.max],
    'How many days without sharing before an enrolled employee is reminded, with two items ' +
      'for them; they get at most one such reminder in that many days.',
  ),
  advocateNames: choiceSetting<AdvocateNameStyle>(
    ADVOCATE_NAME_STYLES,
    'full',
    'How top advocates are shown in analytics: full names, or initials only for ' +
      'organisations that do not want names ranked.',
  ),
  costPerClick: costPerClickSetting(
    'What a click from each network is worth, in the currency below: earned media value is ' +
      'clicks times this, and is shown only for networks that have one.',
  ),
  currency: {
    default: 'EUR',
    description: 'The currency of the cost per click and of earned media value (ISO 4217).',
    schema: { type: 'string', example: 'EUR' },
    accepts: isCurrencyCode,
    expects: { key: 'validation:setting.currency', params: {} },
  } satisfies SettingDefinition<string>,
  notificationDefaults: notificationDefaultsSetting(
    'How people hear of each kind of notification until they choose themselves: in the portal ' +
      "('app'), in the portal and by e-mail ('email'), or not at all ('off').",
  ),
  notificationsOff: notificationsOffSetting(
    'Kinds of notification turned off for everyone, whatever people chose.',
  ),
} satisfies Record<string, SettingDefinition<unknown>>;

export type OrgSettingKey = keyof typeof ORG_SETTINGS;

export type OrgSettings = { [K in OrgSettingKey]: (typeof ORG_SETTINGS)[K]['default'] };

export const ORG_SETTING_KEYS = Object.keys(ORG_SETTINGS) as OrgSettingKey[];

export function isOrgSettingKey(key: string): key is OrgSettingKey {
  return Object.hasOwn(ORG_SETTINGS, key);
}

/** The settings of an organisation whose admins have changed nothing. */
export function defaultSettings(): OrgSettings {
  return Object.fromEntries(
    ORG_SETTING_KEYS.map((key) => [key, ORG_SETTINGS[key].default]),
  ) as OrgSettings;
}

/** The definition of `key`, typed loosely for code that handles every setting alike. */
export function settingDefinition(key: OrgSettingKey): SettingDefinition<unknown> {
  return ORG_SETTINGS[key];
}
