import { decodeHtml, decodeXml } from './decode-text';

/** Bytes from a string whose characters are all single windows-1252 bytes we name. */
const WINDOWS_1252 = { '€': 0x80, '’': 0x92, é: 0xe9, ü: 0xfc };
function windows1252(text: string): Buffer {
  return Buffer.from(
    Array.from(
      text,
      (char) => WINDOWS_1252[char as keyof typeof WINDOWS_1252] ?? char.charCodeAt(0),
    ),
  );
}

/** Cyrillic in windows-1251, for the characters the tests use (ASCII passes through). */
const WINDOWS_1251: Record<string, number> = {
  Н: 0xcd,
  о: 0xee,
  в: 0xe2,
  с: 0xf1,
  т: 0xf2,
  и: 0xe8,
  П: 0xcf,
  р: 0xf0,
  е: 0xe5,
  Л: 0xcb,
  н: 0xed,
  з: 0xe7,
  а: 0xe0,
  ц: 0xf6,
  к: 0xea,
  л: 0xeb,
  я: 0xff,
};
function windows1251(text: string): Buffer {
  return Buffer.from(Array.from(text, (char) => WINDOWS_1251[char] ?? char.charCodeAt(0)));
}

describe('decodeHtml', () => {
  const metaCharset = (label: string) => `<html><head><meta charset="${label}"><title>`;

  it('decodes UTF-8 when nothing names a charset', () => {
    expect(decodeHtml(Buffer.from('<title>Grüße €</title>'), null)).toBe('<title>Grüße €</title>');
  });

  it('uses the charset from the HTTP header over the one in the page', () => {
    const body = Buffer.from(metaCharset('windows-1252') + 'Grüße', 'utf8');
    expect(decodeHtml(body, 'utf-8')).toBe(metaCharset('windows-1252') + 'Grüße');
  });

  it('accepts a quoted, upper-case header label and decodes windows-1252 punctuation', () => {
    // iso-8859-1 means windows-1252 on the web: 0x80 is € and 0x92 is ’.
    expect(decodeHtml(windows1252('Caf\u00e9 \u20ac5 \u2019'), '"ISO-8859-1"')).toBe('Café €5 ’');
  });

  it('uses a byte order mark over a <meta charset>', () => {
    const utf8 = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from(metaCharset('windows-1252') + 'é'),
    ]);
    expect(decodeHtml(utf8, null)).toBe(metaCharset('windows-1252') + 'é');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<p>ü €</p>', 'utf16le')]);
    expect(decodeHtml(utf16, null)).toBe('<p>ü €</p>');
  });

  it('uses a byte order mark over the header, as the HTML standard says', () => {
    // A UTF-8 page behind a server that labels everything ISO-8859-1.
    const body = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('<p>Grüße €</p>')]);
    expect(decodeHtml(body, 'iso-8859-1')).toBe('<p>Grüße €</p>');
  });

  it('sniffs <meta charset> and <meta http-equiv="Content-Type">', () => {
    const japanese = Buffer.from([0x93, 0xfa, 0x96, 0x7b, 0x8c, 0xea]); // 日本語 in Shift_JIS
    expect(decodeHtml(Buffer.concat([Buffer.from(metaCharset('Shift_JIS')), japanese]), null)).toBe(
      metaCharset('Shift_JIS') + '日本語',
    );
    const httpEquiv = `<meta http-equiv="content-type" content="text/html; charset='windows-1252'">`;
    expect(decodeHtml(windows1252(`${httpEquiv}\u00fcber \u20ac`), null)).toBe(
      `${httpEquiv}über €`,
    );
  });

  it('skips an unknown label and reads the next source, ending with UTF-8', () => {
    const body = windows1252(metaCharset('windows-1252') + 'é');
    expect(decodeHtml(body, 'no-such-charset')).toBe(metaCharset('windows-1252') + 'é');
    const utf8 = Buffer.from(metaCharset('klingon') + 'é');
    expect(decodeHtml(utf8, 'no-such-charset')).toBe(metaCharset('klingon') + 'é');
  });

  it('reads a page that claims UTF-16 in a <meta> as UTF-8', () => {
    const body = Buffer.from(metaCharset('utf-16') + 'é');
    expect(decodeHtml(body, null)).toBe(metaCharset('utf-16') + 'é');
  });

  it('keeps UTF-8 that is well formed, whatever a late <meta> claims', () => {
    const late = `<!--${' '.repeat(1024)}-->${metaCharset('windows-1252')}`;
    expect(decodeHtml(Buffer.from(`${late}é`), null)).toBe(`${late}é`);
  });

  describe('a <meta charset> after the first 1024 bytes', () => {
    // As a theme writes it: inline styles and scripts in the head before the charset.
    const styles = `<style>${'.site-header .nav-item a { color: #1a1a1a; }\n'.repeat(30)}</style>`;
    const head = (charset: string) =>
      `<!DOCTYPE html><html lang="ru"><head>${styles}` +
      `<script>window.dataLayer = window.dataLayer || []; /* <meta charset="koi8-r"> */</script>` +
      `${charset}<title>Новости</title></head>`;

    it('decodes the page again with it instead of storing replacement characters', () => {
      const html = head('<meta charset="windows-1251">') + '<body><p>Пресс-релиз</p></body></html>';
      expect(html.indexOf('<meta charset="windows-1251">')).toBeGreaterThan(1024);
      const decoded = decodeHtml(windows1251(html), null);
      expect(decoded).toBe(html);
      expect(decoded).not.toContain('\ufffd');
    });

    it('reads the http-equiv form too', () => {
      const html =
        head('<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">') +
        '<body>Пресс-релиз</body></html>';
      expect(decodeHtml(windows1251(html), null)).toBe(html);
    });

    it('ignores one in the body, and keeps replacement characters when nothing names one', () => {
      const html = `${head('')}<body><meta charset="windows-1251">Новости</body></html>`;
      expect(decodeHtml(windows1251(html), null)).toContain('<title>\ufffd');
    });

    it('leaves the header charset in charge', () => {
      const html = head('<meta charset="windows-1251">');
      expect(decodeHtml(windows1251(html), 'utf-8')).toContain('<title>\ufffd');
    });
  });

  it('replaces invalid bytes instead of failing', () => {
    expect(decodeHtml(Buffer.from([0x3c, 0x70, 0x3e, 0xff, 0xe2, 0x82]), null)).toBe(
      '<p>\ufffd\ufffd',
    );
  });
});

