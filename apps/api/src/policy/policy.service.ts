import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { sameFullName } from '@chorus/core';
import { AuditActor, AuditService } from '../audit/audit.service';
import { DomainError } from '../common/domain-error';
import { LOCKS, lockForTransaction } from '../database/advisory-lock';
import { Transactions } from '../database/transactions';
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
    private readonly transactions: Transactions,
    private readonly repository: PolicyRepository,
    private readonly audit: AuditService,
  ) {}

  /** The version in force, or a 404 while none is published. */
  async current(manager?: EntityManager): Promise<PolicyVersion> {
    const current = await this.repository.findLatestVersion(manager);
    if (!current) throw new DomainError('not_found', 'errors:policy.notPublished');
    return current;
  }

  async version(number: number): Promise<PolicyVersion> {
    const version = await this.repository.findVersion(number);
    if (!version)
      throw new DomainError('not_found', 'errors:policy.versionNotFound', { version: number });
    return version;
  }

  /** Every version, newest first, with how many people acknowledged each. */
  list(): Promise<VersionWithCount[]> {
    return this.repository.listVersionsWithAcknowledgmentCounts();
  }

  async standing(userId: string, manager?: EntityManager): Promise<PolicyStanding> {
    const [current, required, latest] = await Promise.all([
      this.repository.findLatestVersion(manager),
      this.repository.requiredVersion(manager),
      this.repository.findLatestAcknowledgment(userId, manager),
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
    return this.transactions.run(async (manager) => {
      await lockForTransaction(manager, LOCKS.policyVersions);
      const previous = await this.repository.findLatestVersion(manager);
      const version = await this.repository.insertVersion(
        {
          ...input,
          version: (previous?.version ?? 0) + 1,
          requiresAcknowledgment: previous ? input.requiresAcknowledgment : true,
          publishedById: actor.id,
        },
        manager,
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
    return this.transactions.run(async (manager) => {
      const current = await this.current(manager);
      const user = await this.repository.getSigner(userId, manager);
      if (!sameFullName(typedName, user.name)) {
        throw new DomainError('unprocessable', 'errors:policy.signatureMismatch', {
          name: user.name,
        });
      }
      const acknowledgment = await this.repository.acknowledgeOnce(
        { userId, policyVersionId: current.id, typedName: typedName.trim() },
        manager,
      );
      return Object.assign(acknowledgment, { policyVersion: current });
    });
  }

  /** Every acknowledgment the person signed, oldest first (for their data export). */
  async acknowledgmentsOf(userId: string) {
    const rows = await this.repository.findAcknowledgmentsOf(userId);
    return rows.map((ack) => ({
      version: ack.policyVersion?.version,
      title: ack.policyVersion?.title,
      typedName: ack.typedName,
      acknowledgedAt: ack.acknowledgedAt,
    }));
  }
}
