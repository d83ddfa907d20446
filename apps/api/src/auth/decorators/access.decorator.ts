import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiCookieAuth, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { Role } from '@chorus/core';
import { ErrorDto } from '../../common/error-response.dto';

export const ACCESS_RULE = 'chorus:access';

/** Who may call a route. Every route declares one; the global AccessGuard refuses routes without. */
export type AccessRule =
  | { kind: 'public' }
  | { kind: 'signed-link' }
  | { kind: 'signed-in' }
  | { kind: 'roles'; roles: readonly Role[] };

/** Anyone, signed in or not. */
export const Public = () => SetMetadata(ACCESS_RULE, { kind: 'public' } satisfies AccessRule);

/**
 * Anyone holding a link Chorus signed (an unsubscribe link in a mail): the token in the path is
 * the credential, so no session, no JSON and no same-site check. Mail providers post RFC 8058
 * one-click forms from their own servers; a page elsewhere cannot forge a token it never saw.
 */
export const SignedLink = () =>
  SetMetadata(ACCESS_RULE, { kind: 'signed-link' } satisfies AccessRule);

/** Any signed-in person, whatever their roles. */
export const SignedIn = () =>
  applyDecorators(
    SetMetadata(ACCESS_RULE, { kind: 'signed-in' } satisfies AccessRule),
    ApiCookieAuth(),
    ApiUnauthorizedResponse({ type: ErrorDto, description: 'Not signed in, or the session ended' }),
  );

/** Signed-in people holding at least one of `roles`. */
export const Roles = (...roles: Role[]) =>
  applyDecorators(
    SetMetadata(ACCESS_RULE, { kind: 'roles', roles } satisfies AccessRule),
    ApiCookieAuth(),
    ApiUnauthorizedResponse({ type: ErrorDto, description: 'Not signed in, or the session ended' }),
    ApiForbiddenResponse({
      type: ErrorDto,
      description: `Needs one of the roles: ${roles.join(', ')}`,
    }),
  );