describe('decodeXml', () => {
  const rss = (prolog: string) =>
    `${prolog}\n<rss version="2.0"><channel><title>Новости</title></channel></rss>`;

  it('honours the encoding the XML declaration names when the header names none', () => {
    const xml = rss('<?xml version="1.0" encoding="windows-1251"?>');
    expect(decodeXml(windows1251(xml), null)).toBe(xml);
    const single = rss(`<?xml version='1.0' encoding='WINDOWS-1251' standalone='yes' ?>`);
    expect(decodeXml(windows1251(single), null)).toBe(single);
  });

  it('reads ISO-8859-1 as windows-1252, as the web does', () => {
    const xml = `<?xml version="1.0" encoding="ISO-8859-1"?><title>Caf\u00e9 \u2019</title>`;
    expect(decodeXml(windows1252(xml), null)).toBe(xml);
  });

  it('prefers the header charset over the declaration', () => {
    const xml = rss('<?xml version="1.0" encoding="windows-1251"?>');
    expect(decodeXml(Buffer.from(xml), 'utf-8')).toBe(xml);
  });

  it('prefers a byte order mark over the header and the declaration', () => {
    const xml = rss('<?xml version="1.0" encoding="windows-1251"?>');
    const body = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(xml)]);
    expect(decodeXml(body, 'iso-8859-1')).toBe(xml);
  });

  it('reads UTF-16 with or without a byte order mark', () => {
    const xml = rss('<?xml version="1.0" encoding="UTF-16"?>');
    const withBom = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(xml, 'utf16le')]);
    expect(decodeXml(withBom, null)).toBe(xml);
    expect(decodeXml(Buffer.from(xml, 'utf16le'), null)).toBe(xml);
    const bigEndian = Buffer.from(xml, 'utf16le').swap16();
    expect(decodeXml(bigEndian, null)).toBe(xml);
  });

  it('reads single-byte text that claims UTF-16 as UTF-8', () => {
    const xml = rss('<?xml version="1.0" encoding="utf-16"?>');
    expect(decodeXml(Buffer.from(xml), null)).toBe(xml);
  });

  it('uses UTF-8 without a declaration, for an unknown label, or one past the prolog', () => {
    expect(decodeXml(Buffer.from(rss('')), null)).toBe(rss(''));
    const klingon = rss('<?xml version="1.0" encoding="klingon"?>');
    expect(decodeXml(Buffer.from(klingon), null)).toBe(klingon);
    const late = `<rss><!-- <?xml version="1.0" encoding="windows-1251"?> --><title>Новости</title></rss>`;
    expect(decodeXml(Buffer.from(late), null)).toBe(late);
  });
});
