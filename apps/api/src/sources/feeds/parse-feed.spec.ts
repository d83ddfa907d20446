import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeXml } from '../../fetching/decode-text';
import { FeedParseError, parseFeed } from './parse-feed';

/** A fixture as polling reads it: bytes decoded as XML, no charset in the HTTP header. */
function fixture(name: string, feedUrl: string) {
  return parseFeed(decodeXml(readFileSync(join(__dirname, 'fixtures', name)), null), feedUrl);
}

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel>
  <title>Acme Newsroom</title>
  <link>https://news.acme.example/</link>
  <item>
    <title>Winter   release &amp; more</title>
    <link>https://news.acme.example/winter?utm_source=rss</link>
    <pubDate>Sat, 21 Nov 2026 10:00:00 GMT</pubDate>
  </item>
  <item><title>No link here</title></item>
  <item><title>Relative</title><link>/relative-story</link></item>
  <item><title>Again</title><link>https://news.acme.example/winter</link></item>
  <item><title>Mail</title><link>mailto:press@acme.example</link></item>
</channel></rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Industry Review</title>
  <entry>
    <title>The state of advocacy</title>
    <link rel="alternate" href="https://review.example.org/advocacy-2026"/>
    <updated>2026-11-20T10:00:00Z</updated>
  </entry>
  <entry><link href="https://review.example.org/untitled"/></entry>
