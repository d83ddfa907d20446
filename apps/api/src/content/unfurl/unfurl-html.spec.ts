import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeHtml } from '../../fetching/decode-text';
import {
  SUMMARY_MAX_LENGTH,
  TITLE_MAX_LENGTH,
  unfurlHtml,
  URL_MAX_LENGTH,
  type PageMetadata,
} from './unfurl-html';

const PAGE_URL = 'https://www.acme.example/news/2024/page.html?utm_source=feed';

function fixture(name: string): Buffer {
  return readFileSync(join(__dirname, 'fixtures', name));
}

/** A fixture as the fetcher would hand it over: bytes without a charset header. */
function unfurlFixture(name: string): PageMetadata {
  return unfurlHtml(decodeHtml(fixture(name), null), PAGE_URL);
}

/** A document whose `<head>` holds the given markup. */
function page(headMarkup: string): string {
  return `<!doctype html><html><head>${headMarkup}</head><body><p>Body</p></body></html>`;
}

function unfurlHead(headMarkup: string, pageUrl = PAGE_URL): PageMetadata {
  return unfurlHtml(page(headMarkup), pageUrl);
}

const meta = (key: string, content: string, attribute = 'property') =>
  `<meta ${attribute}="${key}" content="${content}">`;

describe('unfurlHtml on fixtures', () => {
  it.each<[string, PageMetadata]>([
    [
      'opengraph.html',
      {
        title: 'Acme opens a new office in Rotterdam',
        summary:
          'Our fourth European office brings 120 new jobs in engineering & support to the Netherlands.',
        imageUrl: 'https://cdn.acme.example/news/rotterdam-office.jpg',
        siteName: 'Acme Newsroom',
        language: 'en',
        canonicalUrl: 'https://news.acme.example/2024/rotterdam-office?ref=canonical',
        kind: 'article',
      },
    ],
    [
      'twitter-only.html',
      {
        title: 'Wir stellen ein: Senior Backend Engineer (m/w/d)',
        summary: 'Remote-first, 30 Tage Urlaub und ein Team, das Qualität liebt. Jetzt bewerben!',
        imageUrl: 'https://jobs.acme.example/img/backend-engineer.png',
        siteName: 'Acme Karriere',
        language: 'de',
        canonicalUrl: null,
        kind: null,
      },
    ],
    [
      'neither.html',
      {
        title: 'Quarterly results: revenue up 12%',
        summary: 'Acme reports a strong third quarter, driven by growth in subscriptions.',
        imageUrl: null,
        siteName: 'acme.example',
        language: null,
        canonicalUrl: null,
        kind: null,
      },
    ],
    [
      'relative-urls.html',
      {
        title: 'Salon de l’innovation 2024',
        summary: null,
        imageUrl: 'https://static.acme.example/events/2024/images/salon-cover.jpg?w=1200&h=630',
        siteName: 'acme.example',
        language: 'fr',
        canonicalUrl: 'https://static.acme.example/events/salon-innovation',
        kind: 'video',
      },
    ],
    [
      'broken-markup.html',
      {
        title: 'Acme & Partners announce the <Summit> 2025',
        summary: 'Three days of talks, workshops & demos.',
        imageUrl: 'https://cdn.acme.example/summit.png',
        siteName: 'Acme Events',
        language: 'es',
        canonicalUrl: null,
        kind: 'other',
      },
    ],
    [
      'windows-1252.html',
      {
        title: 'Café-Programm für Köln: 25 € Eintritt – „Früh’s“ Bühne',
        summary: 'Über 40 Aussteller, crème brûlée und Glühwein im Zürich-Saal.',
        imageUrl: null,
        siteName: 'Acme Événements',
        language: null,
        canonicalUrl: null,
        kind: null,
      },
    ],
    [
      'dutch-locale.html',
      {
        title: 'Werken bij Acme',
        summary: 'Bekijk onze vacatures in Amsterdam en Utrecht.',
        imageUrl: 'https://www.acme.example/img/werken-bij.jpg',
        siteName: 'Acme Werkt',
        language: 'nl',
        canonicalUrl: null,
        kind: 'website',
      },
    ],
  ])('%s', (name, expected) => {
    expect(unfurlFixture(name)).toEqual(expected);
  });

  it('keeps the windows-1252 fixture as real windows-1252 bytes, not UTF-8', () => {
    const bytes = fixture('windows-1252.html');
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    expect(bytes.includes(0x80)).toBe(true); // €
  });
});

