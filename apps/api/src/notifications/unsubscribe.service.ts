import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG } from '../config/config.module';
import type { AppConfig } from '../config/app-config';
import { publicAddress } from '../config/public-address';
import {
  readUnsubscribeToken,
  signUnsubscribeToken,
  type UnsubscribeClaim,
  type UnsubscribeScope,
} from './unsubscribe-token';

/** An unsubscribe link and the mail headers that carry it (RFC 2369, RFC 8058). */
export interface UnsubscribeLinks {
  url: string;
  headers: Record<string, string>;
}

/** Signed links that stop the digest or one kind of notification mail, without signing in. */
@Injectable()
export class UnsubscribeService {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

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

  /** What a token stops, when Chorus signed it. */
  read(token: string): UnsubscribeClaim | null {
    return readUnsubscribeToken(this.config.sessionSecret, token);
  }
}
