import { SHARE_NETWORKS, TRAINING_STAGES, type ShareNetwork } from '@chorus/core';

/** How one organisation-wide setting is described, checked and defaulted. */
export interface SettingDefinition<T> {
  /** The value until an admin sets one. */
  default: T;
  /** What the setting does, as the API documentation and the admin page say it. */
  description: string;
  /** The OpenAPI schema of the value. */
  schema: {
    type: 'boolean' | 'integer' | 'string' | 'array';
    enum?: readonly string[];
    minimum?: number;
    maximum?: number;
    items?: { type: 'string'; enum: string[] };
  };
  /** Whether a value (from a request, or as stored) is one the setting takes. */
  accepts(value: unknown): value is T;
  /** The values it takes, for the message when a request gives another: "true or false". */
  expects: string;
}

function booleanSetting(defaultValue: boolean, description: string): SettingDefinition<boolean> {
  return {
    default: defaultValue,
    description,
    schema: { type: 'boolean' },
    accepts: (value): value is boolean => typeof value === 'boolean',
    expects: 'true or false',
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
    expects: `a training stage from 0 (none) to ${TRAINING_STAGES.length}`,
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
    expects: `a list of one or more different networks from: ${SHARE_NETWORKS.join(', ')}`,
  };
}

/**
 * Every organisation-wide setting. Adding one is one entry here: the API's GET and PATCH
 * bodies, their validation and documentation, storage and the audit entry all follow from it.
 */
export const ORG_SETTINGS = {
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
