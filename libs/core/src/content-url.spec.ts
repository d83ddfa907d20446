import { normalizeContentUrl } from './content-url';

describe('normalizeContentUrl', () => {
  it('lower-cases the host, drops the default port, the fragment and tracking parameters', () => {
    expect(
      normalizeContentUrl(
        ' HTTPS://News.Example.COM:443/Articles/One?utm_source=linkedin&b=2&fbclid=x&a=1#comments ',
      ),
    ).toBe('https://news.example.com/Articles/One?a=1&b=2');
  });

  it('makes the same article pasted twice the same URL', () => {
    expect(normalizeContentUrl('https://example.com/a?b=1&a=2')).toBe(
      normalizeContentUrl('https://example.com./a?a=2&b=1&utm_campaign=x'),
    );
  });

  it('refuses what is not a web address', () => {
    expect(normalizeContentUrl('ftp://example.com/file')).toBeNull();
    expect(normalizeContentUrl('javascript:alert(1)')).toBeNull();
    expect(normalizeContentUrl('example.com/article')).toBeNull();
    expect(normalizeContentUrl('https://user:secret@example.com/')).toBeNull();
    expect(normalizeContentUrl(`https://example.com/${'a'.repeat(2100)}`)).toBeNull();
  });
});
