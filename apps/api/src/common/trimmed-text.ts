import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { trim } from './transforms';
import { IsString, MaxLength, MinLength } from './validators';

/**
 * A text field that arrives trimmed, with the usual messages: "title must be text", "title must
 * not be empty" (unless `empty` is allowed), "title must be at most 200 characters".
 */
export function TrimmedText(
  maxLength: number,
  { empty = false }: { empty?: boolean } = {},
): PropertyDecorator {
  const decorators = [Transform(trim), IsString(), MaxLength(maxLength)];
  if (!empty) decorators.push(MinLength(1));
  return applyDecorators(...decorators);
}
