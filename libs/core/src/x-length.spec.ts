import { findLinks } from './x-links';
import { codePointWeight, xWeightedLength } from './x-length';

/**
 * Cases from twitter-text's conformance suite (conformance/validate.yml, the weighted counting
 * with emoji of config v3, and conformance/extract.yml for links), with the weighted length X
 * gives each.
 */
const TWEETS_285 = `285 chars-${'xxxxxxxxxx-'.repeat(25)}`;
const CJK_160 =
  '故人西辞黄鹤楼，烟花三月下扬州。孤帆远影碧空尽，唯见长江天际流。朱雀桥边野草花，乌衣巷口夕阳斜。旧时王谢堂前燕，飞入寻常百姓家。朝辞白帝彩云间，千里江陵一日还。两岸猿声啼不住，轻舟已过万重山。泪湿罗巾梦不成，夜深前殿按歌声。红颜未老恩先断，斜倚薰笼坐到明。独在异乡为异客，每逢佳节倍思亲。遥知兄弟登高处，遍插茱萸少一人。';
const FAMILY = '👨‍👩‍👧‍👦';
const KANA = 'あいうえおかきくけこ';

describe('xWeightedLength (twitter-text conformance)', () => {
  it.each([
    ['a regular tweet with a link', 'Hi http://test.co', 26],
    ['just a link', 'http://test.co', 23],
    ['285 ASCII characters', TWEETS_285, 285],
    [
      'a link in the middle',
      `285 chars- http://www.twitter.com/jack ${'xxxxxxxxxx-'.repeat(24)}`,
      299,
    ],
    ['a link at the end', `${'xxxxxxxxxx-'.repeat(24)} http://www.twitter.com/jack `, 289],
    ['ten links', 'https://www.twitter.com/aloha '.repeat(10), 240],
    ['160 CJK characters', CJK_160, 320],
    ['3 Latin and 160 CJK characters', `the${CJK_160}`, 323],
    ['160 emoji', '😷'.repeat(160), 320],
    ["'Á' decomposed, normalised into one character", 'A\u0301B', 2],
    ["'שּׁ' normalised into 3 characters", 'A\ufb2c', 4],
    ['a mix of Latin, emoji, a text-style emoji and a ZWJ family', `H🐱☺${FAMILY}`, 7],
    ['five emoji', '😷👾😡🔥💩', 10],
    ['emoji with a skin tone and a ZWJ sequence', '🙋🏽👨‍🎤', 4],
    [
      'general punctuation and spaces (U+2000 to U+200D, U+2010 to U+201F, U+2032 to U+2037)',
      'This is a tweet with general punctuation characters: \u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u200B\u200C\u200D ‐ ‑ ‒ – — ― ‖  ‗ ‘ ’ ‚ ‛ “ ” „ ‟ ′ ″ ‴ ‵ ‶ ‷',
      112,
    ],
    ['a bare domain whose label is 64 characters long', `${'randomurl'.repeat(7)}s.com`, 68],
    [
      'a link whose host punycodes to a label of more than 63 characters',
      `${KANA.repeat(12)} http://${KANA.repeat(5)}あいう.com`,
      358,
    ],
    [
      'a link whose host punycodes to a label of 63 characters or fewer',
      `${KANA.repeat(12)} http://${KANA.repeat(5)}あい.com`,
      264,
    ],
    ['140 ZWJ families', FAMILY.repeat(140), 280],
    ['Unicode 10 emoji, a subdivision flag', 'Unicode 10.0 emoji: 🤪; 🧕; 🧕🏾; 🏴󠁧󠁢󠁥󠁮󠁧󠁿', 34],
    ['Unicode 9 emoji', 'Unicode 9.0 emoji: 🤠; 💃; 💃🏾', 29],
    ['bidi controls around a link', '\u2066\u202Ahttp://foobar.پاکستان/\u202C\u2069', 31],
    ['noncharacters and bidi controls', 'ABC\u202A\uFFFFABC\uFFFE', 12],
  ])('counts %s', (_description, text, weighted) => {
    expect(xWeightedLength(text)).toBe(weighted);
  });

  it('counts a link whose host has too long a label by its characters, and a valid one as 23', () => {
    const invalid = `https://${'somesuperlongurl'.repeat(5)}.com/foo`;
    expect(xWeightedLength(`${invalid} https://validurl.com`)).toBe(invalid.length + 1 + 23);
  });

  it('counts flags, keycaps and text-style emoji made emoji as one emoji of 2', () => {
    expect(xWeightedLength('🇳🇱🇩🇪')).toBe(4);
    expect(xWeightedLength('#️⃣1️⃣')).toBe(4);
    expect(xWeightedLength('©️')).toBe(2);
    expect(xWeightedLength('© ®')).toBe(3);
    expect(xWeightedLength('🏳️‍🌈')).toBe(2);
  });

  it('weighs code points by the v3 ranges', () => {
    expect([0x41, 0xe9, 0x3b1, 0x436, 0x5d0, 0x627, 0x915, 0x10ff].map(codePointWeight)).toEqual(
      Array(8).fill(1),
    );
    expect([0x1100, 0x200e, 0x2038, 0x3042, 0x4e2d, 0xac00, 0x1f600].map(codePointWeight)).toEqual(
      Array(7).fill(2),
    );
  });

  it('lets 279 characters and an emoji over the limit (X refuses them)', () => {
    expect(xWeightedLength(`${'a'.repeat(279)}🎉`)).toBe(281);
    expect(xWeightedLength(`${'a'.repeat(278)}🎉`)).toBe(280);
  });
});

