import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** The body of every error Chorus answers with. */
export class ErrorDto {
  @ApiProperty({ example: 400 })
  statusCode: number;

  @ApiProperty({ example: 'Bad Request' })
  error: string;

  @ApiProperty({ example: 'email must be an email address' })
  message: string;

  @ApiPropertyOptional({
    description: 'A stable, machine-readable code for errors the portal reacts to',
    example: 'invalid_credentials',
  })
  code?: string;

  @ApiPropertyOptional({
    description:
      'Structured detail for errors that carry more than a sentence (e.g. import problems)',
  })
  details?: unknown;
}
