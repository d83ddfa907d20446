import type { Type } from '@nestjs/common';
// The one place allowed to use these two: every DTO goes through the helpers below.
// eslint-disable-next-line no-restricted-imports
import { PartialType } from '@nestjs/swagger';
// eslint-disable-next-line no-restricted-imports
import { IsOptional, ValidateIf } from 'class-validator';

/**
 * Fields a request may leave out. class-validator's IsOptional() skips `null` as well as a
 * missing value, so `{"name": null}` slipped past every check and reached a NOT NULL column as
 * a 500. Chorus says which one a field means instead:
 *
 * - `@OptionalField()`: may be left out (nothing changes); when sent, it is checked like any
 *   value, so `null` is refused with the field's own message ("name must be text").
 * - `@NullableField()`: may be left out, or `null` to clear it (a column that may be empty).
 *
 * ESLint refuses IsOptional and the bare PartialType elsewhere, so no DTO can bring the old
 * behaviour back.
 */
export const OptionalField = (): PropertyDecorator =>
  ValidateIf((_object, value) => value !== undefined);

export const NullableField = (): PropertyDecorator => IsOptional();

/** Every field of `dto` made an OptionalField: the body of a PATCH built from a create body. */
export function PartialDto<T>(dto: Type<T>): Type<Partial<T>> {
  return PartialType(dto, { skipNullProperties: false });
}
