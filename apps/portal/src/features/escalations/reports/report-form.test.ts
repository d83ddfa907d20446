import { EMPTY_REPORT, networkOfUrl, reportBody, reportProblems } from './report-form';

describe('report form', () => {
  it('tells the network from the address of the comment', () => {
    expect(networkOfUrl('https://www.linkedin.com/feed/update/urn:li:activity:7123/')).toBe(
      'linkedin',
    );
    expect(networkOfUrl('https://twitter.com/someone/status/1')).toBe('x');
    expect(networkOfUrl('https://m.facebook.com/story.php?id=1')).toBe('facebook');
    expect(networkOfUrl('https://youtu.be/abc')).toBe('youtube');
    expect(networkOfUrl('https://notlinkedin.com/post')).toBeNull();
    expect(networkOfUrl('https://mastodon.social/@someone/1')).toBeNull();
    expect(networkOfUrl('linkedin')).toBeNull();
  });

  it('asks for a web address, a network and the comment', () => {
    expect(reportProblems(EMPTY_REPORT)).toEqual({
      url: 'urlRequired',
      network: 'networkRequired',
      excerpt: 'excerptRequired',
    });
    expect(reportProblems({ ...EMPTY_REPORT, url: 'ftp://example.com/x' }).url).toBe('urlInvalid');
    expect(reportProblems({ ...EMPTY_REPORT, url: 'https://localhost/x' }).url).toBe('urlInvalid');
  });

  it('sends trimmed text, and no description when there is none', () => {
    expect(
      reportBody({
        url: ' https://x.com/a/status/1 ',
        network: 'x',
        excerpt: ' You lie! ',
        description: '  ',
      }),
    ).toEqual({ url: 'https://x.com/a/status/1', network: 'x', excerpt: 'You lie!' });
  });
});
