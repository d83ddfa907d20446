import {
  POST_LENGTH_RULES,
  SHARE_NETWORKS,
  countPost,
  measurePost,
  overflowOffset,
  postWithLink,
  type ShareNetwork,
} from './post-length';

const LINK = 'https://news.example.com/articles/2026/11/a-rather-long-path-for-this-article';
const FAMILY = '👨‍👩‍👧‍👦';

describe('measurePost', () => {
  it('counts 279 characters and an emoji as 281 on X, over its limit', () => {
    expect(measurePost(`${'a'.repeat(279)}🎉`, 'x', '')).toEqual({
      length: 281,
      limit: 280,
      over: true,
    });
  });

  it('counts a bare domain as a link of 23 on X', () => {
    expect(measurePost(`${'a'.repeat(250)} example.com/x`, 'x', '').length).toBe(250 + 1 + 23);
  });

  it('counts a link as 23 characters on X, appended when the text lacks it', () => {
    const text = 'a'.repeat(256);
    expect(measurePost(text, 'x', LINK)).toEqual({ length: 256 + 1 + 23, limit: 280, over: false });
    expect(measurePost(`${text}!`, 'x', LINK).over).toBe(true);
    expect(measurePost(`Read this ${LINK} now`, 'x', LINK).length).toBe(
      'Read this  now'.length + 23,
    );
  });

  it('counts graphemes on Bluesky, so a family emoji is one', () => {
    const measured = measurePost(FAMILY, 'bluesky', 'https://x.io/a');
    expect(measured).toEqual({ length: 1 + 1 + 'https://x.io/a'.length, limit: 300, over: false });
  });

  it('counts code points elsewhere, so an astral emoji is one character', () => {
    expect(measurePost(`${'a'.repeat(2999)}🎉`, 'linkedin', '')).toEqual({
      length: 3000,
      limit: 3000,
      over: false,
    });
    expect(measurePost(`${'a'.repeat(2999)}🎉!`, 'linkedin', '').over).toBe(true);
  });

  it('has no limit where the network has none worth checking', () => {
    expect(measurePost('hello', 'email', LINK)).toEqual({
      length: 6 + LINK.length,
      limit: null,
      over: false,
    });
  });

  it('applies the tightest limit for a variant meant for any network', () => {
    const text = 'b'.repeat(270);
    const measured = measurePost(text, 'any', 'https://x.io/a');
    expect(measured.limit).toBe(280);
    expect(measured.over).toBe(true);
  });
});

describe('Threads and Mastodon', () => {
  const GREEK = 'Καλημέρα από την Αθήνα';

  it('counts 500 characters on Threads, each emoji as its UTF-8 bytes', () => {
    expect(measurePost('a'.repeat(500), 'threads', '')).toEqual({
      length: 500,
      limit: 500,
      over: false,
    });
    // 🎉 is 4 bytes, a family of four is four 4-byte people and three 3-byte joiners, a flag 8.
    expect(measurePost('🎉', 'threads', '').length).toBe(4);
    expect(measurePost(FAMILY, 'threads', '').length).toBe(4 * 4 + 3 * 3);
    expect(measurePost('🇬🇷', 'threads', '').length).toBe(8);
    // Greek letters are two bytes in UTF-8 but not emoji: one character each.
    expect(measurePost(GREEK, 'threads', '').length).toBe([...GREEK].length);
    expect(measurePost(`${'a'.repeat(496)}🎉`, 'threads', '').over).toBe(false);
    expect(measurePost(`${'a'.repeat(497)}🎉`, 'threads', '').over).toBe(true);
  });

  it('counts the link on Threads as it is written', () => {
    const text = 'a'.repeat(500 - 1 - LINK.length);
    expect(measurePost(text, 'threads', LINK)).toEqual({ length: 500, limit: 500, over: false });
    expect(measurePost(`${text}a`, 'threads', LINK).over).toBe(true);
  });

  it('points at the emoji that does not fit on Threads', () => {
    expect(overflowOffset(`${'a'.repeat(496)}🎉`, 'threads')).toBeNull();
    expect(overflowOffset(`${'a'.repeat(497)}🎉`, 'threads')).toBe(497);
    expect(overflowOffset(`${'a'.repeat(480)}${FAMILY}`, 'threads')).toBe(480);
  });

  it('counts graphemes on Mastodon, and every link with its protocol as 23', () => {
    expect(measurePost(FAMILY, 'mastodon', LINK)).toEqual({
      length: 1 + 1 + 23,
      limit: 500,
      over: false,
    });
    // A short link counts 23 as well; a bare domain is text.
    expect(measurePost('see https://a.io', 'mastodon', '').length).toBe(4 + 23);
    expect(measurePost('see example.com', 'mastodon', '').length).toBe(15);
    const text = 'a'.repeat(500 - 1 - 23);
    expect(measurePost(text, 'mastodon', LINK).over).toBe(false);
    expect(measurePost(`${text}a`, 'mastodon', LINK).over).toBe(true);
  });

  it('points at the link that does not fit on Mastodon', () => {
    expect(overflowOffset(`${'a'.repeat(480)} ${LINK} b`, 'mastodon')).toBe(481);
    expect(overflowOffset(`${'a'.repeat(476)} ${LINK} b`, 'mastodon')).toBe(477 + LINK.length);
    expect(overflowOffset(`${'a'.repeat(474)} ${LINK} b`, 'mastodon')).toBeNull();
  });
});

