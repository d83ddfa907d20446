import { Inject, Injectable, Module } from '@nestjs/common';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { SafeFetcher, type SafeFetcherOptions } from './safe-fetch';

/**
 * Where every fetch of an address from outside starts: each fetcher gets the deployment's
 * allow-list (`config.fetchAllow`) and the address policy from here, and only its own limits
 * (time, size, redirects) from the feature that uses it.
 */
@Injectable()
export class SafeFetchers {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  create(limits: Omit<SafeFetcherOptions, 'allow'> = {}): SafeFetcher {
    return new SafeFetcher({ ...limits, allow: this.config.fetchAllow });
  }

  /** A fetcher for chat webhooks: https only, loopback only for `config.chatWebhookAllow`. */
  createForChatWebhooks(limits: Omit<SafeFetcherOptions, 'allow' | 'httpsOnly'> = {}): SafeFetcher {
    return new SafeFetcher({ ...limits, allow: this.config.chatWebhookAllow, httpsOnly: true });
  }
}

@Module({ providers: [SafeFetchers], exports: [SafeFetchers] })
export class FetchingModule {}
