import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, Matches, MaxLength } from '../../common/validators';
import { keyed } from '../../common/validation-message';
import { OptionalField } from '../../common/optional';

export class AuthOptionsDto {
  /** True when "Sign in with SSO" is offered */
  sso: boolean;
}

export class SsoStartQueryDto {
  @ApiPropertyOptional({ description: 'Portal path to open after signing in', example: '/people' })
  @OptionalField()
  @IsString()
  @MaxLength(500)
  // A path on this site only: never another origin (no open redirect).
  @Matches(/^\/(?![/\\])[^\s]*$/, { message: keyed('validation:returnTo') })
  returnTo?: string;
}
