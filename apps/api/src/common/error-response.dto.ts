import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** One of several things wrong with a request: a sentence by key, and where it is. */
export class ProblemDto {
  @ApiProperty({
    description: 'The catalogue key of the sentence (namespace:path)',
    example: 'validation:isEmail',
  })
  key: string;

  @ApiProperty({
    description: 'The values the sentence needs',
    type: 'object',
    additionalProperties: { oneOf: [{ type: 'string' }, { type: 'number' }] },
    example: { field: 'email' },
  })
  params: Record<string, string | number>;

  @ApiPropertyOptional({ description: 'The field the problem is in', example: 'email' })
  field?: string;
}

/**
 * What a client needs to say an error in its reader's language: the sentence by key with its
 * params, plus what the domain adds (every problem found; an id the error refers to; ...).
 */
export class ErrorDetailsDto {
  @ApiProperty({
    description: 'The catalogue key of the sentence `message` renders (namespace:path)',
    example: 'errors:topics.notFound',
  })
  key: string;

  @ApiProperty({
    description: 'The values the sentence needs; words (a role, a group kind) are codes',
    type: 'object',
    additionalProperties: { oneOf: [{ type: 'string' }, { type: 'number' }] },
    example: { id: '0b0f6c1e-4a8e-4c1e-9d43-3f1b6f6f1c2a' },
  })
  params: Record<string, string | number>;

  @ApiPropertyOptional({
    description: 'Every problem found, each by key (invalid fields, lines of a file, findings)',
    type: [ProblemDto],
  })
  problems?: ProblemDto[];
}

/** The body of every error Chorus answers with. */
export class ErrorDto {
  @ApiProperty({ example: 400 })
  statusCode: number;

  @ApiProperty({ example: 'Bad Request' })
  error: string;

  @ApiProperty({
    description: "The sentence, in the language the request's Accept-Language prefers",
    example: 'email must be an email address',
  })
  message: string;

  @ApiPropertyOptional({
    description: 'A stable, machine-readable code for the kind of error',
    example: 'invalid_credentials',
  })
  code?: string;

  @ApiProperty({
    description: 'The sentence by catalogue key and params, and structured extras',
    type: ErrorDetailsDto,
  })
  details: ErrorDetailsDto;
}
