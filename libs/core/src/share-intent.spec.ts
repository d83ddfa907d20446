import { SHARE_NETWORKS, type ShareNetwork } from './post-length';
import { SHARE_NETWORK_PREFILL, buildShareIntent } from './share-intent';

/** A tracked link with a query string of its own, so its `&`, `?` and `=` must be encoded. */
const LINK = 'https://go.example.com/r/Ab3dE9?lang=de&v=2';
const E_LINK = 'https%3A%2F%2Fgo.example.com%2Fr%2FAb3dE9%3Flang%3Dde%26v%3D2';
/** An ampersand, a hash, an emoji and a newline, none of which may break out of its parameter. */
const TEXT = 'Q&A #1: we ship 🚀\nRead more';
const E_TEXT = 'Q%26A%20%231%3A%20we%20ship%20%F0%9F%9A%80%0ARead%20more';
const TITLE = 'Our Q3 report: 10% up';
const E_TITLE = 'Our%20Q3%20report%3A%2010%25%20up';

function intentUrl(network: ShareNetwork, text = TEXT, title: string | null = TITLE): string {
  return buildShareIntent({ network, text, url: LINK, title }).intentUrl;
}

describe('buildShareIntent', () => {
  it.each<[ShareNetwork, string]>([
    ['linkedin', `https://www.linkedin.com/sharing/share-offsite/?url=${E_LINK}`],
    ['x', `https://x.com/intent/tweet?text=${E_TEXT}&url=${E_LINK}`],
    ['facebook', `https://www.facebook.com/sharer/sharer.php?u=${E_LINK}`],
    ['xing', `https://www.xing.com/spi/shares/new?url=${E_LINK}`],
    ['reddit', `https://www.reddit.com/submit?url=${E_LINK}&title=${E_TITLE}&type=LINK`],
    ['bluesky', `https://bsky.app/intent/compose?text=${E_TEXT}%20${E_LINK}`],
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
    const flags = Object.fromEntries(
      SHARE_NETWORKS.map((network) => {
        const { prefillsText, copyTextFirst } = buildShareIntent({
          network,
          text: TEXT,
          url: LINK,
        });
        return [network, { prefillsText, copyTextFirst }];
      }),
    );
    const copies = { prefillsText: false, copyTextFirst: true };
    const fills = { prefillsText: true, copyTextFirst: false };
    expect(flags).toEqual({
      linkedin: copies,
      x: fills,
      facebook: copies,
      xing: copies,
      reddit: copies,
      bluesky: fills,
      whatsapp: fills,
      telegram: fills,
      email: fills,
    });
    expect(SHARE_NETWORK_PREFILL.reddit).toBe('title');
    expect(SHARE_NETWORK_PREFILL.linkedin).toBe('none');
  });

  it('never puts the text into a URL that does not prefill it', () => {
    for (const network of SHARE_NETWORKS.filter((n) => SHARE_NETWORK_PREFILL[n] !== 'text')) {
      expect(intentUrl(network, 'UNIQUE-TEXT-MARKER')).not.toContain('UNIQUE-TEXT-MARKER');
    }
  });
});
