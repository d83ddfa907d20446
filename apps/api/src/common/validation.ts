import { BadRequestException, ValidationError, ValidationPipe } from '@nestjs/common';
import { NOT_AN_OBJECT_MESSAGE } from './json-body';

/** Nest's words when a body is not an object at all (plain text, which is not JSON). */
const NOT_AN_OBJECT = 'Validation failed (object is expected)';

/** Flattens nested validation errors into sentences such as "email must be an email address". */
export function describeValidationErrors(errors: ValidationError[], parent = ''): string[] {
  return errors.flatMap((error) => {
    if (!parent && error.property === 'body' && error.constraints?.isObject === NOT_AN_OBJECT) {
      return [NOT_AN_OBJECT_MESSAGE];
    }
    const path = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((text) =>
      parent ? text.replace(error.property, path) : text,
    );
    return [...own, ...describeValidationErrors(error.children ?? [], path)];
  });
}

/** Every body, query and param is a DTO: unknown fields are refused, values are converted. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    exceptionFactory: (errors) =>
      new BadRequestException(describeValidationErrors(errors).join('; ')),
  });
}