</feed>`;

describe('parseFeed', () => {
  it('reads RSS 2.0 entries: normalised, resolved, de-duplicated, only web links', () => {
    expect(parseFeed(RSS, 'https://news.acme.example/feed.xml')).toEqual({
      title: 'Acme Newsroom',
      entries: [
        {
          url: 'https://news.acme.example/winter',
          title: 'Winter release & more',
          publishedAt: new Date('2026-11-21T10:00:00Z'),
        },
        { url: 'https://news.acme.example/relative-story', title: 'Relative', publishedAt: null },
      ],
    });
  });

  it('reads Atom entries, using the link as title when there is none', () => {
    expect(parseFeed(ATOM, 'https://review.example.org/atom')).toEqual({
      title: 'Industry Review',
      entries: [
        {
          url: 'https://review.example.org/advocacy-2026',
          title: 'The state of advocacy',
          publishedAt: new Date('2026-11-20T10:00:00Z'),
        },
        {
          url: 'https://review.example.org/untitled',
          title: 'https://review.example.org/untitled',
          publishedAt: null,
        },
      ],
    });
  });

  it('links each Blogger entry to its article, not its comments, edit or self link', () => {
    expect(
      fixture('blogger-atom.xml', 'https://engineering.harbour.example/feeds/posts/default'),
    ).toEqual({
      title: 'Harbour Engineering Blog',
      entries: [
        {
          url: 'https://engineering.harbour.example/2026/11/shipping-harbour-map.html',
          title: 'Shipping the new harbour map',
          publishedAt: new Date('2026-11-19T16:00:00Z'),
        },
        {
          url: 'https://engineering.harbour.example/2026/11/tides-and-queues.html',
          title: 'Tides & queues: what we learned',
          publishedAt: new Date('2026-11-02T08:30:00Z'),
        },
      ],
    });
  });

  it('takes a permalink guid when an item has no link, and stores titles as text', () => {
    expect(fixture('rss-guid-markup.xml', 'https://homes.northwind.example/feed/')).toEqual({
      title: 'Northwind Homes – Listings',
      entries: [
        {
          url: 'https://homes.northwind.example/listings/bright-loft-canal',
          title: 'Bright loft, 1930ft2, canal view',
          publishedAt: new Date('2026-11-19T13:00:00Z'),
        },
        {
          url: 'https://homes.northwind.example/listings/cafe-premises',
          title: 'Café & bakery premises',
          publishedAt: new Date('2026-11-18T08:15:00Z'),
        },
        {
          url: 'https://homes.northwind.example/listings/terrace-house',
          title: 'Link on its own lines',
          publishedAt: null,
        },
        {
          url: 'https://homes.northwind.example/listings/studio-centre',
          title: 'Relative permalink',
          publishedAt: null,
        },
      ],
    });
  });

  it('reads namespace-prefixed Atom, resolving links against xml:base', () => {
    expect(fixture('prefixed-atom.xml', 'https://press.lumen.example/feed')).toEqual({
      title: 'Lumen Press Room',
      entries: [
        {
          url: 'https://press.lumen.example/en/releases/net-zero',
          title: 'Lumen reaches net zero',
          publishedAt: new Date('2026-11-18T12:00:00Z'),
        },
      ],
    });
  });

  it('reads RSS 1.0 (RDF) with Dublin Core dates, declared ISO-8859-1', () => {
    expect(fixture('rdf-rss10.xml', 'http://www.stadtwerke.example/rss.rdf')).toEqual({
      title: 'Stadtwerke Nachrichten',
      entries: [
        {
          url: 'http://www.stadtwerke.example/meldung/1207.html',
          title: 'Stromnetz: Prüfung der Umspannwerke',
          publishedAt: new Date('2026-11-17T06:30:00Z'),
        },
      ],
    });
  });

  it('reads an RSS 0.91 feed whose encoding only its XML declaration names', () => {
    expect(fixture('rss-0.91-windows-1251.xml', 'https://press.sever.example/rss')).toEqual({
      title: 'Новости компании',
      entries: [
        {
          url: 'https://press.sever.example/news/kazan-office.html',
          title: 'Открытие нового офиса в Казани',
          publishedAt: null,
        },
      ],
    });
  });

  it('prefers an HTML alternate link, and skips an entry with only API links', () => {
    const feed = `<feed xmlns="http://www.w3.org/2005/Atom"><entry>
      <link rel="alternate" type="application/json" href="https://x.example/api/1.json"/>
      <link rel="alternate" type="text/html; charset=utf-8" href="https://x.example/1"/>
    </entry><entry>
      <link rel="edit" href="https://x.example/api/2"/><link rel="replies" href="https://x.example/2#c"/>
    </entry></feed>`;
    expect(parseFeed(feed, 'https://x.example/feed').entries.map((entry) => entry.url)).toEqual([
      'https://x.example/1',
    ]);
  });

  it('takes the article behind a FeedBurner redirect, and an RSS link written with href', () => {
    const feed = `<rss version="2.0" xmlns:feedburner="http://rssnamespace.org/feedburner/ext/1.0"><channel>
      <item><title>Via FeedBurner</title>
        <link>http://feedproxy.google.com/~r/AcmeNews/~3/Xy12Ab/</link>
        <feedburner:origLink>https://news.acme.example/2026/11/via-feedburner</feedburner:origLink>
      </item>
      <item><title>Empty link element</title><link href="/2026/11/href-link"/></item>
    </channel></rss>`;
    expect(
      parseFeed(feed, 'https://news.acme.example/feed').entries.map((entry) => entry.url),
    ).toEqual([
      'https://news.acme.example/2026/11/via-feedburner',
      'https://news.acme.example/2026/11/href-link',
    ]);
  });

  it('reads Atom text constructs by their type, and keeps literal text literal', () => {
    const feed = (title: string) =>
      `<feed xmlns="http://www.w3.org/2005/Atom"><entry>${title}<link href="https://x.example/1"/></entry></feed>`;
    const titleOf = (title: string) =>
      parseFeed(feed(title), 'https://x.example/').entries[0].title;
    expect(titleOf('<title type="html">R&amp;amp;D &lt;i&gt;news&lt;/i&gt;</title>')).toBe(
      'R&D news',
    );
    expect(titleOf('<title type="text">Use &lt;b&gt; for bold</title>')).toBe('Use <b> for bold');
  });

  it('keeps a less-than sign and an ampersand that are not markup', () => {
    const feed = RSS.replace('Winter   release &amp; more', 'Costs &lt; 5% &amp; AT&amp;T');
    expect(parseFeed(feed, 'https://news.acme.example/feed.xml').entries[0].title).toBe(
      'Costs < 5% & AT&T',
    );
  });

  it('drops control characters such as NUL from titles', () => {
    const feed = RSS.replace('Winter   release', 'Winter\u0000 release\u0007');
    expect(parseFeed(feed, 'https://news.acme.example/feed.xml').entries[0].title).toBe(
      'Winter release & more',
    );
  });

  it('says when a document is not a feed', () => {
    expect(() => parseFeed('<html><body>Hello</body></html>', 'https://x.example/')).toThrow(
      FeedParseError,
    );
    const otherNamespace = '<feed xmlns="http://example.com/not-atom"><entry/></feed>';
    expect(() => parseFeed(otherNamespace, 'https://x.example/')).toThrow(FeedParseError);
  });
});