describe('unfurlHtml precedence', () => {
  it.each([
    [
      'og:title',
      meta('og:title', 'OG') + meta('twitter:title', 'TW', 'name') + '<title>T</title>',
      'OG',
    ],
    ['twitter:title', meta('twitter:title', 'TW', 'name') + '<title>T</title>', 'TW'],
    ['<title>', '<title>T</title>', 'T'],
  ])('takes the title from %s before what follows it', (_source, head, title) => {
    expect(unfurlHead(head).title).toBe(title);
  });

  it.each([
    [
      'og:description',
      meta('og:description', 'OG') +
        meta('twitter:description', 'TW') +
        meta('description', 'M', 'name'),
      'OG',
    ],
    [
      'twitter:description',
      meta('twitter:description', 'TW') + meta('description', 'M', 'name'),
      'TW',
    ],
    ['meta description', meta('description', 'M', 'name'), 'M'],
  ])('takes the summary from %s before what follows it', (_source, head, summary) => {
    expect(unfurlHead(head).summary).toBe(summary);
  });

  const images = [
    meta('og:image', '/og.png'),
    meta('og:image:url', '/og-url.png'),
    meta('og:image:secure_url', '/og-secure.png'),
    meta('twitter:image', '/tw.png', 'name'),
    meta('twitter:image:src', '/tw-src.png', 'name'),
    '<link rel="image_src" href="/link.png">',
  ];
  it.each([
    ['og.png'],
    ['og-url.png'],
    ['og-secure.png'],
    ['tw.png'],
    ['tw-src.png'],
    ['link.png'],
  ])('takes the image from %s when nothing before it is present', (file) => {
    const index = images.findIndex((tag) => tag.includes(`/${file}"`));
    expect(unfurlHead(images.slice(index).reverse().join('')).imageUrl).toBe(
      `https://www.acme.example/${file}`,
    );
  });

  it('prefers an https og:image:secure_url over an http og:image', () => {
    const http = meta('og:image', 'http://cdn.acme.example/cover.jpg');
    const secure = meta('og:image:secure_url', 'https://cdn.acme.example/cover.jpg');
    expect(unfurlHead(http + secure).imageUrl).toBe('https://cdn.acme.example/cover.jpg');
    expect(
      unfurlHead(meta('og:image', '/cover.jpg') + secure, 'http://acme.example/').imageUrl,
    ).toBe('https://cdn.acme.example/cover.jpg');
  });

  it('keeps an http og:image when the secure_url is not https', () => {
    const http = meta('og:image', 'http://cdn.acme.example/cover.jpg');
    const notSecure = meta('og:image:secure_url', 'http://cdn.acme.example/other.jpg');
    expect(unfurlHead(http + notSecure).imageUrl).toBe('http://cdn.acme.example/cover.jpg');
  });

  it('takes the site name from og:site_name, then application-name, then the host', () => {
    const appName = meta('application-name', 'App', 'name');
    expect(unfurlHead(meta('og:site_name', 'OG') + appName).siteName).toBe('OG');
    expect(unfurlHead(appName).siteName).toBe('App');
    expect(unfurlHead('').siteName).toBe('acme.example');
    expect(unfurlHead('', 'https://blog.acme.example/post').siteName).toBe('blog.acme.example');
  });

  it('takes the canonical URL from the link, then og:url, else null', () => {
    const link = '<link rel="canonical" href="/canonical">';
    expect(unfurlHead(meta('og:url', '/og-url') + link).canonicalUrl).toBe(
      'https://www.acme.example/canonical',
    );
    expect(unfurlHead(meta('og:url', '/og-url')).canonicalUrl).toBe(
      'https://www.acme.example/og-url',
    );
    expect(unfurlHead('').canonicalUrl).toBeNull();
  });

  it('takes the language from <html lang>, then og:locale, then content-language', () => {
    const locale = meta('og:locale', 'nl_NL');
    const contentLanguage = meta('content-language', 'de-AT, en', 'http-equiv');
    const html = (lang: string, head: string) => `<html lang="${lang}"><head>${head}</head></html>`;
    expect(unfurlHtml(html('en-GB', locale + contentLanguage), PAGE_URL).language).toBe('en');
    expect(unfurlHead(locale + contentLanguage).language).toBe('nl');
    expect(unfurlHead(contentLanguage).language).toBe('de');
    expect(unfurlHtml(html('x-default', locale), PAGE_URL).language).toBe('nl');
    expect(unfurlHtml(html('', ''), PAGE_URL).language).toBeNull();
  });

  it.each([
    ['article', 'article'],
    ['Website', 'website'],
    ['video.movie', 'video'],
    ['video', 'video'],
    ['book', 'other'],
  ])('maps og:type %s to kind %s', (ogType, kind) => {
    expect(unfurlHead(meta('og:type', ogType)).kind).toBe(kind);
  });

  it('uses the first non-empty value of a repeated tag', () => {
    const head =
      meta('og:title', '  ') +
      meta('og:title', 'First') +
      meta('og:title', 'Second') +
      '<title>T</title>';
    expect(unfurlHead(head).title).toBe('First');
  });

  it('ignores the <title> of an inline SVG', () => {
    const html = '<html><body><svg><title>Logo</title></svg><title>Page</title></body></html>';
    expect(unfurlHtml(html, PAGE_URL).title).toBe('Page');
  });

  it('reads metadata from the body when there is no head', () => {
    const html = `<body><div><p>Intro${meta('og:title', 'In the body')}<title>Late</title>`;
    expect(unfurlHtml(html, PAGE_URL)).toMatchObject({ title: 'In the body' });
  });
});

