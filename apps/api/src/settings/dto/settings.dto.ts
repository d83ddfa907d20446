import type { Type } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, type ApiPropertyOptions } from '@nestjs/swagger';
import { ValidateBy } from 'class-validator';
import { OptionalField } from '../../common/optional';
import { keyed } from '../../common/validation-message';
import { ORG_SETTING_KEYS, OrgSettings, settingDefinition } from '../org-settings';

/**
 * A class with one documented property per setting, so that each new entry in ORG_SETTINGS
 * appears in the API (and, when `patch`, is validated there) without a second edit.
 */
function settingsClass(patch: boolean): Type<unknown> {
  class Settings {}
  for (const key of ORG_SETTING_KEYS) {
    const definition = settingDefinition(key);
    // A change names only what changes: its fields have no default, or clients would send them.
    // The definitions' schemas are plain OpenAPI; swagger's types want one variant per type.
    const schema = {
      ...definition.schema,
      description: definition.description,
      ...(patch ? {} : { default: definition.default }),
    } as ApiPropertyOptions;
    if (!patch) {
      ApiProperty(schema)(Settings.prototype, key);
      continue;
    }
    ApiPropertyOptional(schema)(Settings.prototype, key);
    OptionalField()(Settings.prototype, key);
    ValidateBy({
      name: 'isSettingValue',
      validator: {
        validate: (value: unknown) => definition.accepts(value),
        defaultMessage: () => keyed(definition.expects.key, definition.expects.params),
      },
    })(Settings.prototype, key);
  }
  return Settings;
}

/** Every organisation-wide setting with its current value. */
export class SettingsDto extends (settingsClass(false) as Type<OrgSettings>) {}

/** The settings to change; those left out stay as they are. */
export class UpdateSettingsDto extends (settingsClass(true) as Type<Partial<OrgSettings>>) {}
