import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { requestLanguage } from './request-language';

/** The language to answer the request in, from its Accept-Language header. */
export const ReaderLanguage = createParamDecorator((_: unknown, context: ExecutionContext) =>
  requestLanguage(context.switchToHttp().getRequest()),
);
