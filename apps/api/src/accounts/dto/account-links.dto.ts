import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsString, MaxLength, MinLength } from '../../common/validators';
import { trim } from '../../common/transforms';
import { MAX_PASSWORD_LENGTH } from '@chorus/core';

export class TokenDto {
  /** The secret from the link in the mail */
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  token: string;
}

export class SetPasswordDto extends TokenDto {
  @ApiProperty({
    description: 'At least 10 characters, and not one of the most common passwords',
    maxLength: MAX_PASSWORD_LENGTH,
  })
  @IsString()
  @MaxLength(1000)
  password: string;
}

export class PasswordResetRequestDto {
  @ApiProperty({ example: 'emma@example.com' })
  @Transform(trim)
  @IsEmail()
  @MaxLength(320)
  email: string;
}

export class InvitationDto {
  email: string;

  name: string;
}

export class AcceptedDto {
  @ApiProperty({ example: 'If an account exists for that address, a reset link is on its way.' })
  message: string;
}
