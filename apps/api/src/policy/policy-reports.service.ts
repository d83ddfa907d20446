import { Injectable } from '@nestjs/common';
import { toCsv } from '../common/csv';
import { CoverageRowDto, PolicyCoverageDto } from './dto/policy.dto';
import { PolicyRepository } from './policy.repository';

const CSV_HEADER = [
  'name',
  'email',
  'department',
  'location',
  'status',
  'enrolled',
  'version',
  'language',
  'title',
  'name typed',
  'acknowledged at',
  'up to date',
];

/** What HR reads about acknowledgments: coverage by department and the records themselves. */
@Injectable()
export class PolicyReportsService {
  constructor(private readonly repository: PolicyRepository) {}

  async coverage(): Promise<PolicyCoverageDto> {
    const [departments, languages, required] = await Promise.all([
      this.repository.coverageByDepartment(),
      this.repository.coverageLanguages(),
      this.repository.requiredVersion(),
    ]);
    return {
      requiredVersion: required,
      departments: departments.map((row) => CoverageRowDto.from(row, languages)),
    };
  }

  async acknowledgmentsCsv(): Promise<string> {
    const records = await this.repository.acknowledgments();
    return toCsv(
      CSV_HEADER,
      records.map((record) => [
        record.name,
        record.email,
        record.department,
        record.location,
        record.status,
        record.enrolled ? 'yes' : 'no',
        record.version,
        record.language,
        record.title,
        record.typedName,
        record.acknowledgedAt.toISOString(),
        record.upToDate ? 'yes' : 'no',
      ]),
    );
  }
}
