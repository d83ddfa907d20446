import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, Repository } from 'typeorm';
import { sameFullName } from '@chorus/core';
import { AuditActor, AuditService } from '../audit/audit.service';
import { DomainError } from '../common/domain-error';
import { User } from '../users/entities/user.entity';
import { PolicyAcknowledgment } from './entities/policy-acknowledgment.entity';
import { PolicyVersion } from './entities/policy-version.entity';
import { PolicyRepository } from './policy.repository';

export interface NewPolicyVersion {
  title: string;
  body: string;
  changeSummary: string;
  requiresAcknowledgment: boolean;
}

/** Where a person stands with the policy. */
export interface PolicyStanding {
  current: PolicyVersion | null;
  /** Their acknowledgment of the highest version they acknowledged. */
  latest: (PolicyAcknowledgment & { policyVersion: PolicyVersion }) | null;
  /** The version they must have acknowledged at least: 0 while no policy is published. */
  requiredVersion: number;
  upToDate: boolean;
}

export interface VersionWithCount {
  version: PolicyVersion;
  acknowledgments: number;
}

/** The written social media policy: versions admins publish and the acknowledgments people sign. */
@Injectable()
export class PolicyService {
  constructor(
    @InjectRepository(PolicyVersion) private readonly versions: Repository<PolicyVersion>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: PolicyRepository,
    private readonly audit: AuditService,
  ) {}

  /** The version in force, or a 404 while none is published. */
  async current(manager: EntityManager = this.versions.manager): Promise<PolicyVersion> {
    const current = await this.latestVersion(manager);
    if (!current)
      throw new DomainError('not_found', 'No social media policy has been published yet.');
    return current;
  }

  async version(number: number): Promise<PolicyVersion> {
    const version = await this.versions.findOneBy({ version: number });
    if (!version) throw new DomainError('not_found', `There is no policy version ${number}.`);
    return version;
  }

  /** Every version, newest first, with how many people acknowledged each. */
  async list(): Promise<VersionWithCount[]> {
    const { entities, raw } = await this.versions
      .createQueryBuilder('version')
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

  async standing(userId: string, manager = this.versions.manager): Promise<PolicyStanding> {
    const [current, required, latest] = await Promise.all([
      this.latestVersion(manager),
      this.repository.requiredVersion(manager),
      manager
        .createQueryBuilder(PolicyAcknowledgment, 'ack')
        .innerJoinAndSelect('ack.policyVersion', 'version')
        .where('ack.user_id = :userId', { userId })
        .orderBy('version.version', 'DESC')
        .getOne(),
    ]);
    const acknowledged = latest?.policyVersion?.version ?? 0;
    return {
      current,
      latest: (latest as PolicyStanding['latest']) ?? null,
      requiredVersion: required,
      upToDate: acknowledged >= required,
    };
  }

  /**
   * Publishes the next version. The first version always needs acknowledging; later ones do when
   * the admin says so (a typo fix need not send everyone back to sign again).
   */
  async publish(input: NewPolicyVersion, actor: AuditActor): Promise<PolicyVersion> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', ['chorus.policy']);
      const previous = await this.latestVersion(manager);
      const version = await manager.save(
        manager.create(PolicyVersion, {
          ...input,
          version: (previous?.version ?? 0) + 1,
          requiresAcknowledgment: previous ? input.requiresAcknowledgment : true,
          publishedById: actor.id,
        }),
      );
      await this.audit.record(
        {
          actor,
          action: 'policy.published',
          target: { type: 'policy', id: version.id, label: `Version ${version.version}` },
          summary: {
            after: {
              version: version.version,
              title: version.title,
              requiresAcknowledgment: version.requiresAcknowledgment,
            },
          },
        },
        manager,
      );
      return version;
    });
  }

  /**
   * Signs the current version with the person's full name, typed as on their account. Signing
   * twice keeps the first signature.
   */
  async acknowledge(
    userId: string,
    typedName: string,
  ): Promise<PolicyAcknowledgment & { policyVersion: PolicyVersion }> {
    return this.dataSource.transaction(async (manager) => {
      const current = await this.current(manager);
      const user = await manager.findOneByOrFail(User, { id: userId });
      if (!sameFullName(typedName, user.name)) {
        throw new DomainError(
          'unprocessable',
          `Type your full name as it is on your account (${user.name}) to sign the policy.`,
        );
      }
      await manager
        .createQueryBuilder()
        .insert()
        .into(PolicyAcknowledgment)
        .values({ userId, policyVersionId: current.id, typedName: typedName.trim() })
        .orIgnore()
        .execute();
      const acknowledgment = await manager.findOneByOrFail(PolicyAcknowledgment, {
        userId,
        policyVersionId: current.id,
      });
      return Object.assign(acknowledgment, { policyVersion: current });
    });
  }

  /** Every acknowledgment the person signed, oldest first (for their data export). */
  async acknowledgmentsOf(userId: string) {
    const rows = await this.versions.manager.find(PolicyAcknowledgment, {
      where: { userId },
      relations: { policyVersion: true },
      order: { acknowledgedAt: 'ASC' },
    });
    return rows.map((ack) => ({
      version: ack.policyVersion?.version,
      title: ack.policyVersion?.title,
      typedName: ack.typedName,
      acknowledgedAt: ack.acknowledgedAt,
    }));
  }

  private latestVersion(manager: EntityManager): Promise<PolicyVersion | null> {
    return manager.findOne(PolicyVersion, { where: {}, order: { version: 'DESC' } });
  }
}
