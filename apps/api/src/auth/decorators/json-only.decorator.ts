import { ApiUnsupportedMediaTypeResponse } from '@nestjs/swagger';
import { ErrorDto } from '../../common/error-response.dto';

/**
 * Documents the 415 of a public write: without a session there is no XSRF token to check, so
 * the access guard takes JSON only (see verifyPublicWrite in csrf.ts).
 */
export const ApiJsonOnly = () =>
  ApiUnsupportedMediaTypeResponse({
    type: ErrorDto,
    description:
      'The body is not JSON: writes without a session accept Content-Type: application/json only',
  });
