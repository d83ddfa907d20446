import { negotiateLanguage } from '@chorus/core';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import { publicAddress } from '../config/public-address';
import { UsersRepository } from '../users/users.repository';
import { NotificationPreferencesService } from './notification-preferences.service';
import {
  unsubscribeDonePage,
  unsubscribeNotFoundPage,
  unsubscribeQuestionPage,
} from './unsubscribe-pages';
import {
  readUnsubscribeToken,
  signUnsubscribeToken,
  type UnsubscribeScope,
} from './unsubscribe-token';

/** An unsubscribe link and the mail headers that carry it (RFC 2369, RFC 8058). */
export interface UnsubscribeLinks {
  url: string;
  headers: Record<string, string>;
}

/** A page to answer with. */
export interface UnsubscribePage {
  status: 200 | 404;
  html: string;
}

/** The portal page where a person changes how they hear from Chorus. */
export const PREFERENCES_PATH = '/profile/notifications';

/** Signed links that stop the digest or one kind of notification mail, without signing in. */
@Injectable()
export class UnsubscribeService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly users: UsersRepository,
    private readonly preferences: NotificationPreferencesService,
  ) {}

  /**
   * The link for the person and scope, and the headers a mail carrying it sends: mail clients
   * offer their own "Unsubscribe" and POST `List-Unsubscribe=One-Click` to the same address.
   */
  links(userId: string, scope: UnsubscribeScope): UnsubscribeLinks {
    const token = signUnsubscribeToken(this.config.sessionSecret, { userId, scope });
    const url = `${publicAddress(this.config)}/unsubscribe/${token}`;
    return {
      url,
      headers: {
        'List-Unsubscribe': `<${url}>`,
        'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      },
    };
  }

  /** What GET shows: the question and its button, in the person's language. Changes nothing. */
  async question(token: string, acceptLanguage?: string): Promise<UnsubscribePage> {
    const found = await this.recipient(token);
    if (!found) return notFound(acceptLanguage);
    return {
      status: 200,
      html: unsubscribeQuestionPage(found.language, found.scope, `/unsubscribe/${token}`),
    };
  }

  /** What POST does (the RFC 8058 one-click, or the page's button): stops the mail, says so. */
  async unsubscribe(token: string, acceptLanguage?: string): Promise<UnsubscribePage> {
    const found = await this.recipient(token);
    if (!found) return notFound(acceptLanguage);
    await this.preferences.unsubscribe(found.userId, found.scope);
    return {
      status: 200,
      html: unsubscribeDonePage(
        found.language,
        found.scope,
        `${publicAddress(this.config)}${PREFERENCES_PATH}`,
      ),
    };
  }

  /** The person a token names, when Chorus signed it and they still have an account. */
  private async recipient(
    token: string,
  ): Promise<{ userId: string; scope: UnsubscribeScope; language: string } | null> {
    const claim = readUnsubscribeToken(this.config.sessionSecret, token);
    if (!claim) return null;
    const language = await this.users.languageOf(claim.userId);
    return language === null ? null : { ...claim, language };
  }
}

function notFound(acceptLanguage: string | undefined): UnsubscribePage {
  return { status: 404, html: unsubscribeNotFoundPage(negotiateLanguage(acceptLanguage)) };
}
