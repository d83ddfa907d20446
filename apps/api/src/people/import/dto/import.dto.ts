import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn } from 'class-validator';
import { OptionalField } from '../../../common/optional';

const asBoolean = ({ value }: { value: unknown }) =>
  value === 'true' ? true : value === 'false' ? false : value;

export class ImportOptionsDto {
  @ApiPropertyOptional({
    default: false,
    description: 'Only report what the import would do; write nothing',
  })
  @OptionalField()
  @Transform(asBoolean)
  @IsBoolean({ message: 'dryRun must be true or false' })
  dryRun: boolean = false;

  @ApiPropertyOptional({
    enum: ['create', 'reject'],
    enumName: 'UnknownGroups',
    default: 'reject',
    description: 'What to do with departments and locations that do not exist yet',
  })
  @OptionalField()
  @IsIn(['create', 'reject'], { message: 'unknownGroups must be create or reject' })
  unknownGroups: 'create' | 'reject' = 'reject';

  @ApiPropertyOptional({
    default: false,
    description: 'Mail an invitation link to each person the import creates',
  })
  @OptionalField()
  @Transform(asBoolean)
  @IsBoolean({ message: 'invite must be true or false' })
  invite: boolean = false;
}

export class ImportProblemDto {
  /** Line in the file (the header is line 1) */
  line: number;

  /** Null when about the whole line */
  column: string | null;

  /** The catalogue key of the sentence, e.g. errors:import.emailInvalid */
  key: string;

  /** The values the sentence needs */
  params: Record<string, string | number>;

  /** The sentence in English */
  message: string;
}

export class ImportChangeDto {
  line: number;

  email: string;

  name: string;

  @ApiProperty({ enum: ['create', 'update', 'unchanged'], enumName: 'ImportAction' })
  action: 'create' | 'update' | 'unchanged';

  @ApiProperty({ type: [String], description: 'The fields an update changes' })
  fields: string[];
}

export class ImportReportDto {
  dryRun: boolean;

  /** True once the changes are written */
  applied: boolean;

  /** People (data lines) in the file */
  rows: number;

  created: number;

  updated: number;

  unchanged: number;

  /** Invitations sent */
  invited: number;

  @ApiProperty({
    description: 'Invitations that could not be sent (the people exist; resend from their page)',
  })
  invitationFailures: number;

  newDepartments: string[];

  newLocations: string[];

  @ApiProperty({
    type: [ImportProblemDto],
    description: 'Every problem; none means it can be applied',
  })
  problems: ImportProblemDto[];

  @ApiProperty({
    type: [ImportChangeDto],
    description: 'The first 200 rows and what happens to each',
  })
  changes: ImportChangeDto[];
}
