import { ValidationError, ValidationPipe } from '@nestjs/common';
import type { MessageKey } from '@chorus/core';
import { InvalidInputError, problem, type Problem } from './domain-error';
import { readKeyed } from './validation-message';

/** Nest's words when a body is not an object at all (plain text, which is not JSON). */
const NOT_AN_OBJECT = 'Validation failed (object is expected)';

/** Constraints class-validator and Nest add by themselves, without a message of Chorus's. */
const OWN_CONSTRAINTS: Readonly<Record<string, MessageKey>> = {
  whitelistValidation: 'validation:unknownField',
  nestedValidation: 'validation:object',
  isObject: 'validation:object',
};

/** Nested errors are this deep at most: DTOs nest one or two levels, a request cannot add more. */
const MAX_DEPTH = 8;

/**
 * Every failed constraint as a problem by key, with `field` the path to the value as the API
 * names it ("answers.0.option"). Messages are keys (see validation-message.ts); a constraint
 * without one says that the field is not valid.
 */
export function validationProblems(
  errors: readonly ValidationError[],
  parent = '',
  depth = 0,
): Problem[] {
  if (depth > MAX_DEPTH) return [];
  return errors.flatMap((error) => {
    if (!parent && error.property === 'body' && error.constraints?.isObject === NOT_AN_OBJECT) {
      return [problem('errors:http.notAnObject')];
    }
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([constraint, message]) => {
      const keyed = readKeyed(message);
      const key = keyed?.key ?? OWN_CONSTRAINTS[constraint] ?? 'validation:invalid';
      return problem(key, { ...keyed?.params, field }, { field });
    });
    return [...own, ...validationProblems(error.children ?? [], field, depth + 1)];
  });
}

/** Every body, query and param is a DTO: unknown fields are refused, values are converted. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) => new InvalidInputError(validationProblems(errors)),
  });
}
