import { applyDecorators, HttpCode, type Type } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
} from '@nestjs/swagger';
import { ErrorDto } from '../common/error-response.dto';

/**
 * The responses a route documents beyond the application-wide errors (400, 403, 413, 414 and
 * 503 come from documentCommonErrors): each composed once here, so that every PATCH and DELETE
 * of a record says the same thing the same way.
 */
export interface RouteErrors {
  /** What a 409 means on this route, e.g. "The name is taken". */
  conflict?: string;
}

function conflictResponse(errors: RouteErrors): MethodDecorator[] {
  return errors.conflict === undefined
    ? []
    : [ApiConflictResponse({ type: ErrorDto, description: errors.conflict })];
}

/** Changes one record by id: 200 with the changed record, 404 when no record has the id. */
export const UpdateRoute = (type: Type<unknown>, errors: RouteErrors = {}) =>
  applyDecorators(
    ApiOkResponse({ type }),
    ApiNotFoundResponse({ type: ErrorDto }),
    ...conflictResponse(errors),
  );

/** Deletes one record by id: 204 with no body, 404 when no record has the id. */
export const DeleteRoute = (errors: RouteErrors = {}) =>
  applyDecorators(
    HttpCode(204),
    ApiNoContentResponse(),
    ApiNotFoundResponse({ type: ErrorDto }),
    ...conflictResponse(errors),
  );
