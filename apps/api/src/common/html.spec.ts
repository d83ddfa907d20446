import { escapeHtml, simplePage } from './html';

describe('escapeHtml', () => {
  it('escapes what could open a tag or close a quoted attribute', () => {
    expect(escapeHtml(`<a href="x" title='y'>Tom & Jerry</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;Tom &amp; Jerry&lt;/a&gt;',
    );
  });
});

describe('simplePage', () => {
  it('is a page in the language, its title escaped, kept out of search engines', () => {
    const html = simplePage('fr', 'Lien <introuvable>', '<p>Désolé.</p>');
    expect(html).toMatch(/^<!doctype html><html lang="fr">/);
    expect(html).toContain('<title>Lien &lt;introuvable&gt;</title>');
    expect(html).toContain('<h1>Lien &lt;introuvable&gt;</h1><p>Désolé.</p></body>');
    expect(html).toContain('<meta name="robots" content="noindex">');
  });
});
