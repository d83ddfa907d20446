import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { User } from '../users/entities/user.entity';
import { PolicyAcknowledgment } from './entities/policy-acknowledgment.entity';
import { PolicyVersion } from './entities/policy-version.entity';
import { PolicyVersionText } from './entities/policy-version-text.entity';

export interface CoverageRow {
  departmentId: string | null;
  department: string | null;
  people: number;
  enrolled: number;
  acknowledged: number;
  enrolledAcknowledged: number;
}

/** How many active people of a department are up to date, having signed in one language. */
export interface CoverageLanguageRow {
  departmentId: string | null;
  language: string;
  people: number;
}

/** A version's text without its body: what lists of texts show. */
export type PolicyTextSummary = Pick<
  PolicyVersionText,
  'language' | 'title' | 'changeSummary' | 'addedAt' | 'updatedAt'
> & { policyVersionId: string; addedBy: string | null; updatedBy: string | null };

export interface AcknowledgmentRecord {
  name: string;
  email: string;
  department: string | null;
  location: string | null;
  status: string;
  enrolled: boolean;
  version: number;
  /** The language of the text signed. */
  language: string;
  title: string;
  typedName: string;
  acknowledgedAt: Date;
  upToDate: boolean;
}

/** Policy versions, the acknowledgments people sign, and the reports HR reads about them. */
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

  /**
   * Active people who are up to date, per department and the language of the text they signed
   * last: the languages HR's coverage shows.
   */
  coverageLanguages(): Promise<CoverageLanguageRow[]> {
    return this.dataSource.query<CoverageLanguageRow[]>(`
      SELECT person.department_id AS "departmentId", ack.language, count(*)::int AS "people"
        FROM users person
        CROSS JOIN required_policy_version required
        JOIN latest_policy_acknowledgments latest ON latest.user_id = person.id
        JOIN policy_versions version ON version.version = latest.version
        JOIN policy_acknowledgments ack
          ON ack.user_id = person.id AND ack.policy_version_id = version.id
       WHERE person.status = 'active' AND required.version > 0
         AND latest.version >= required.version
       GROUP BY person.department_id, ack.language
       ORDER BY count(*) DESC, ack.language`);
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
             version.version, ack.language, text.title, ack.typed_name AS "typedName",
             ack.acknowledged_at AS "acknowledgedAt",
             (latest.version >= required.version) AS "upToDate"
        FROM policy_acknowledgments ack
        JOIN policy_versions version ON version.id = ack.policy_version_id
        JOIN policy_version_texts text
          ON text.policy_version_id = ack.policy_version_id AND text.language = ack.language
        JOIN users person ON person.id = ack.user_id
        CROSS JOIN required_policy_version required
        LEFT JOIN latest_policy_acknowledgments latest ON latest.user_id = person.id
        LEFT JOIN org_groups department ON department.id = person.department_id
        LEFT JOIN org_groups location ON location.id = person.location_id
        LEFT JOIN enrollments enrollment ON enrollment.user_id = person.id
       ORDER BY department.name NULLS LAST, person.name, version.version`);
  }

  /** One version by its number, or null. */
  findVersion(
    version: number,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<PolicyVersion | null> {
    return manager.findOneBy(PolicyVersion, { version });
  }

  /** The highest version published, or null while there is none. */
  findLatestVersion(
    manager: EntityManager = this.dataSource.manager,
  ): Promise<PolicyVersion | null> {
    return manager.findOne(PolicyVersion, { where: {}, order: { version: 'DESC' } });
  }

  /** Every version, newest first, with how many people acknowledged each. */
  async listVersionsWithAcknowledgmentCounts(): Promise<
    { version: PolicyVersion; acknowledgments: number }[]
  > {
    const { entities, raw } = await this.dataSource.manager
      .createQueryBuilder(PolicyVersion, 'version')
      .addSelect(
        (count) =>
          count
            .select('count(*)::int')
            .from(PolicyAcknowledgment, 'ack')
            .where('ack.policy_version_id = version.id'),
        'acknowledgments',
      )
      .orderBy('version.version', 'DESC')
      .getRawAndEntities<{ acknowledgments: number }>();
    return entities.map((version, index) => ({
      version,
      acknowledgments: raw[index].acknowledgments,
    }));
  }

  /** A person's acknowledgment of the highest version they acknowledged, or null. */
  findLatestAcknowledgment(
    userId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<PolicyAcknowledgment | null> {
    return manager
      .createQueryBuilder(PolicyAcknowledgment, 'ack')
      .innerJoinAndSelect('ack.policyVersion', 'version')
      .where('ack.user_id = :userId', { userId })
      .orderBy('version.version', 'DESC')
      .getOne();
  }

  /** The languages a version has a text in, in alphabetical order. */
  async textLanguages(
    policyVersionId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<string[]> {
    const rows = await manager.find(PolicyVersionText, {
      select: { language: true },
      where: { policyVersionId },
      order: { language: 'ASC' },
    });
    return rows.map((row) => row.language);
  }

  /** A version's text in one language, or null. */
  findText(
    policyVersionId: string,
    language: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<PolicyVersionText | null> {
    return manager.findOneBy(PolicyVersionText, { policyVersionId, language });
  }

  /** The texts of these versions without their bodies, with who added and corrected each. */
  async textSummaries(policyVersionIds: string[]): Promise<PolicyTextSummary[]> {
    if (policyVersionIds.length === 0) return [];
    return this.dataSource.query<PolicyTextSummary[]>(
      `SELECT text.policy_version_id AS "policyVersionId", text.language, text.title,
              text.change_summary AS "changeSummary", text.added_at AS "addedAt", text.updated_at AS "updatedAt",
              adder.name AS "addedBy", updater.name AS "updatedBy"
         FROM policy_version_texts text
         LEFT JOIN users adder ON adder.id = text.added_by_id
         LEFT JOIN users updater ON updater.id = text.updated_by_id
        WHERE text.policy_version_id = ANY($1::uuid[])
        ORDER BY text.language`,
      [policyVersionIds],
    );
  }

  /** Saves a version's text in one language, replacing the one it had in that language. */
  saveText(
    text: Pick<
      PolicyVersionText,
      'policyVersionId' | 'language' | 'title' | 'body' | 'changeSummary' | 'updatedById'
    > &
      Partial<Pick<PolicyVersionText, 'addedById' | 'addedAt' | 'updatedAt'>>,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<PolicyVersionText> {
    return manager.save(manager.create(PolicyVersionText, text));
  }

  /** Saves a new version and returns it. */
  insertVersion(
    version: Partial<PolicyVersion>,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<PolicyVersion> {
    return manager.save(manager.create(PolicyVersion, version));
  }

  /** The person who signs; fails when there is none. */
  getSigner(userId: string, manager: EntityManager = this.dataSource.manager): Promise<User> {
    return manager.findOneByOrFail(User, { id: userId });
  }

  /**
   * Records a person's signature of a version, keeping the first when they signed it before.
   * They sign now, unless `acknowledgedAt` says when (history such as the demo's).
   */
  async acknowledgeOnce(
    signature: Pick<PolicyAcknowledgment, 'userId' | 'policyVersionId' | 'language' | 'typedName'> &
      Partial<Pick<PolicyAcknowledgment, 'acknowledgedAt'>>,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<PolicyAcknowledgment> {
    await manager
      .createQueryBuilder()
      .insert()
      .into(PolicyAcknowledgment)
      .values(signature)
      .orIgnore()
      .execute();
    return manager.findOneByOrFail(PolicyAcknowledgment, {
      userId: signature.userId,
      policyVersionId: signature.policyVersionId,
    });
  }

  /** Every acknowledgment a person signed, with its version, oldest first. */
  findAcknowledgmentsOf(userId: string): Promise<PolicyAcknowledgment[]> {
    return this.dataSource.manager.find(PolicyAcknowledgment, {
      where: { userId },
      relations: { policyVersion: true, text: true },
      order: { acknowledgedAt: 'ASC' },
    });
  }
}
