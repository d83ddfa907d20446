import { buttonTarget, checkChorusAddress, MAX_TITLE_LENGTH, sharePageUrl } from './chorus-address';

describe('checkChorusAddress', () => {
  it.each([
    ['https://advocacy.example.com', 'https://advocacy.example.com'],
    ['  advocacy.example.com  ', 'https://advocacy.example.com'],
    ['https://advocacy.example.com/feed?tab=new#top', 'https://advocacy.example.com'],
    ['HTTPS://Advocacy.Example.COM:8443/', 'https://advocacy.example.com:8443'],
    ['https://bücher.example', 'https://xn--bcher-kva.example'],
    ['http://localhost:3000', 'http://localhost:3000'],
    ['http://chorus.localhost', 'http://chorus.localhost'],
    ['http://127.0.0.1:8080/share', 'http://127.0.0.1:8080'],
    ['http://[::1]:3000', 'http://[::1]:3000'],
  ])('keeps the origin of %j', (input, origin) => {
    expect(checkChorusAddress(input)).toEqual({ ok: true, origin });
  });

  it.each([
    ['', 'errorEmpty'],
    ['   ', 'errorEmpty'],
    ['https://', 'errorInvalid'],
    ['not an address', 'errorInvalid'],
    ['javascript:alert(1)', 'errorInvalid'],
    ['ftp://files.example.com', 'errorNotHttp'],
    ['chrome-extension://abcdef/options.html', 'errorNotHttp'],
    ['https://user:secret@advocacy.example.com', 'errorCredentials'],
    ['https://user@advocacy.example.com', 'errorCredentials'],
    ['http://advocacy.example.com', 'errorInsecure'],
    ['http://10.0.0.5', 'errorInsecure'],
    ['http://localhost.evil.example', 'errorInsecure'],
  ])('refuses %j (%s)', (input, problem) => {
    expect(checkChorusAddress(input)).toEqual({ ok: false, problem });
  });
});

describe('sharePageUrl', () => {
  it('gives the portal the page and its title, encoded, with the extension as the source', () => {
    const url = sharePageUrl('https://advocacy.example.com', {
      url: 'https://news.example/a?b=1&c=ä#section',
      title: 'Ήλιος & θάλασσα: 50% off #sun 🌞',
    });
    const parsed = new URL(url);
    expect(parsed.origin + parsed.pathname).toBe('https://advocacy.example.com/share-page');
    expect([...parsed.searchParams]).toEqual([
      ['url', 'https://news.example/a?b=1&c=ä#section'],
      ['title', 'Ήλιος & θάλασσα: 50% off #sun 🌞'],
      ['source', 'extension'],
    ]);
    expect(url).not.toContain('#');
  });

  it('leaves a blank title out and collapses white space in a real one', () => {
    const blank = new URL(
      sharePageUrl('https://a.example', { url: 'https://b.example/', title: ' \n' }),
    );
    expect(blank.searchParams.has('title')).toBe(false);
    const spaced = new URL(
      sharePageUrl('https://a.example', { url: 'https://b.example/', title: ' Two\n\tlines ' }),
    );
    expect(spaced.searchParams.get('title')).toBe('Two lines');
  });

  it('caps a long title without cutting a character in half', () => {
    const title = '🌞'.repeat(MAX_TITLE_LENGTH + 10);
    const sent = new URL(
      sharePageUrl('https://a.example', { url: 'https://b.example/', title }),
    ).searchParams.get('title')!;
    expect(Array.from(sent)).toHaveLength(MAX_TITLE_LENGTH);
    expect(sent.endsWith('🌞…')).toBe(true);
    expect(sent).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });
});

describe('buttonTarget', () => {
  const page = { url: 'https://news.example/story', title: 'A story' };

  it('opens the share page of the stored Chorus for a web page', () => {
    expect(buttonTarget('https://advocacy.example.com', page)).toEqual({
      kind: 'chorus',
      url: 'https://advocacy.example.com/share-page?url=https%3A%2F%2Fnews.example%2Fstory&title=A+story&source=extension',
    });
  });

  it.each([undefined, '', 42, 'http://advocacy.example.com'])(
    'asks for the address first when the stored one is %j',
    (stored) => {
      expect(buttonTarget(stored, page)).toEqual({ kind: 'options', notice: 'noticeSetUp' });
    },
  );

  it.each([
    undefined,
    'chrome://settings/',
    'about:blank',
    'file:///home/someone/report.pdf',
    'moz-extension://abc/options.html',
    'not a url',
  ])('explains that only web pages can be shared when the tab shows %j', (url) => {
    expect(buttonTarget('https://advocacy.example.com', { url })).toEqual({
      kind: 'options',
      notice: 'noticeNotAWebPage',
    });
  });
});
