import { contentTargetUrl, normalizeContentUrl, splitContentUrl } from './content-url';

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

describe('splitContentUrl', () => {
  it('keeps the fragment apart from the normalised address', () => {
    expect(
      splitContentUrl('https://news.example.com/story?utm_source=mail&id=7#section-3'),
    ).toEqual({ url: 'https://news.example.com/story?id=7', fragment: '#section-3' });
    expect(splitContentUrl('https://news.example.com/story')).toEqual({
      url: 'https://news.example.com/story',
      fragment: null,
    });
    expect(splitContentUrl('https://news.example.com/story#')).toEqual({
      url: 'https://news.example.com/story',
      fragment: null,
    });
  });

  it('serialises the fragment as the URL standard does, safe for a Location header', () => {
    expect(splitContentUrl('https://example.com/a#Été 2026')?.fragment).toBe(
      '#%C3%89t%C3%A9%202026',
    );
    expect(splitContentUrl('https://example.com/a#:~:text=new%20office')?.fragment).toBe(
      '#:~:text=new%20office',
    );
  });

  it('refuses what normalizeContentUrl refuses, and an address too long with its fragment', () => {
    expect(splitContentUrl('javascript:alert(1)#x')).toBeNull();
    const path = `https://example.com/${'a'.repeat(2000)}`;
    expect(splitContentUrl(path)).not.toBeNull();
    expect(splitContentUrl(`${path}#${'b'.repeat(100)}`)).toBeNull();
  });
});

describe('contentTargetUrl', () => {
  it('puts the fragment back last', () => {
    expect(contentTargetUrl('https://example.com/a?b=1', '#c')).toBe('https://example.com/a?b=1#c');
    expect(contentTargetUrl('https://example.com/a', null)).toBe('https://example.com/a');
  });
});