describe('findLinks (twitter-text conformance)', () => {
  const links = (text: string) => findLinks(text).map(({ start, end }) => text.slice(start, end));

  it.each([
    ['example.com', 'example.com'],
    ['www.example.com', 'www.example.com'],
    ['t.co', 't.co'],
    ['foo.co.jp', 'foo.co.jp'],
    [
      'example.com/path/to/resource?search=foo&lang=en',
      'example.com/path/to/resource?search=foo&lang=en',
    ],
    ['Read example.com/x now', 'example.com/x'],
    ['See www.example.nl.', 'www.example.nl'],
    ['example.nl/x', 'example.nl/x'],
    ['(example.com)', 'example.com'],
    ['詳しくはexample.comへ', 'example.com'],
    ['www.example.рф', 'www.example.рф'],
    ['example.photography/x', 'example.photography/x'],
    ['http://example.com', 'http://example.com'],
    ['HTTPS://www.ExaMPLE.COM/index.html', 'HTTPS://www.ExaMPLE.COM/index.html'],
    [
      'https://example.com/path/to/resource?search=foo&lang=en',
      'https://example.com/path/to/resource?search=foo&lang=en',
    ],
    ['http://twitter.com/#!/twitter', 'http://twitter.com/#!/twitter'],
    ['http://example.com:8080/login.php', 'http://example.com:8080/login.php'],
    ['http://test_underscore.twitter.com', 'http://test_underscore.twitter.com'],
    ['http://☃.net/', 'http://☃.net/'],
    ['http://example.com/Русские_слова', 'http://example.com/Русские_слова'],
    [
      'https://www.youtube.com/playlist?list=PL0ZPu8XSRTB7wZzn0mLHMvyzVFeRxbWn-',
      'https://www.youtube.com/playlist?list=PL0ZPu8XSRTB7wZzn0mLHMvyzVFeRxbWn-',
    ],
    [
      'http://en.wikipedia.org/wiki/Madonna_(artist)',
      'http://en.wikipedia.org/wiki/Madonna_(artist)',
    ],
    ['(see http://example.com/a).', 'http://example.com/a'],
    ['http://example.com/foo.', 'http://example.com/foo'],
    ['http://example.com?foo=bar.', 'http://example.com?foo=bar'],
  ])('finds the link in %j', (text, link) => {
    expect(links(text)).toEqual([link]);
  });

  it.each([
    'example.nl',
    'example.рф',
    'index.html',
    'e.g. this',
    'jan@example.com',
    '#example.com',
    '$example.com',
    'foo.-example.com',
    'ftp://www.example.com/',
    'http://domain-dash_2314352345_dfasd.foo-cow_4352.com',
    'http://www.-domain4352.com/',
    'http://www.domain4352-.com/',
    'version 2.5 of 3.0',
    'example.comX',
  ])('finds no link in %j', (text) => {
    expect(links(text)).toEqual([]);
  });

  it('reads a megabyte of text that almost looks like links in one pass', () => {
    const megabyte = (piece: string) => piece.repeat(Math.ceil(1_000_000 / piece.length));
    for (const piece of ['a.', 'é', 'a-', 'http://a', '日本.', 'a.b_']) {
      expect(findLinks(megabyte(piece))).toEqual([]);
    }
    expect(findLinks(megabyte('x.co('))).toHaveLength(200_000);
    expect(xWeightedLength(megabyte('example.com '))).toBe(83_334 * (23 + 1));
  });
});