describe('postWithLink', () => {
  it('appends the link when the text lacks it and says where the text starts', () => {
    expect(postWithLink('  hi ', 'https://x.io')).toEqual({ post: 'hi  https://x.io', offset: -2 });
    expect(postWithLink(`see ${LINK}`, LINK)).toEqual({ post: `see ${LINK}`, offset: 0 });
    expect(postWithLink('hi', '')).toEqual({ post: 'hi', offset: 0 });
  });
});

describe('countPost', () => {
  it('says which network decided the length of a post for any network', () => {
    expect(countPost('b'.repeat(281), 'any')).toEqual({
      length: 281,
      limit: 280,
      over: true,
      network: 'x',
    });
    // A long link: Reddit and Bluesky have the least room left (X counts it as 23); Reddit is first.
    expect(countPost(`${'b'.repeat(10)} ${LINK}`, 'any')).toMatchObject({
      length: 11 + LINK.length,
      limit: 300,
      network: 'reddit',
    });
    expect(countPost('hi', 'bluesky')).toMatchObject({ network: 'bluesky', limit: 300 });
    expect(countPost('hi', 'whatsapp')).toEqual({
      length: 2,
      limit: null,
      over: false,
      network: null,
    });
  });
});

describe('overflowOffset', () => {
  it('finds the first ASCII character past the limit, and none at exactly the limit', () => {
    expect(overflowOffset('a'.repeat(300), 'reddit')).toBeNull();
    expect(overflowOffset('a'.repeat(301), 'reddit')).toBe(300);
    expect(overflowOffset('', 'reddit')).toBeNull();
  });

  it('counts an astral emoji as one character and points at its start', () => {
    expect(overflowOffset(`${'a'.repeat(2999)}🎉`, 'linkedin')).toBeNull();
    expect(overflowOffset(`${'a'.repeat(2999)}🎉!`, 'linkedin')).toBe(3001);
    expect(overflowOffset(`${'a'.repeat(3000)}🎉`, 'linkedin')).toBe(3000);
  });

  it('weighs an emoji 2 on X, so 279 characters and an emoji are over its limit', () => {
    expect(overflowOffset(`${'a'.repeat(278)}🎉`, 'x')).toBeNull();
    expect(overflowOffset(`${'a'.repeat(279)}🎉`, 'x')).toBe(279);
    expect(overflowOffset(`${'a'.repeat(278)}${FAMILY}!`, 'x')).toBe(278 + FAMILY.length);
    expect(overflowOffset(`${'a'.repeat(270)}中文中文中文`, 'x')).toBe(275);
  });

  it('points at the character as written when X counts its NFC form', () => {
    const decomposed = 'e\u0301'.repeat(300);
    expect(overflowOffset(decomposed, 'x')).toBe(280 * 2);
  });

  it('counts a family emoji as one grapheme on Bluesky', () => {
    expect(overflowOffset(FAMILY.repeat(300), 'bluesky')).toBeNull();
    expect(overflowOffset(`${FAMILY.repeat(300)}x`, 'bluesky')).toBe(300 * FAMILY.length);
    expect(overflowOffset(`${'a'.repeat(299)}${FAMILY}${FAMILY}`, 'bluesky')).toBe(
      299 + FAMILY.length,
    );
    // On a network counting code points, the family is seven characters.
    expect(overflowOffset(`${'a'.repeat(295)}${FAMILY}`, 'reddit')).toBe(295 + 8);
  });

  it('counts links as 23 characters on X', () => {
    expect(overflowOffset(`${'a'.repeat(256)} ${LINK}`, 'x')).toBeNull();
    expect(overflowOffset(`${'a'.repeat(257)} ${LINK}`, 'x')).toBe(258);
    const text = `${'a'.repeat(250)} ${LINK} bcdefg`;
    expect(overflowOffset(text, 'x')).toBe(text.length - 1);
    expect(overflowOffset(`${'a'.repeat(250)} ${LINK} bcdef`, 'x')).toBeNull();
  });

  it('is null on a network without a limit worth checking', () => {
    expect(overflowOffset('c'.repeat(10_000), 'email')).toBeNull();
  });

  it('finds the same graphemes as Intl.Segmenter', () => {
    const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    const samples = [
      'plain ascii text',
      'Cafe\u0301 na\u0308ive',
      `a${FAMILY}b🇳🇱🇩🇪🇸🇪c`,
      'Ελληνικά κείμενα, ΤΟΝΟΣ ά',
      'line\r\nbreak\n\rend',
      '©\u200d®\ufe0f a\u0600b \u0915\u094d\u0937',
      '한국어 텍스트 각',
      'x👍🏽y👩🏻‍💻z',
    ];
    for (const sample of samples) {
      // With the limit 300 reached at each grapheme of the sample in turn.
      const graphemes = [...segmenter.segment(sample)].length;
      for (let padding = 300 - graphemes; padding <= 300; padding += 1) {
        const post = `${'a'.repeat(padding)}${sample}`;
        const expected = [...segmenter.segment(post)][300]?.index ?? null;
        expect([post, overflowOffset(post, 'bluesky')]).toEqual([post, expected]);
      }
    }
  });
});

