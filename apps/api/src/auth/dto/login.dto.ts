import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsString, MaxLength, MinLength } from '../../common/validators';

export class LoginDto {
  @ApiProperty({ example: 'employee@chorus.example' })
  @IsEmail()
  @MaxLength(320)
  email: string;

  @ApiProperty({ example: 'chorus-demo', format: 'password' })
  @IsString()
  @MinLength(1)
  @MaxLength(1024)
  password: string;
}
