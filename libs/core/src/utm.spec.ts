import { utmTagsFor, withUtm } from './utm';

const TAGS = { source: 'linkedin', campaign: 'Spring-Launch', content: 'advocate-Ab3dE9' };
const UTM =
  'utm_source=linkedin&utm_medium=social&utm_campaign=spring-launch&utm_content=advocate-ab3de9';

describe('withUtm', () => {
  it.each<[string, string, string]>([
    ['no query', 'https://news.example.com/a', `https://news.example.com/a?${UTM}`],
    ['no path', 'https://news.example.com', `https://news.example.com?${UTM}`],
    ['an empty query', 'https://news.example.com/a?', `https://news.example.com/a?${UTM}`],
    ['a trailing &', 'https://news.example.com/a?a=1&', `https://news.example.com/a?a=1&${UTM}`],
    [
      'parameters kept in order',
      'https://news.example.com/a?z=1&a=2&m',
      `https://news.example.com/a?z=1&a=2&m&${UTM}`,
    ],
    [
      'encodings kept as written',
      'https://news.example.com/caf%C3%A9?q=a%20b&r=c+d&s=%C3%A9t%C3%A9&t=%2F',
      `https://news.example.com/caf%C3%A9?q=a%20b&r=c+d&s=%C3%A9t%C3%A9&t=%2F&${UTM}`,
    ],
    [
      'a fragment kept last',
      'https://news.example.com/a?x=1#section-2',
      `https://news.example.com/a?x=1&${UTM}#section-2`,
    ],
    [
      'a fragment and no query',
      'https://news.example.com/a#top?not=query',
      `https://news.example.com/a?${UTM}#top?not=query`,
    ],
    [
      'its own UTM tags replaced, whatever their case',
      'https://news.example.com/a?utm_source=newsletter&id=7&UTM_Medium=email&utm_campaign=x&utm_content=y&utm_term=z&utm_id=9',
      `https://news.example.com/a?id=7&${UTM}`,
    ],
    [
      'an encoded UTM name replaced too',
      'https://news.example.com/a?utm%5Fsource=mail&utm_source&keep=utm_source',
      `https://news.example.com/a?keep=utm_source&${UTM}`,
    ],
    [
      'other utm_ parameters kept',
      'https://news.example.com/a?utm_custom=1',
      `https://news.example.com/a?utm_custom=1&${UTM}`,
    ],
    [
      'an IDN host as written',
      'https://bücher.example/neu?x=ä',
      `https://bücher.example/neu?x=ä&${UTM}`,
    ],
    [
      'a non-default port',
      'http://news.example.com:8080/a?b=1',
      `http://news.example.com:8080/a?b=1&${UTM}`,
    ],
    [
      'a malformed escape in a name kept',
      'https://news.example.com/a?%E0%A4%A=1',
      `https://news.example.com/a?%E0%A4%A=1&${UTM}`,
    ],
  ])('tags a URL with %s', (_case, target, expected) => {
    const tagged = withUtm(target, TAGS);
    expect(tagged).toBe(expected);
    const parsed = new URL(tagged);
    expect(parsed.searchParams.getAll('utm_source')).toEqual(['linkedin']);
    expect(parsed.searchParams.getAll('utm_medium')).toEqual(['social']);
    expect(parsed.searchParams.getAll('utm_campaign')).toEqual(['spring-launch']);
    expect(parsed.searchParams.getAll('utm_content')).toEqual(['advocate-ab3de9']);
  });

  it('parses to the same host, port, path and fragment as the target', () => {
    const target = 'https://bücher.example:8443/caf%C3%A9?q=a%20b#frag';
    const before = new URL(target);
    const after = new URL(withUtm(target, TAGS));
    expect(after.host).toBe('xn--bcher-kva.example:8443');
    expect([after.host, after.pathname, after.hash]).toEqual([
      before.host,
      before.pathname,
      before.hash,
    ]);
    expect(after.searchParams.get('q')).toBe('a b');
  });

  it('encodes tag values, so they cannot add parameters', () => {
    expect(
      withUtm('https://news.example.com/', { source: 'x', campaign: 'a&b=c #1', content: 'é' }),
    ).toBe(
      'https://news.example.com/?utm_source=x&utm_medium=social&utm_campaign=a%26b%3Dc%20%231&utm_content=%C3%A9',
    );
  });

  it('is idempotent', () => {
    const once = withUtm('https://news.example.com/a?b=1#c', TAGS);
    expect(withUtm(once, TAGS)).toBe(once);
  });
});

describe('utmTagsFor', () => {
  it('tags a share with its network, campaign and share code', () => {
    expect(
      utmTagsFor({ network: 'xing', campaignSlug: 'spring', contentSlug: 'q3', code: 'Ab3' }),
    ).toEqual({ source: 'xing', campaign: 'spring', content: 'advocate-Ab3' });
  });

  it('uses the content slug outside a campaign', () => {
    for (const campaignSlug of [null, undefined, '']) {
      expect(utmTagsFor({ network: 'x', campaignSlug, contentSlug: 'q3', code: 'Ab3' })).toEqual({
        source: 'x',
        campaign: 'q3',
        content: 'advocate-Ab3',
      });
    }
  });

  it('gives withUtm tags that end up lower case on the URL', () => {
    const tags = utmTagsFor({ network: 'x', contentSlug: 'Q3-Report', code: 'Ab3' });
    expect(withUtm('https://n.example/', tags)).toBe(
      'https://n.example/?utm_source=x&utm_medium=social&utm_campaign=q3-report&utm_content=advocate-ab3',
    );
  });
});
