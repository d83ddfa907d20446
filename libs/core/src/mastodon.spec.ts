import { formatMastodonHandle, normalizeMastodonInstance, parseMastodonHandle } from './mastodon';

describe('parseMastodonHandle', () => {
  it.each([
    ['@sofie@mastodon.social', 'sofie', 'mastodon.social'],
    ['sofie@mastodon.social', 'sofie', 'mastodon.social'],
    ['  @sofie@mastodon.social  ', 'sofie', 'mastodon.social'],
    ['https://mastodon.social/@sofie', 'sofie', 'mastodon.social'],
    ['https://mastodon.social/@sofie/', 'sofie', 'mastodon.social'],
    ['http://chaos.social/@anna_k', 'anna_k', 'chaos.social'],
    ['@Jan.de-Vries@Mastodon.NL', 'Jan.de-Vries', 'mastodon.nl'],
    ['@nikos@mastodon.ελ', 'nikos', 'mastodon.xn--qxam'],
    ['@lena@bürger.social', 'lena', 'xn--brger-kva.social'],
    ['@ops@infosec.exchange', 'ops', 'infosec.exchange'],
    ['@me@social.example.co.uk', 'me', 'social.example.co.uk'],
  ])('reads %s', (input, username, instance) => {
    expect(parseMastodonHandle(input)).toEqual({ username, instance });
  });

  it.each([
    ['a path after the host', '@a@mastodon.social/path'],
    ['a path after an unknown host', '@a@evil.example/path'],
    ['credentials', '@a@user:pass@mastodon.social'],
    ['credentials in a profile address', 'https://user:pass@mastodon.social/@a'],
    ['a port', '@a@mastodon.social:8443'],
    ['a port in a profile address', 'https://mastodon.social:443/@a'],
    ['an IPv4 address', '@a@127.0.0.1'],
    ['an IPv4 address in a profile address', 'https://127.0.0.1/@a'],
    ['an IPv4 address written in hexadecimal', '@a@0x7f.1'],
    ['an IPv6 address', '@a@[::1]'],
    ['an IPv6 address in a profile address', 'https://[::1]/@a'],
    ['a single-label host', '@a@localhost'],
    ['an unknown top-level domain', '@a@mastodon.invalid'],
    ['a query', 'https://mastodon.social/@a?x=1'],
    ['a fragment', 'https://mastodon.social/@a#top'],
    ['another page of the server', 'https://mastodon.social/about'],
    ['a post rather than a profile', 'https://mastodon.social/@a/112233'],
    ['no host', '@sofie'],
    ['no username', '@@mastodon.social'],
    ['two hosts', '@a@b@mastodon.social'],
    ['spaces', '@so fie@mastodon.social'],
    ['a username with punctuation', '@so!fie@mastodon.social'],
    ['a host label ending in a hyphen', '@a@mastodon-.social'],
    ['a trailing dot', '@a@mastodon.social.'],
    ['an empty string', ''],
    ['something else entirely', 'javascript:alert(1)'],
  ])('refuses %s', (_why, input) => {
    expect(parseMastodonHandle(input)).toBeNull();
  });

  it('refuses an overly long input quickly', () => {
    expect(parseMastodonHandle(`@${'a'.repeat(100_000)}@mastodon.social`)).toBeNull();
  });
});

describe('formatMastodonHandle', () => {
  it('writes @name@host, round-tripping what parseMastodonHandle reads', () => {
    expect(formatMastodonHandle({ username: 'sofie', instance: 'mastodon.social' })).toBe(
      '@sofie@mastodon.social',
    );
    const parsed = parseMastodonHandle('https://Mastodon.Social/@sofie')!;
    expect(formatMastodonHandle(parsed)).toBe('@sofie@mastodon.social');
    expect(parseMastodonHandle(formatMastodonHandle(parsed))).toEqual(parsed);
  });
});

describe('normalizeMastodonInstance', () => {
  it('lower-cases a hostname and writes an internationalised one in punycode', () => {
    expect(normalizeMastodonInstance('Fosstodon.ORG')).toBe('fosstodon.org');
    expect(normalizeMastodonInstance('mastodon.ελ')).toBe('mastodon.xn--qxam');
  });

  it.each(['evil.example.com/path', 'user:pass@host.com', '127.0.0.1', '[::1]', 'a.com:80', ''])(
    'refuses %s',
    (host) => {
      expect(normalizeMastodonInstance(host)).toBeNull();
    },
  );
});
