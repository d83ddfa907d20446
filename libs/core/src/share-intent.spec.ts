import { SHARE_NETWORKS, type ShareNetwork } from './post-length';
import { buildShareIntent, prefillOf, type ShareIntentInput } from './share-intent';

/** A tracked link with a query string of its own, so its `&`, `?` and `=` must be encoded. */
const LINK = 'https://go.example.com/r/Ab3dE9?lang=de&v=2';
const E_LINK = 'https%3A%2F%2Fgo.example.com%2Fr%2FAb3dE9%3Flang%3Dde%26v%3D2';
/** An ampersand, a hash, an emoji and a newline, none of which may break out of its parameter. */
const TEXT = 'Q&A #1: we ship 🚀\nRead more';
const E_TEXT = 'Q%26A%20%231%3A%20we%20ship%20%F0%9F%9A%80%0ARead%20more';
const TITLE = 'Our Q3 report: 10% up';
const E_TITLE = 'Our%20Q3%20report%3A%2010%25%20up';

const INSTANCE = 'mastodon.social';

function intentUrl(
  network: ShareNetwork,
  text = TEXT,
  title: string | null = TITLE,
  options: Partial<ShareIntentInput> = {},
): string {
  return buildShareIntent({
    network,
    text,
    url: LINK,
    title,
    mastodonInstance: INSTANCE,
    ...options,
  }).intentUrl;
}

describe('buildShareIntent', () => {
  it.each<[ShareNetwork, string]>([
    ['linkedin', `https://www.linkedin.com/feed/?shareActive=true&text=${E_TEXT}%20${E_LINK}`],
    ['x', `https://x.com/intent/tweet?text=${E_TEXT}&url=${E_LINK}`],
    ['facebook', `https://www.facebook.com/sharer/sharer.php?u=${E_LINK}`],
    ['xing', `https://www.xing.com/spi/shares/new?url=${E_LINK}`],
    ['reddit', `https://www.reddit.com/submit?url=${E_LINK}&title=${E_TITLE}&type=LINK`],
    ['bluesky', `https://bsky.app/intent/compose?text=${E_TEXT}%20${E_LINK}`],
    ['threads', `https://www.threads.com/intent/post?text=${E_TEXT}&url=${E_LINK}`],
    ['mastodon', `https://mastodon.social/share?text=${E_TEXT}%20${E_LINK}`],
    ['whatsapp', `https://wa.me/?text=${E_TEXT}%20${E_LINK}`],
    ['telegram', `https://t.me/share/url?url=${E_LINK}&text=${E_TEXT}`],
    ['email', `mailto:?subject=${E_TITLE}&body=${E_TEXT}%0A%0A${E_LINK}`],
  ])('builds the %s intent URL', (network, expected) => {
    expect(intentUrl(network)).toBe(expected);
  });

  it('parses back to exactly the text, link and title on every web network', () => {
    const x = new URL(intentUrl('x'));
    expect(x.searchParams.get('text')).toBe(TEXT);
    expect(x.searchParams.get('url')).toBe(LINK);
    expect([...x.searchParams.keys()]).toEqual(['text', 'url']);
    const reddit = new URL(intentUrl('reddit'));
    expect(reddit.searchParams.get('title')).toBe(TITLE);
    expect(reddit.searchParams.get('url')).toBe(LINK);
    expect(new URL(intentUrl('bluesky')).searchParams.get('text')).toBe(`${TEXT} ${LINK}`);
  });

  it('writes spaces in a mailto: link as %20, never +', () => {
    const mail = intentUrl('email', 'a b', 'c d');
    expect(mail).toBe(`mailto:?subject=c%20d&body=a%20b%0A%0A${E_LINK}`);
    expect(mail).not.toContain('+');
  });

  it('takes the link out of the text on X, closing up the space it leaves', () => {
    expect(intentUrl('x', `Read this ${LINK} now`)).toBe(
      `https://x.com/intent/tweet?text=Read%20this%20now&url=${E_LINK}`,
    );
    expect(intentUrl('x', `  We ship! ${LINK}\n`)).toBe(
      `https://x.com/intent/tweet?text=We%20ship!&url=${E_LINK}`,
    );
    expect(intentUrl('x', `${LINK} ${LINK}`)).toBe(
      `https://x.com/intent/tweet?text=&url=${E_LINK}`,
    );
  });

  it('does not repeat the link in the text where the text already has it', () => {
    const text = `New: ${LINK} #launch`;
    const eText = `New%3A%20${E_LINK}%20%23launch`;
    expect(intentUrl('bluesky', text)).toBe(`https://bsky.app/intent/compose?text=${eText}`);
    expect(intentUrl('whatsapp', text)).toBe(`https://wa.me/?text=${eText}`);
    expect(intentUrl('email', text)).toBe(`mailto:?subject=${E_TITLE}&body=${eText}`);
    expect(intentUrl('telegram', text)).toBe(
      `https://t.me/share/url?url=${E_LINK}&text=New%3A%20%23launch`,
    );
  });

  it('titles a Reddit post or an e-mail with the first line of the text when there is no title', () => {
    const text = `\n  Big news & more  \nSecond line ${LINK}`;
    expect(intentUrl('reddit', text, null)).toBe(
      `https://www.reddit.com/submit?url=${E_LINK}&title=Big%20news%20%26%20more&type=LINK`,
    );
    expect(intentUrl('reddit', `${LINK} Launch day`, '  ')).toBe(
      `https://www.reddit.com/submit?url=${E_LINK}&title=Launch%20day&type=LINK`,
    );
    expect(intentUrl('email', 'Hello\nworld', null)).toBe(
      `mailto:?subject=Hello&body=Hello%0Aworld%0A%0A${E_LINK}`,
    );
  });

  it('says which networks drop the text, so the UI copies it to the clipboard first', () => {
    const flags = (options: Partial<ShareIntentInput>) =>
      Object.fromEntries(
        SHARE_NETWORKS.map((network) => {
          const { prefillsText, copyTextFirst } = buildShareIntent({
            network,
            text: TEXT,
            url: LINK,
            mastodonInstance: INSTANCE,
            ...options,
          });
          return [network, { prefillsText, copyTextFirst }];
        }),
      );
    const copies = { prefillsText: false, copyTextFirst: true };
    const fills = { prefillsText: true, copyTextFirst: false };
    const withComposer = {
      linkedin: fills,
      x: fills,
      facebook: copies,
      xing: copies,
      reddit: copies,
      bluesky: fills,
      threads: fills,
      mastodon: fills,
      whatsapp: fills,
      telegram: fills,
      email: fills,
    };
    expect(flags({})).toEqual(withComposer);
    expect(flags({ linkedinComposer: true })).toEqual(withComposer);
    expect(flags({ linkedinComposer: false })).toEqual({ ...withComposer, linkedin: copies });
  });

  it('never puts the text into a URL that does not prefill it', () => {
    for (const linkedinComposer of [true, false]) {
      for (const network of SHARE_NETWORKS.filter(
        (n) => prefillOf(n, { linkedinComposer }) !== 'text',
      )) {
        expect(intentUrl(network, 'UNIQUE-TEXT-MARKER', TITLE, { linkedinComposer })).not.toContain(
          'UNIQUE-TEXT-MARKER',
        );
      }
    }
  });
});