describe('unfurlHtml text', () => {
  it('decodes named, decimal and hexadecimal entities once and collapses whitespace', () => {
    const result = unfurlHead(
      '<title>Caf&eacute; &amp;\n\t Bar &#8211; Rock&#x2019;n&nbsp;Roll &amp;amp;</title>' +
        meta('og:description', 'Fish &amp; chips &lt;3 &quot;today&quot;'),
    );
    expect(result.title).toBe('Café & Bar – Rock’n Roll &amp;');
    expect(result.summary).toBe('Fish & chips <3 "today"');
  });

  it('caps the title and summary, after collapsing whitespace', () => {
    const result = unfurlHead(
      `<title>${'a    '.repeat(400)}</title>` + meta('og:description', 'b'.repeat(1500)),
    );
    expect(result.title).toBe('a '.repeat(150).trimEnd());
    expect(result.title!.length).toBeLessThanOrEqual(TITLE_MAX_LENGTH);
    expect(result.summary).toBe('b'.repeat(SUMMARY_MAX_LENGTH));
  });

  it('never cuts a character in half when capping', () => {
    const title = unfurlHead(`<title>${'a'.repeat(TITLE_MAX_LENGTH - 1)}😀</title>`).title!;
    expect(title).toBe('a'.repeat(TITLE_MAX_LENGTH - 1));
  });
});

describe('unfurlHtml URLs', () => {
  it.each([
    ['javascript:alert(1)'],
    [' JavaScript:alert(1)'],
    ['data:image/png;base64,iVBORw0KGgo='],
    ['ftp://files.acme.example/a.png'],
    ['http://['],
  ])('drops the image %j and falls back to the next candidate', (image) => {
    expect(unfurlHead(meta('og:image', image)).imageUrl).toBeNull();
    expect(unfurlHead(meta('og:image', image) + meta('twitter:image', '/tw.png')).imageUrl).toBe(
      'https://www.acme.example/tw.png',
    );
  });

  it('resolves relative and protocol-relative URLs against the page', () => {
    expect(unfurlHead(meta('og:image', 'img/a.png')).imageUrl).toBe(
      'https://www.acme.example/news/2024/img/a.png',
    );
    expect(unfurlHead(meta('og:image', '//cdn.acme.example/a.png')).imageUrl).toBe(
      'https://cdn.acme.example/a.png',
    );
  });

  it('resolves against a relative <base href>, and ignores a javascript: one', () => {
    const image = meta('og:image', 'a.png');
    expect(unfurlHead('<base href="/static/">' + image).imageUrl).toBe(
      'https://www.acme.example/static/a.png',
    );
    expect(unfurlHead('<base href="javascript:void(0)/">' + image).imageUrl).toBe(
      'https://www.acme.example/news/2024/a.png',
    );
  });

  it(`drops a URL longer than ${URL_MAX_LENGTH} characters instead of cutting it`, () => {
    const long = `https://www.acme.example/${'x'.repeat(URL_MAX_LENGTH)}`;
    expect(unfurlHead(`<link rel="canonical" href="${long}">`).canonicalUrl).toBeNull();
    expect(
      unfurlHead(`<link rel="canonical" href="${long.slice(0, URL_MAX_LENGTH)}">`).canonicalUrl,
    ).toBe(long.slice(0, URL_MAX_LENGTH));
  });

  it('reads a rel list case-insensitively and ignores a mailto: canonical', () => {
    expect(unfurlHead('<link rel="Shortlink Canonical" href="/c">').canonicalUrl).toBe(
      'https://www.acme.example/c',
    );
    expect(
      unfurlHead('<link rel="canonical" href="mailto:news@acme.example">').canonicalUrl,
    ).toBeNull();
  });

  it('resolves nothing and names no site for a page URL that is not http(s)', () => {
    expect(unfurlHead(meta('og:image', '/a.png'), 'file:///etc/passwd')).toMatchObject({
      imageUrl: null,
      siteName: null,
    });
  });
});
