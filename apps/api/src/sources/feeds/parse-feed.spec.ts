import { FeedParseError, parseFeed } from './parse-feed';

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
  });
});
