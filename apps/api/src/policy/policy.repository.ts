import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

export interface CoverageRow {
  departmentId: string | null;
  department: string | null;
  people: number;
  enrolled: number;
  acknowledged: number;
  enrolledAcknowledged: number;
}

export interface AcknowledgmentRecord {
  name: string;
  email: string;
  department: string | null;
  location: string | null;
  status: string;
  enrolled: boolean;
  version: number;
  title: string;
  typedName: string;
  acknowledgedAt: Date;
  upToDate: boolean;
}

/** The reports HR reads about policy acknowledgments. */
@Injectable()
export class PolicyRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Active people per department: how many are enrolled, and how many are up to date. */
  async coverageByDepartment(): Promise<CoverageRow[]> {
    const rows = await this.dataSource.query<Record<string, string | number | null>[]>(`
      SELECT department.id AS "departmentId", department.name AS "department",
             count(*)::int AS "people",
             count(enrollment.user_id)::int AS "enrolled",
             count(*) FILTER (WHERE latest.version >= required.version)::int AS "acknowledged",
             count(enrollment.user_id) FILTER (WHERE latest.version >= required.version)::int
               AS "enrolledAcknowledged"
        FROM users person
        CROSS JOIN required_policy_version required
        LEFT JOIN org_groups department ON department.id = person.department_id
        LEFT JOIN enrollments enrollment ON enrollment.user_id = person.id
        LEFT JOIN latest_policy_acknowledgments latest ON latest.user_id = person.id
       WHERE person.status = 'active' AND required.version > 0
       GROUP BY department.id, department.name
       ORDER BY department.name NULLS LAST`);
    return rows as unknown as CoverageRow[];
  }

  /** The version everyone must have acknowledged: 0 while none is published. */
  async requiredVersion(manager: EntityManager = this.dataSource.manager): Promise<number> {
    const [{ version }] = await manager.query<{ version: number }[]>(
      `SELECT version::int FROM required_policy_version required`,
    );
    return version;
  }

  /** Every acknowledgment on file, by department, person and version. */
  async acknowledgments(): Promise<AcknowledgmentRecord[]> {
    return this.dataSource.query<AcknowledgmentRecord[]>(`
      SELECT person.name, person.email, department.name AS "department",
             location.name AS "location", person.status::text AS "status",
             (enrollment.user_id IS NOT NULL) AS "enrolled",
             version.version, version.title, ack.typed_name AS "typedName",
             ack.acknowledged_at AS "acknowledgedAt",
             (latest.version >= required.version) AS "upToDate"
        FROM policy_acknowledgments ack
        JOIN policy_versions version ON version.id = ack.policy_version_id
        JOIN users person ON person.id = ack.user_id
        CROSS JOIN required_policy_version required
        LEFT JOIN latest_policy_acknowledgments latest ON latest.user_id = person.id
        LEFT JOIN org_groups department ON department.id = person.department_id
        LEFT JOIN org_groups location ON location.id = person.location_id
        LEFT JOIN enrollments enrollment ON enrollment.user_id = person.id
       ORDER BY department.name NULLS LAST, person.name, version.version`);
  }
}
