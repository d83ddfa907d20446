import { Injectable } from '@nestjs/common';
import {
  DELETED_ACCOUNT_LABEL,
  formatMastodonHandle,
  normalizeEmail,
  parseMastodonHandle,
  type SocialNetwork,
} from '@chorus/core';
import { AccountTokensService } from '../accounts/account-tokens.service';
import { AuditService } from '../audit/audit.service';
import { LoginThrottleService } from '../auth/login-throttle.service';
import { SessionsService } from '../auth/sessions.service';
import { DomainError } from '../common/domain-error';
import { Transactions } from '../database/transactions';
import { MailService } from '../mail/mail.service';
import { NotificationPreferencesService } from '../notifications/notification-preferences.service';
import { NotificationsService } from '../notifications/notifications.service';
import { assertAnAdministratorRemains, lockAdministrators } from '../users/admin-guard';
import { UserDto } from '../users/dto/user.dto';
import { UsersService } from '../users/users.service';
import { ProfileDto, UpdateProfileDto } from './dto/profile.dto';
import { ProfileRepository } from './profile.repository';
import { TrainingService } from '../training/training.service';
import { PolicyService } from '../policy/policy.service';
import { EscalationsService } from '../escalations/escalations.service';
import { EnrollmentService } from '../advocacy/enrollment.service';
import { SourcesService } from '../sources/sources.service';

/** A person's own view of what Chorus holds about them, and their right to take it or erase it. */
@Injectable()
export class ProfileService {
  constructor(
    private readonly transactions: Transactions,
    private readonly profiles: ProfileRepository,
    private readonly users: UsersService,
    private readonly audit: AuditService,
    private readonly sessions: SessionsService,
    private readonly tokens: AccountTokensService,
    private readonly mail: MailService,
    private readonly throttle: LoginThrottleService,
    private readonly enrollments: EnrollmentService,
    private readonly policy: PolicyService,
    private readonly training: TrainingService,
    private readonly escalations: EscalationsService,
    private readonly notifications: NotificationsService,
    private readonly notificationPreferences: NotificationPreferencesService,
    private readonly sources: SourcesService,
  ) {}

  async get(userId: string): Promise<ProfileDto> {
    const [user, profiles] = await Promise.all([
      this.users.get(userId),
      this.profiles.findSocialProfiles(userId),
    ]);
    const { email, name, language, department, location } = UserDto.from(user);
    return {
      email,
      name,
      language,
      department,
      location,
      socialProfiles: profiles.map(({ network, handle, audienceSize }) => ({
        network,
        handle,
        audienceSize,
      })),
    };
  }

  async update(userId: string, changes: UpdateProfileDto): Promise<ProfileDto> {
    const networks = changes.socialProfiles?.map((profile) => profile.network) ?? [];
    const repeated = networks.find((network, index) => networks.indexOf(network) !== index);
    if (repeated) {
      throw new DomainError('invalid_input', 'errors:account.socialProfileRepeated', {
        network: repeated,
      });
    }
    const kept = changes.socialProfiles
      ?.filter((profile) => profile.handle != null || profile.audienceSize != null)
      .map((profile) => ({
        network: profile.network,
        handle: normalizedHandle(profile.network, profile.handle ?? null),
        audienceSize: profile.audienceSize ?? null,
      }));
    await this.transactions.run(async (manager) => {
      await this.users.updateProfile(userId, changes, manager);
      if (kept) await this.profiles.replaceSocialProfiles(userId, kept, manager);
    });
    return this.get(userId);
  }

  /** Everything Chorus holds about a person, as one JSON document. */
  async export(userId: string): Promise<Record<string, unknown>> {
    const user = await this.users.get(userId);
    const [profile, sessions, links, audit, mail, failedSignIns, enrollment, policy, training] =
      await Promise.all([
        this.get(userId),
        this.sessions.history(userId),
        this.tokens.history(userId),
        this.audit.aboutPerson(userId),
        this.mail.keptFor(user.email),
        this.throttle.failuresFor(user.email),
        this.enrollments.find(userId),
        this.policy.acknowledgmentsOf(userId),
        this.training.historyOf(userId),
      ]);
    const reports = await this.escalations.reportedBy(userId);
    const [notifications, notificationPreferences, suggestions] = await Promise.all([
      this.notifications.allFor(userId),
      this.notificationPreferences.get(user),
      this.sources.everySuggestionOf(userId),
    ]);
    return {
      exportedAt: new Date().toISOString(),
      account: UserDto.from(user),
      profile,
      sessions: sessions.map(({ createdAt, expiresAt, revokedAt, userAgent }) => ({
        createdAt,
        expiresAt,
        revokedAt,
        userAgent,
      })),
      mailedLinks: links.map(({ purpose, createdAt, expiresAt, usedAt }) => ({
        purpose,
        createdAt,
        expiresAt,
        usedAt,
      })),
      mailKeptInOutbox: mail.map(({ createdAt, subject }) => ({ createdAt, subject })),
      failedSignIns,
      advocacyProgramme: { enrolledAt: enrollment?.enrolledAt ?? null },
      policyAcknowledgments: policy,
      training,
      reportedComments: reports,
      suggestedPages: suggestions.map(
        ({ url, title, note, state, createdAt, decidedAt, declineReason }) => ({
          url,
          title,
          note,
          state,
          createdAt,
          decidedAt,
          declineReason,
        }),
      ),
      notificationPreferences,
      notifications: notifications.map(({ kind, params, link, createdAt, readAt }) => ({
        kind,
        params,
        link,
        createdAt,
        readAt,
      })),
      auditLog: audit.map(({ at, action, actorLabel, targetLabel, summary }) => ({
        at,
        action,
        actor: actorLabel,
        target: targetLabel,
        summary,
      })),
    };
  }

  /**
   * Erases the account and everything personal attached to it. The audit log keeps what
   * happened without saying who; later, shares and clicks stay only as anonymous figures.
   */
  async deleteAccount(userId: string, confirmEmail: string): Promise<void> {
    const user = await this.users.get(userId);
    if (normalizeEmail(confirmEmail) !== user.email) {
      throw new DomainError('invalid_input', 'errors:account.confirmDeletion');
    }
    await this.transactions.run(async (manager) => {
      await lockAdministrators(manager);
      await this.audit.forgetPerson(user, manager);
      await this.mail.forgetRecipient(user.email, manager);
      await this.throttle.forget(user.email, manager);
      await this.profiles.deleteAccount(userId, manager);
      await this.audit.record(
        {
          actor: null,
          action: 'person.deleted_own_account',
          target: { type: 'account', label: DELETED_ACCOUNT_LABEL },
          summary: { roles: user.roles },
        },
        manager,
      );
      await assertAnAdministratorRemains(manager);
    });
  }
}

/**
 * A handle as Chorus keeps it. A Mastodon handle names the server a Mastodon share goes to, so it
 * must be one (`@name@host`, `name@host` or `https://host/@name`) and is kept as `@name@host`.
 */
function normalizedHandle(network: SocialNetwork, handle: string | null): string | null {
  if (network !== 'mastodon' || handle === null) return handle;
  const parsed = parseMastodonHandle(handle);
  if (!parsed)
    throw new DomainError('unprocessable', 'errors:account.mastodonHandleInvalid', { handle });
  return formatMastodonHandle(parsed);
}
