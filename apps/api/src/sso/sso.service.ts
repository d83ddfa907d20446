import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { normalizeEmail } from '@chorus/core';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { IssuedSession, SessionsService } from '../auth/sessions.service';
import { DomainError } from '../common/domain-error';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig, OidcConfig } from '../config/app-config';
import { publicAddress } from '../config/public-address';
import { Transactions } from '../database/transactions';
import { GroupsService } from '../groups/groups.service';
import { User } from '../users/entities/user.entity';
import { UsersRepository } from '../users/users.repository';
import { OidcClient, OidcError, OidcIdentity } from './oidc-client';
import { SsoFailure } from './sso-failure';

/** What the browser carries (signed, httpOnly) between leaving for the provider and coming back. */
interface PendingSignIn {
  state: string;
  nonce: string;
  codeVerifier: string;
  returnTo: string;
}

const PENDING_TTL_SECONDS = 10 * 60;

/**
 * Single sign-on through an OpenID provider (authorization code with PKCE). The first sign-in of
 * someone unknown creates them as an employee; someone known by email is linked to their subject.
 */
@Injectable()
export class SsoService {
  private readonly client?: OidcClient;
  /** Signs the pending sign-in with a key of its own, so it can never pass for a session token. */
  private readonly jwt: JwtService;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly transactions: Transactions,
    private readonly users: UsersRepository,
    private readonly sessions: SessionsService,
    private readonly audit: AuditService,
    private readonly groups: GroupsService,
  ) {
    this.jwt = new JwtService({
      secret: `${config.sessionSecret}:sso-pending`,
      signOptions: { algorithm: 'HS256' },
      verifyOptions: { algorithms: ['HS256'] },
    });
    if (config.oidc) {
      this.client = new OidcClient({
        issuer: config.oidc.issuer,
        clientId: config.oidc.clientId,
        clientSecret: config.oidc.clientSecret,
        scopes: config.oidc.scopes,
      });
    }
  }

  get enabled(): boolean {
    return this.client !== undefined;
  }

  /** Where the provider sends the browser back: register it at the provider. */
  get redirectUri(): string {
    return `${publicAddress(this.config)}/api/auth/sso/callback`;
  }

  /** The provider's sign-in URL, and the signed value to keep in a cookie until the callback. */
  async start(returnTo: string): Promise<{ url: string; pending: string }> {
    const client = this.requireClient();
    const request = await this.translate(() => client.authorizationRequest(this.redirectUri));
    const pending: PendingSignIn = {
      state: request.state,
      nonce: request.nonce,
      codeVerifier: request.codeVerifier,
      returnTo,
    };
    return {
      url: request.url.toString(),
      pending: await this.jwt.signAsync(pending, { expiresIn: PENDING_TTL_SECONDS }),
    };
  }

  /** Finishes the sign-in the provider sent back: who it is, provisioned, with a session. */
  async complete(
    callbackUrl: URL,
    pendingToken: string | undefined,
    userAgent?: string,
  ): Promise<{ session: IssuedSession; returnTo: string }> {
    const client = this.requireClient();
    const pending = await this.readPending(pendingToken);
    const identity = await this.translate(() =>
      client.completeSignIn(callbackUrl, { ...pending, redirectUri: this.redirectUri }),
    );
    const user = await this.transactions.run((manager) =>
      this.provision(manager, identity, this.config.oidc!),
    );
    return { session: await this.sessions.open(user.id, userAgent), returnTo: pending.returnTo };
  }

  private async provision(
    manager: EntityManager,
    identity: OidcIdentity,
    oidc: OidcConfig,
  ): Promise<User> {
    const bySubject = await this.users.findBySsoSubject(identity.subject, manager);
    if (bySubject) return this.admit(manager, bySubject);

    if (!identity.email) {
      throw new SsoFailure(
        'no_email',
        `The identity provider gave no email address for subject ${identity.subject}: release the "email" claim to Chorus.`,
      );
    }
    // Only an address the provider vouches for may unlock an existing account.
    if (identity.emailVerified !== true) {
      throw new SsoFailure(
        'email_unverified',
        `The identity provider says ${identity.email} is not verified, so it cannot be matched to an account.`,
      );
    }
    const email = normalizeEmail(identity.email);
    const known = await this.users.findByEmail(email, manager);
    if (known) return this.link(manager, known, identity);

    const departmentId = await this.departmentFromClaims(manager, identity, oidc);
    const created = await this.users.insert(
      {
        email,
        name: identity.name?.trim() || email.split('@')[0],
        roles: ['employee'],
        status: 'active',
        language: 'en',
        ssoSubject: identity.subject,
        departmentId,
        passwordHash: null,
      },
      manager,
    );
    await this.audit.record(
      {
        actor: { id: created.id, label: created.email },
        action: 'person.sso_provisioned',
        target: { type: 'person', id: created.id, label: created.email },
        summary: { issuer: oidc.issuer.toString(), roles: created.roles, departmentId },
      },
      manager,
    );
    return created;
  }

  /**
   * Ties an existing account to the provider's subject, once: an account already tied to another
   * subject is never moved, whoever holds that address at the provider now.
   */
  private async link(manager: EntityManager, user: User, identity: OidcIdentity): Promise<User> {
    if (user.ssoSubject && user.ssoSubject !== identity.subject) {
      throw new SsoFailure(
        'already_linked',
        `${user.email} is linked to subject ${user.ssoSubject}; subject ${identity.subject} claimed it too.`,
      );
    }
    const admitted = await this.admit(manager, user);
    await this.users.update(user.id, { ssoSubject: identity.subject }, manager);
    await this.audit.record(
      {
        actor: { id: user.id, label: user.email },
        action: 'person.sso_linked',
        target: { type: 'person', id: user.id, label: user.email },
        summary: { issuer: this.config.oidc!.issuer.toString(), before: { status: user.status } },
      },
      manager,
    );
    return admitted;
  }

  /** A known person may come in unless deactivated; an invitee has now joined. */
  private async admit(manager: EntityManager, user: User): Promise<User> {
    if (user.status === 'deactivated') {
      throw new SsoFailure('deactivated', `${user.email} is deactivated.`);
    }
    if (user.status === 'invited') await this.users.update(user.id, { status: 'active' }, manager);
    return user;
  }

  /** The first value of the configured claim that names an existing department. */
  private async departmentFromClaims(
    manager: EntityManager,
    identity: OidcIdentity,
    oidc: OidcConfig,
  ): Promise<string | null> {
    if (!oidc.departmentClaim) return null;
    const claim = identity.claims[oidc.departmentClaim];
    const values = (Array.isArray(claim) ? claim : [claim]).filter(
      (value): value is string => typeof value === 'string' && value.trim() !== '',
    );
    for (const value of values) {
      const group = await this.groups.findDepartment(value, manager);
      if (group) return group.id;
    }
    return null;
  }

  private async readPending(token: string | undefined): Promise<PendingSignIn> {
    if (token) {
      try {
        return await this.jwt.verifyAsync<PendingSignIn>(token);
      } catch {
        // Expired or forged: treated like a missing one below.
      }
    }
    throw new SsoFailure(
      'expired',
      'The pending sign-in cookie is missing, expired or forged (too slow, or another browser).',
    );
  }

  private requireClient(): OidcClient {
    if (!this.client) {
      throw new DomainError('not_found', 'errors:auth.ssoNotConfigured');
    }
    return this.client;
  }

  private async translate<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (error instanceof OidcError) {
        throw new SsoFailure(
          error.refusedByProvider ? 'provider_refused' : 'provider_failed',
          error.message,
        );
      }
      throw error;
    }
  }
}
