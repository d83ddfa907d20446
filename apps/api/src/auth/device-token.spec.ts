import type { AppConfig } from '../config/app-config';
import { deviceTokenFor, isDeviceTokenFor } from './device-token';

const config = { sessionSecret: 'a-secret-long-enough-to-sign-sessions' } as AppConfig;

describe('device tokens', () => {
  it('recognise a token issued for the same account', () => {
    const token = deviceTokenFor('ana@chorus.test', config);
    expect(isDeviceTokenFor(token, 'ana@chorus.test', config)).toBe(true);
  });

  it('differ on every sign-in', () => {
    expect(deviceTokenFor('ana@chorus.test', config)).not.toBe(
      deviceTokenFor('ana@chorus.test', config),
    );
  });

  it.each([
    ['another account', (token: string) => token, 'bob@chorus.test'],
    ['a changed nonce', (token: string) => `x${token}`, 'ana@chorus.test'],
    ['a changed signature', (token: string) => `${token}x`, 'ana@chorus.test'],
    ['an extra part', (token: string) => `${token}.more`, 'ana@chorus.test'],
    ['nothing', () => '', 'ana@chorus.test'],
  ])('refuse %s', (_, change, email) => {
    const token = change(deviceTokenFor('ana@chorus.test', config));
    expect(isDeviceTokenFor(token, email, config)).toBe(false);
  });

  it('refuse a token made with another secret', () => {
    const other = { sessionSecret: 'another-secret-long-enough-to-sign' } as AppConfig;
    expect(
      isDeviceTokenFor(deviceTokenFor('ana@chorus.test', other), 'ana@chorus.test', config),
    ).toBe(false);
  });

  it('refuse a missing cookie', () => {
    expect(isDeviceTokenFor(undefined, 'ana@chorus.test', config)).toBe(false);
  });
});
