import { WebhookCipher, WebhookUnreadableError } from './webhook-cipher';

describe('WebhookCipher', () => {
  const secret = 'a-session-secret-long-enough-for-the-tests-here';
  const cipher = new WebhookCipher({ sessionSecret: secret });
  const url = 'https://hooks.slack.com/services/T000/B000/XXXXXXXXXXXXXXXXXXXXXXXX';
  const channel = '0b6a3c1e-7d44-4d8e-9b55-0d1f3a2b4c5d';

  it('opens what it sealed', () => {
    expect(cipher.decrypt(channel, cipher.encrypt(channel, url))).toBe(url);
  });

  it('keeps no part of the address readable, and seals it differently each time', () => {
    const first = cipher.encrypt(channel, url);
    const second = cipher.encrypt(channel, url);
    expect(first).not.toEqual(second);
    expect(first).not.toContain('hooks.slack.com');
    expect(first).not.toContain('XXXX');
    expect(first.startsWith('v1.')).toBe(true);
  });

  it('does not open under another session secret', () => {
    const other = new WebhookCipher({ sessionSecret: `${secret}-rotated` });
    expect(() => other.decrypt(channel, cipher.encrypt(channel, url))).toThrow(
      WebhookUnreadableError,
    );
  });

  it("does not open on another channel's row", () => {
    const sealed = cipher.encrypt(channel, url);
    expect(() => cipher.decrypt('11111111-2222-4333-8444-555555555555', sealed)).toThrow(
      WebhookUnreadableError,
    );
  });

  it('notices a changed ciphertext', () => {
    const [version, iv, tag, sealed] = cipher.encrypt(channel, url).split('.');
    const flipped = Buffer.from(sealed, 'base64url');
    flipped[0] ^= 1;
    expect(() =>
      cipher.decrypt(channel, [version, iv, tag, flipped.toString('base64url')].join('.')),
    ).toThrow(WebhookUnreadableError);
    expect(() => cipher.decrypt(channel, 'garbage')).toThrow(WebhookUnreadableError);
  });
});
