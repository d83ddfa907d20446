import { measurePost } from './post-length';

const LINK = 'https://news.example.com/articles/2026/11/a-rather-long-path-for-this-article';

describe('measurePost', () => {
  it('counts a link as 23 characters on X, appended when the text lacks it', () => {
    const text = 'a'.repeat(256);
    expect(measurePost(text, 'x', LINK)).toEqual({ length: 256 + 1 + 23, limit: 280, over: false });
    expect(measurePost(`${text}!`, 'x', LINK).over).toBe(true);
    expect(measurePost(`Read this ${LINK} now`, 'x', LINK).length).toBe(
      'Read this  now'.length + 23,
    );
  });

  it('counts graphemes on Bluesky, so a family emoji is one', () => {
    const family = '👨‍👩‍👧‍👦';
    const measured = measurePost(family, 'bluesky', 'https://x.io/a');
    expect(measured).toEqual({ length: 1 + 1 + 'https://x.io/a'.length, limit: 300, over: false });
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
