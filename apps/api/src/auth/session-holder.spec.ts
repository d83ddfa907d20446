import { JwtService } from '@nestjs/jwt';
import type { AppConfig } from '../config/app-config';
import { cookieValue, SessionHolders } from './session-holder';

const config = { sessionSecret: 'a-secret-long-enough-to-sign-sessions' } as AppConfig;
const ANA = '00000000-0000-4000-8000-00000000000a';
const BOB = '00000000-0000-4000-8000-00000000000b';

/** A session token as sign-in makes it (SessionsService.sign), signed with `secret`. */
function token(payload: object, { secret = config.sessionSecret, expiresIn = 900 } = {}): string {
  return new JwtService({ secret }).sign(payload, { algorithm: 'HS256', expiresIn });
}

describe('SessionHolders', () => {
  const holders = new SessionHolders(config);
  const session = { sub: ANA, sid: '00000000-0000-4000-8000-0000000000f1' };

  it("tells a validly signed session token of the person among the request's cookies", () => {
    expect(holders.holds(`chorus_session=${token(session)}`, ANA)).toBe(true);
    expect(
      holders.holds(`XSRF-TOKEN=abc; chorus_session=${token(session)}; _ga=GA1.2.3.4`, ANA),
    ).toBe(true);
  });

  it('still tells the holder once the token has expired', () => {
    expect(holders.holds(`chorus_session=${token(session, { expiresIn: -60 })}`, ANA)).toBe(true);
  });

  it("does not take another person's session for theirs", () => {
    expect(holders.holds(`chorus_session=${token({ ...session, sub: BOB })}`, ANA)).toBe(false);
  });

  it.each([
    ['no Cookie header', undefined],
    ['no session cookie', 'XSRF-TOKEN=abc; chorus_device=xyz'],
    ['an empty session cookie', 'chorus_session='],
    ['garbage', 'chorus_session=not-a-token'],
    ['garbage in three parts', 'chorus_session=a.b.c'],
    [
      'a token signed with another secret',
      `chorus_session=${token(session, { secret: 'another-secret-long-enough-to-sign' })}`,
    ],
    ['a token with its signature changed', `chorus_session=${token(session).slice(0, -2)}xx`],
    ['an unsigned token', `chorus_session=${unsigned(session)}`],
    ['a token without a session id', `chorus_session=${token({ sub: ANA })}`],
    ['a cookie whose name only ends like the session’s', `my_chorus_session=${token(session)}`],
  ])('refuses %s', (_, header) => {
    expect(holders.holds(header, ANA)).toBe(false);
  });
});

describe('cookieValue', () => {
  it('finds a cookie among others, whatever the spacing', () => {
    expect(cookieValue('a=1;b=2; c = 3', 'b')).toBe('2');
    expect(cookieValue('a=1;b=2; c = 3', 'c')).toBe('3');
    expect(cookieValue('a=1', 'b')).toBeNull();
  });

  it('reads the first of two cookies with one name, unquoted and percent-decoded', () => {
    expect(cookieValue('a="x%20y"; a=2', 'a')).toBe('x y');
    expect(cookieValue('a=100%', 'a')).toBe('100%');
  });
});

/** The token with `alg: none` and no signature, which a verifier must refuse. */
function unsigned(payload: object): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'none', typ: 'JWT' })}.${part(payload)}.`;
}