describe('counting, against the networks’ rules counted the plain way', () => {
  const graphemes = (text: string) => [
    ...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text),
  ];

  /**
   * The rules as the networks state them, counted without shortcuts. For X (the posts below
   * have their links between spaces): the NFC text, each link 23, each emoji grapheme 2, every
   * other code point 1 in twitter-text's light ranges and 2 elsewhere.
   */
  function plainLength(post: string, network: ShareNetwork): number {
    const rule = POST_LENGTH_RULES[network];
    if (rule?.unit === 'weighted') {
      const text = post.normalize('NFC');
      const links = text.match(/https?:\/\/\S+/g) ?? [];
      return graphemes(text.replace(/https?:\/\/\S+/g, '')).reduce(
        (length, { segment }) =>
          length +
          (/\p{Extended_Pictographic}|\p{Regional_Indicator}/u.test(segment)
            ? 2
            : [...segment].reduce((sum, char) => sum + (isLight(char.codePointAt(0)!) ? 1 : 2), 0)),
        links.length * 23,
      );
    }
    if (rule?.unit === 'graphemes' && rule.linkWeight) {
      const links = post.match(/https?:\/\/\S+/g) ?? [];
      return graphemes(post.replace(/https?:\/\/\S+/g, '')).length + links.length * 23;
    }
    if (rule?.unit === 'graphemes') return graphemes(post).length;
    if (rule?.unit === 'emojiBytes') {
      return graphemes(post).reduce(
        (length, { segment }) =>
          length +
          (/\p{Extended_Pictographic}|\p{Regional_Indicator}/u.test(segment)
            ? new TextEncoder().encode(segment).length
            : [...segment].length),
        0,
      );
    }
    return [...post].length;
  }

  function isLight(codePoint: number): boolean {
    return [
      [0x0000, 0x10ff],
      [0x2000, 0x200d],
      [0x2010, 0x201f],
      [0x2032, 0x2037],
    ].some(([from, to]) => codePoint >= from && codePoint <= to);
  }

  it('agrees on random posts, and overflowOffset splits them at the limit', () => {
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const pieces = [
      'word ',
      'é',
      'e\u0301',
      FAMILY,
      '🇳🇱',
      ' ',
      '\r\n',
      ` ${LINK} `,
      ' http://x.io ',
      'ß',
      '中',
      '“',
    ];
    for (let round = 0; round < 300; round += 1) {
      const text = Array.from({ length: random(400) }, () => pieces[random(pieces.length)]).join(
        '',
      );
      const link = random(2) ? LINK : '';
      const { post } = postWithLink(text, link);
      const plain = new Map(SHARE_NETWORKS.map((network) => [network, plainLength(post, network)]));
      for (const network of SHARE_NETWORKS) {
        const limit = POST_LENGTH_RULES[network]?.limit ?? null;
        const length = plain.get(network)!;
        expect([network, measurePost(text, network, link)]).toEqual([
          network,
          { length, limit, over: limit !== null && length > limit },
        ]);
        const offset = overflowOffset(post, network);
        expect([network, offset !== null]).toEqual([network, limit !== null && length > limit]);
        if (offset === null || limit === null) continue;
        // Everything before the offset fits; with the character or link there, it does not.
        // On Threads an emoji is one unit, of several bytes.
        const next =
          /^https?:\/\/\S+/.exec(post.slice(offset))?.[0] ??
          (network === 'threads'
            ? graphemes(post.slice(offset))[0].segment
            : String.fromCodePoint(post.codePointAt(offset)!));
        expect(plainLength(post.slice(0, offset), network)).toBeLessThanOrEqual(limit);
        expect(plainLength(post.slice(0, offset + next.length), network)).toBeGreaterThan(limit);
      }
      const ruled = SHARE_NETWORKS.filter((network) => POST_LENGTH_RULES[network]);
      const room = (network: ShareNetwork) =>
        POST_LENGTH_RULES[network]!.limit - plain.get(network)!;
      const tightest = ruled.reduce((worst, current) =>
        room(current) < room(worst) ? current : worst,
      );
      expect(countPost(post, 'any')).toEqual({
        ...measurePost(text, tightest, link),
        network: tightest,
      });
    }
  });
});
