/** How one organisation-wide setting is described, checked and defaulted. */
export interface SettingDefinition<T> {
  /** The value until an admin sets one. */
  default: T;
  /** What the setting does, as the API documentation and the admin page say it. */
  description: string;
  /** The OpenAPI schema of the value. */
  schema: { type: 'boolean' | 'integer' | 'string'; enum?: readonly string[] };
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

/**
 * Every organisation-wide setting. Adding one is one entry here: the API's GET and PATCH
 * bodies, their validation and documentation, storage and the audit entry all follow from it.
 */
export const ORG_SETTINGS = {
  fourEyesApproval: booleanSetting(
    true,
    'Nobody approves content they wrote themselves: another curator or admin must.',
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
