// The one place that uses class-validator's decorators directly: DTOs use these, whose messages
// are catalogue keys (see validation-message.ts), so a bad field is explained in the reader's
// language.
/* eslint-disable no-restricted-imports */
import { isIsoDate, type MessageParams } from '@chorus/core';
import * as validators from 'class-validator';
import type { ValidationOptions } from 'class-validator';
import { keyed } from './validation-message';

/** The `validation` sentences a decorator says by itself, each also said of a list's items. */
type OwnKey =
  | 'text'
  | 'notEmpty'
  | 'maxLength'
  | 'minLength'
  | 'oneOf'
  | 'uuid'
  | 'wholeNumber'
  | 'atLeast'
  | 'atMost'
  | 'boolean'
  | 'list'
  | 'listMax'
  | 'listMin'
  | 'listUnique'
  | 'email'
  | 'date'
  | 'httpUrl'
  | 'format';

/** A list's items are checked with `each`: "each value of tags must be text". */
const EACH_KEYS = ['text', 'notEmpty', 'maxLength', 'oneOf', 'uuid'] as const;
type EachKey = (typeof EACH_KEYS)[number];
const hasEachForm = (key: OwnKey): key is EachKey => (EACH_KEYS as readonly string[]).includes(key);

/** The options with the decorator's own sentence, unless the DTO gave a more telling one. */
function saying(
  options: ValidationOptions | undefined,
  key: OwnKey,
  params: MessageParams = {},
): ValidationOptions {
  if (options?.message !== undefined) return options;
  const message =
    options?.each === true && hasEachForm(key)
      ? keyed(`validation:each.${key}`, params)
      : keyed(`validation:${key}`, params);
  return { ...options, message };
}

export const IsString = (options?: ValidationOptions) =>
  validators.IsString(saying(options, 'text'));

export const MinLength = (min: number, options?: ValidationOptions) =>
  validators.MinLength(
    min,
    saying(options, min <= 1 ? 'notEmpty' : 'minLength', min <= 1 ? {} : { count: min }),
  );

export const MaxLength = (max: number, options?: ValidationOptions) =>
  validators.MaxLength(max, saying(options, 'maxLength', { count: max }));

/** The values are codes (the API's own), listed as they are in every language. */
export const IsIn = (values: readonly (string | number)[], options?: ValidationOptions) =>
  validators.IsIn(values, saying(options, 'oneOf', { values: values.join(', ') }));

export const IsUUID = (options?: ValidationOptions) =>
  validators.IsUUID('all', saying(options, 'uuid'));

export const IsInt = (options?: ValidationOptions) =>
  validators.IsInt(saying(options, 'wholeNumber'));

export const Min = (min: number, options?: ValidationOptions) =>
  validators.Min(min, saying(options, 'atLeast', { min }));

export const Max = (max: number, options?: ValidationOptions) =>
  validators.Max(max, saying(options, 'atMost', { max }));

/** Options for `Min` and `Max` both, so that either bound says the whole range. */
export const between = (min: number, max: number): ValidationOptions => ({
  message: keyed('validation:between', { min, max }),
});

export const IsBoolean = (options?: ValidationOptions) =>
  validators.IsBoolean(saying(options, 'boolean'));

export const IsArray = (options?: ValidationOptions) => validators.IsArray(saying(options, 'list'));

/** A nested object that must be given: ValidateNested alone lets a missing one through. */
export const IsObject = (options?: ValidationOptions) =>
  validators.IsObject({ message: keyed('validation:object'), ...options });

export const ArrayMaxSize = (max: number, options?: ValidationOptions) =>
  validators.ArrayMaxSize(max, saying(options, 'listMax', { count: max }));

export const ArrayMinSize = (min: number, options?: ValidationOptions) =>
  validators.ArrayMinSize(min, saying(options, 'listMin', { count: min }));

export const ArrayUnique = (options?: ValidationOptions) =>
  validators.ArrayUnique(saying(options, 'listUnique'));

export const IsEmail = (options?: ValidationOptions) =>
  validators.IsEmail({}, saying(options, 'email'));

/** An ISO 8601 date, or date and time. */
export const IsDateString = (options?: ValidationOptions) =>
  validators.IsDateString({}, saying(options, 'date'));

/** An absolute http or https address; `requireTld` refuses a bare host name. */
export const IsUrl = (options?: ValidationOptions, { requireTld = false } = {}) =>
  validators.IsUrl(
    { protocols: ['http', 'https'], require_protocol: true, require_tld: requireTld },
    saying(options, 'httpUrl'),
  );

/** A text in a shape a pattern describes; say which shape with a `message` of its own. */
export const Matches = (pattern: RegExp, options?: ValidationOptions) =>
  validators.Matches(pattern, saying(options, 'format'));

/** A calendar date (YYYY-MM-DD) from `first` to `last`, both included. */
export const IsCalendarDate = (first: string, last: string) =>
  validators.ValidateBy({
    name: 'isCalendarDate',
    validator: {
      validate: (value: unknown) => isIsoDate(value) && value >= first && value <= last,
      defaultMessage: () => keyed('validation:calendarDate', { first, last }),
    },
  });
