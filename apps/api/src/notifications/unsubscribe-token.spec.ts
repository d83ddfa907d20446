import { readUnsubscribeToken, signUnsubscribeToken } from './unsubscribe-token';

const SECRET = 'a-session-secret-long-enough-for-tests';
const userId = '3f2a4c1e-9b7d-4e21-8a6f-0c5d2e7b9a10';

describe('unsubscribe tokens', () => {
  it('name the person and what they unsubscribe from', () => {
    for (const scope of ['digest', 'content.review'] as const) {
      const token = signUnsubscribeToken(SECRET, { userId, scope });
      expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(readUnsubscribeToken(SECRET, token)).toEqual({ userId, scope });
    }
  });

  it('are refused when signed with another secret', () => {
    const token = signUnsubscribeToken('another-secret-entirely-of-enough-length', {
      userId,
      scope: 'digest',
    });
    expect(readUnsubscribeToken(SECRET, token)).toBeNull();
  });

  it('are refused when any byte changed', () => {
    const bytes = Buffer.from(
      signUnsubscribeToken(SECRET, { userId, scope: 'digest' }),
      'base64url',
    );
    for (let index = 0; index < bytes.length; index += 1) {
      const forged = Buffer.from(bytes);
      forged[index] ^= 0x01;
      expect(readUnsubscribeToken(SECRET, forged.toString('base64url'))).toBeNull();
    }
  });

  it('are refused when they are not tokens at all', () => {
    for (const text of ['', 'abc', '../../etc/passwd', 'x'.repeat(5000), 'AAAA%00']) {
      expect(readUnsubscribeToken(SECRET, text)).toBeNull();
    }
  });
});
