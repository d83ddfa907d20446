import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';

const VERSION = 'v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** The session secret no longer opens this address (it was changed): it must be pasted again. */
export class WebhookUnreadableError extends Error {
  override readonly name = 'WebhookUnreadableError';
}

/**
 * Keeps chat webhook addresses encrypted at rest: AES-256-GCM under a key derived (HKDF-SHA256)
 * from the session secret for this one purpose, each address bound to its channel's id so that a
 * ciphertext copied onto another row does not open. Stored as `v1.<iv>.<tag>.<ciphertext>`.
 */
@Injectable()
export class WebhookCipher {
  private readonly key: Buffer;

  constructor(@Inject(APP_CONFIG) config: Pick<AppConfig, 'sessionSecret'>) {
    this.key = Buffer.from(
      hkdfSync('sha256', config.sessionSecret, 'chorus', 'chat-webhook-url', 32),
    );
  }

  encrypt(channelId: string, url: string): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv, { authTagLength: TAG_BYTES });
    cipher.setAAD(Buffer.from(channelId));
    const sealed = Buffer.concat([cipher.update(url, 'utf8'), cipher.final()]);
    return [VERSION, iv, cipher.getAuthTag(), sealed].map(encode).join('.');
  }

  decrypt(channelId: string, stored: string): string {
    const [version, iv, tag, sealed] = stored.split('.');
    if (version !== VERSION || !iv || !tag || sealed === undefined) {
      throw new WebhookUnreadableError('not a stored webhook address');
    }
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv, 'base64url'), {
        authTagLength: TAG_BYTES,
      });
      decipher.setAAD(Buffer.from(channelId));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([
        decipher.update(Buffer.from(sealed, 'base64url')),
        decipher.final(),
      ]).toString('utf8');
    } catch {
      throw new WebhookUnreadableError('the webhook address cannot be decrypted');
    }
  }
}

function encode(part: string | Buffer): string {
  return typeof part === 'string' ? part : part.toString('base64url');
}