describe('prefillOf', () => {
  it('says what each share page fills in, LinkedIn following the composer setting', () => {
    expect(prefillOf('linkedin')).toBe('text');
    expect(prefillOf('linkedin', { linkedinComposer: true })).toBe('text');
    expect(prefillOf('linkedin', { linkedinComposer: false })).toBe('none');
    expect(prefillOf('reddit')).toBe('title');
    expect(prefillOf('facebook', { linkedinComposer: false })).toBe('none');
    expect(prefillOf('threads')).toBe('text');
    expect(prefillOf('mastodon')).toBe('text');
  });
});

describe('LinkedIn, Threads and Mastodon intents', () => {
  const GREEK = 'Νέα έκδοση & #εκκίνηση 🚀\nΔιαβάστε';
  const E_GREEK = encodeURIComponent(GREEK);

  it('opens LinkedIn’s composer with the post and its link, or the documented share page', () => {
    expect(intentUrl('linkedin', GREEK)).toBe(
      `https://www.linkedin.com/feed/?shareActive=true&text=${E_GREEK}%20${E_LINK}`,
    );
    expect(intentUrl('linkedin', GREEK, null, { linkedinComposer: false })).toBe(
      `https://www.linkedin.com/sharing/share-offsite/?url=${E_LINK}`,
    );
    const composer = new URL(intentUrl('linkedin', `Read ${LINK} now`));
    expect([...composer.searchParams]).toEqual([
      ['shareActive', 'true'],
      ['text', `Read ${LINK} now`],
    ]);
  });

  it('gives Threads the text without the link, and the link as its attachment', () => {
    expect(intentUrl('threads', GREEK)).toBe(
      `https://www.threads.com/intent/post?text=${E_GREEK}&url=${E_LINK}`,
    );
    const threads = new URL(intentUrl('threads', `Read this ${LINK} now`));
    expect([...threads.searchParams]).toEqual([
      ['text', 'Read this now'],
      ['url', LINK],
    ]);
  });

  it('sends a Mastodon share to the person’s own server with the link in the text', () => {
    expect(intentUrl('mastodon', GREEK)).toBe(
      `https://mastodon.social/share?text=${E_GREEK}%20${E_LINK}`,
    );
    const mastodon = new URL(
      intentUrl('mastodon', TEXT, null, { mastodonInstance: 'Chaos.Social' }),
    );
    expect(mastodon.origin).toBe('https://chaos.social');
    expect(mastodon.searchParams.get('text')).toBe(`${TEXT} ${LINK}`);
    expect(intentUrl('mastodon', 'x', null, { mastodonInstance: 'mastodon.ελ' })).toMatch(
      /^https:\/\/mastodon\.xn--qxam\/share\?text=/,
    );
  });

  it('refuses a Mastodon share without a server, or with one that is not a plain hostname', () => {
    for (const mastodonInstance of [
      undefined,
      null,
      '',
      'evil.example.com/path',
      'user:pass@mastodon.social',
      'mastodon.social:8443',
      '127.0.0.1',
      '[::1]',
      'localhost',
    ]) {
      expect(() => intentUrl('mastodon', TEXT, null, { mastodonInstance })).toThrow(
        /Mastodon share needs/,
      );
    }
  });
});
