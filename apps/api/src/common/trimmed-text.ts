import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { trim } from './transforms';

/**
 * A text field that arrives trimmed, with the usual messages: "title must be text", "title must
 * not be empty" (unless `empty` is allowed), "title must be at most 200 characters".
 */
export function TrimmedText(
  field: string,
  maxLength: number,
  { empty = false }: { empty?: boolean } = {},
): PropertyDecorator {
  const decorators = [
    Transform(trim),
    IsString({ message: `${field} must be text` }),
    MaxLength(maxLength, {
      message: `${field} must be at most ${maxLength.toLocaleString('en')} characters`,
    }),
  ];
  if (!empty) decorators.push(MinLength(1, { message: `${field} must not be empty` }));
  return applyDecorators(...decorators);
}
