import { readSharePageRequest, shareLinkOf } from './share-page';

const read = (search: string) => readSharePageRequest(new URLSearchParams(search));

describe('the share page’s address', () => {
  it('reads the page, its title and where it was opened from; the extension by default', () => {
    expect(read('url=https%3A%2F%2Fa.example%2Fx%3Fy%3D1&title=A%20%26%20B')).toEqual({
      url: 'https://a.example/x?y=1',
      title: 'A & B',
      source: 'extension',
    });
    expect(read('url=https://a.example/&source=digest').source).toBe('digest');
    // An unknown source is not trusted onto the share record.
    expect(read('url=https://a.example/&source=spam').source).toBe('extension');
    expect(read('').url).toBe('');
  });

  it('leads a shareable page to its item’s share link, keeping the source', () => {
    expect(shareLinkOf('6f1c0000-0000-4000-8000-000000000001', 'extension')).toBe(
      '/share/6f1c0000-0000-4000-8000-000000000001?source=extension',
    );
  });
});
