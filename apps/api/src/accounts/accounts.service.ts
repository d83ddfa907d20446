import { Inject, Injectable, Logger } from '@nestjs/common';
import { normalizeEmail } from '@chorus/core';
import type { EntityManager } from 'typeorm';
import { AuditActor, AuditService } from '../audit/audit.service';
import { LoginThrottleService } from '../auth/login-throttle.service';
import { passwordProblem } from '../auth/password-policy';
import { hashPassword } from '../auth/passwords';
import { IssuedSession, SessionsService } from '../auth/sessions.service';
import { DomainError } from '../common/domain-error';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import { publicAddress } from '../config/public-address';
import { Transactions } from '../database/transactions';
import { MailService } from '../mail/mail.service';
import type { MailLane } from '../mail/mail-message';
import { User } from '../users/entities/user.entity';
import { UsersRepository } from '../users/users.repository';
import { UsersService } from '../users/users.service';
import { invitationMail, passwordResetMail, signInWithSsoMail } from './account-mails';
import { AccountTokensService } from './account-tokens.service';
import { InvitationNotifier } from './invitation-notifier';

/** The shortest time between two password reset mails to one person. */
export const RESET_MAIL_INTERVAL_MS = 60_000;

export interface SignedInAccount {
  user: User;
  session: IssuedSession;
}

/** Invitations and password resets: the two ways a person sets a password through a mailed link. */
@Injectable()
export class AccountsService {
  private readonly logger = new Logger(AccountsService.name);

  constructor(
    private readonly transactions: Transactions,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly tokens: AccountTokensService,
    private readonly mail: MailService,
    private readonly audit: AuditService,
    private readonly sessions: SessionsService,
    private readonly users: UsersService,
    private readonly usersRepository: UsersRepository,
    private readonly throttle: LoginThrottleService,
    private readonly invitations: InvitationNotifier,
  ) {}

  /**
   * Queues an invitation mail inside the caller's transaction: it leaves once the invitation
   * is committed, and never if it is rolled back. One mail per invitation link.
   */
  async sendInvitation(
    user: User,
    invitedBy: AuditActor | null,
    manager: EntityManager,
    lane: MailLane = 'personal',
  ): Promise<void> {
    const token = await this.tokens.issue(user.id, 'invitation', manager);
    await this.mail.queueTemplate(
      invitationMail,
      user,
      {
        link: `${publicAddress(this.config)}/invitation?token=${token.secret}`,
        expiresAt: token.expiresAt,
        inviter: invitedBy?.label ?? null,
      },
      // An invitation an admin sends by hand is awaited; an import's many wait their turn.
      { key: `invitation:${token.id}`, lane },
      manager,
    );
  }

  /** Who an invitation is for, so the page can greet them before they choose a password. */
  async lookUpInvitation(secret: string): Promise<User> {
    const token = await this.tokens.find(secret, 'invitation');
    this.assertNotDeactivated(token.user!);
    return token.user!;
  }

  async acceptInvitation(
    secret: string,
    password: string,
    userAgent?: string,
  ): Promise<SignedInAccount> {
    const userId = await this.transactions.run(async (manager) => {
      const token = await this.tokens.find(secret, 'invitation', manager);
      const invited = token.user!;
      this.assertNotDeactivated(invited);
      await this.setPassword(manager, invited, password);
      await this.tokens.redeem(secret, 'invitation', manager);
      await this.usersRepository.update(invited.id, { status: 'active' }, manager);
      await this.audit.record(
        {
          actor: { id: invited.id, label: invited.email },
          action: 'person.invitation_accepted',
          target: { type: 'person', id: invited.id, label: invited.email },
        },
        manager,
      );
      await this.invitations.accepted(invited, token.id, manager);
      return invited.id;
    });
    return this.signIn(userId, userAgent);
  }

  /**
   * Mails a reset link when the address belongs to someone who may sign in. The answer is the
   * same whether or not it does, and the work happens after answering, so neither the response
   * nor its timing tells anyone which addresses have accounts.
   */
  requestPasswordReset(email: string): void {
    void this.sendPasswordReset(normalizeEmail(email)).catch((error: Error) =>
      this.logger.error(`Password reset mail failed: ${error.message}`),
    );
  }

  async resetPassword(
    secret: string,
    password: string,
    userAgent?: string,
  ): Promise<SignedInAccount> {
    const userId = await this.transactions.run(async (manager) => {
      const token = await this.tokens.find(secret, 'password_reset', manager);
      const owner = token.user!;
      this.assertNotDeactivated(owner);
      await this.setPassword(manager, owner, password);
      await this.tokens.redeem(secret, 'password_reset', manager);
      await this.usersRepository.update(owner.id, { status: 'active' }, manager);
      // A reset is often a response to a compromise: every other session ends now.
      await this.sessions.revokeAll(owner.id, manager);
      await this.throttle.forget(owner.email, manager);
      await this.audit.record(
        {
          actor: { id: owner.id, label: owner.email },
          action: 'auth.password_reset',
          target: { type: 'person', id: owner.id, label: owner.email },
        },
        manager,
      );
      return owner.id;
    });
    return this.signIn(userId, userAgent);
  }

  private async signIn(userId: string, userAgent?: string): Promise<SignedInAccount> {
    const session = await this.sessions.open(userId, userAgent);
    return { user: await this.users.get(userId), session };
  }

  private async sendPasswordReset(email: string): Promise<void> {
    await this.transactions.run(async (manager) => {
      const user = await this.usersRepository.findByEmail(email, manager);
      if (!user || user.status === 'deactivated') return;
      // One mail a minute at most: repeated requests cannot flood someone's mailbox.
      const recent = await this.tokens.issuedWithin(
        user.id,
        'password_reset',
        RESET_MAIL_INTERVAL_MS,
        manager,
      );
      if (recent) return;
      const token = await this.tokens.issue(user.id, 'password_reset', manager);
      const key = `password-reset:${token.id}`;
      const base = publicAddress(this.config);
      // Someone who signs in through the identity provider gets no Chorus password: that would
      // bypass the provider's own checks. They are told how to sign in instead.
      const ssoOnly =
        user.ssoSubject !== null &&
        this.config.oidc !== undefined &&
        !(await this.users.hasPassword(user.id, manager));
      // In the person's own language, whatever language the request came in.
      if (ssoOnly) {
        await this.mail.queueTemplate(
          signInWithSsoMail,
          user,
          { signInPage: `${base}/sign-in` },
          { key, lane: 'personal' },
          manager,
        );
      } else {
        await this.mail.queueTemplate(
          passwordResetMail,
          user,
          { link: `${base}/reset-password?token=${token.secret}`, expiresAt: token.expiresAt },
          { key, lane: 'personal' },
          manager,
        );
      }
    });
  }

  private async setPassword(manager: EntityManager, user: User, password: string): Promise<void> {
    const problem = passwordProblem(password, user);
    if (problem) throw new DomainError('weak_password', problem.key, problem.params);
    await this.usersRepository.update(
      user.id,
      { passwordHash: await hashPassword(password) },
      manager,
    );
  }

  private assertNotDeactivated(user: User): void {
    if (user.status === 'deactivated') {
      throw new DomainError('account_deactivated', 'errors:auth.accountDeactivated');
    }
  }
}
