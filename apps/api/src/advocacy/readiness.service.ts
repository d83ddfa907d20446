import { Injectable } from '@nestjs/common';
import type { ShareBlocker } from '@chorus/core';
import { DomainError, type MessageRef } from '../common/domain-error';
import { PolicyService, type PolicyStanding } from '../policy/policy.service';
import { SettingsService } from '../settings/settings.service';
import { TrainingService } from '../training/training.service';
import type { Enrollment } from './entities/enrollment.entity';
import { EnrollmentService } from './enrollment.service';

/** Everything that decides whether a person may share, and change suggested text, now. */
export interface Readiness {
  enrollment: Enrollment | null;
  policy: PolicyStanding;
  reachedStage: number;
  requiredToShare: number;
  requiredToEdit: number;
  /** What stands between the person and sharing, in the order to resolve it; empty: ready. */
  blockers: ShareBlocker[];
  mayEditText: boolean;
}

/** What each gate says, with the figures it needs. */
const BLOCKED: Record<ShareBlocker, (readiness: Readiness) => MessageRef> = {
  not_enrolled: () => ({ key: 'errors:sharing.notEnrolled', params: {} }),
  policy_not_acknowledged: (readiness) => ({
    key: 'errors:sharing.policyNotAcknowledged',
    params: { version: readiness.policy.current?.version ?? '' },
  }),
  training_required: (readiness) => ({
    key:
      readiness.reachedStage === 0
        ? 'errors:sharing.trainingRequiredNone'
        : 'errors:sharing.trainingRequired',
    params: { required: readiness.requiredToShare, reached: readiness.reachedStage },
  }),
};

/**
 * The gates in front of every share: enrolled, the policy acknowledged, the training stage the
 * admins ask for. The portal shows them; the API enforces them.
 */
@Injectable()
export class ReadinessService {
  constructor(
    private readonly enrollments: EnrollmentService,
    private readonly policy: PolicyService,
    private readonly training: TrainingService,
    private readonly settings: SettingsService,
  ) {}

  async of(userId: string): Promise<Readiness> {
    const [enrollment, policy, reachedStage, settings] = await Promise.all([
      this.enrollments.find(userId),
      this.policy.standing(userId),
      this.training.reachedStage(userId),
      this.settings.get(),
    ]);
    const blockers: ShareBlocker[] = [];
    if (!enrollment) blockers.push('not_enrolled');
    if (!policy.upToDate) blockers.push('policy_not_acknowledged');
    if (reachedStage < settings.shareRequiresStage) blockers.push('training_required');
    return {
      enrollment,
      policy,
      reachedStage,
      requiredToShare: settings.shareRequiresStage,
      requiredToEdit: settings.editRequiresStage,
      blockers,
      mayEditText: reachedStage >= settings.editRequiresStage,
    };
  }

  /**
   * Refuses a share the person may not make: a 403 whose code names the first gate still closed.
   * `editedText` is whether they changed the suggested text, which may need a higher stage.
   */
  async assertMayShare(userId: string, editedText: boolean): Promise<Readiness> {
    const readiness = await this.of(userId);
    const [blocker] = readiness.blockers;
    if (blocker) {
      const { key, params } = BLOCKED[blocker](readiness);
      throw new DomainError(blocker, key, params);
    }
    if (editedText && !readiness.mayEditText) {
      throw new DomainError('training_required', 'errors:sharing.trainingToEdit', {
        required: readiness.requiredToEdit,
      });
    }
    return readiness;
  }
}
