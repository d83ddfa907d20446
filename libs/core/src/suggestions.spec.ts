import { INPUT_LIMITS } from './input-limits';
import { maySuggestPages, suggestionTitle } from './suggestions';

describe('suggestionTitle', () => {
  it('keeps the title given, on one line and trimmed', () => {
    expect(suggestionTitle('https://news.example.com/a', '  Our new\n  plant \t opens ')).toBe(
      'Our new plant opens',
    );
    expect(suggestionTitle('https://a.example/', 'Bell\u0007 and\u0000 null')).toBe(
      'Bell and null',
    );
  });

  it("falls back to the page's host and path when no title is given", () => {
    expect(suggestionTitle('https://news.example.com/2026/story/', null)).toBe(
      'news.example.com/2026/story',
    );
    expect(suggestionTitle('https://news.example.com/', '   ')).toBe('news.example.com');
    expect(suggestionTitle('https://example.de/caf%C3%A9', undefined)).toBe('example.de/café');
    expect(suggestionTitle('https://example.de/100%25-bad%E0', undefined)).toBe(
      'example.de/100%25-bad%E0',
    );
  });

  it('cuts a long title to the limit without splitting an emoji', () => {
    const title = suggestionTitle('https://a.example/', '🎉'.repeat(600));
    expect(Array.from(title)).toHaveLength(INPUT_LIMITS.suggestionTitle);
    expect(title.endsWith('🎉…')).toBe(true);
  });
});

describe('maySuggestPages', () => {
  it('lets curators and admins suggest, and employees once they are in the programme', () => {
    expect(maySuggestPages(['curator'], false)).toBe(true);
    expect(maySuggestPages(['admin'], false)).toBe(true);
    expect(maySuggestPages(['employee'], true)).toBe(true);
    expect(maySuggestPages(['employee'], false)).toBe(false);
    expect(maySuggestPages(['employee', 'analyst'], false)).toBe(false);
  });
});
