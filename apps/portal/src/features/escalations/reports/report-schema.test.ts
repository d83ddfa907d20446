import { schemaResolver } from '@mantine/form';
import { EMPTY_REPORT, networkOfUrl, reportSchema, type ReportValues } from './report-schema';

/** What keeps a report from being sent, field by field, as the schema words it. */
const reportProblems = (values: ReportValues) =>
  schemaResolver(reportSchema, { sync: true })(values);

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
      url: 'reports.problems.urlRequired',
      network: 'reports.problems.networkRequired',
      excerpt: 'reports.problems.excerptRequired',
    });
    expect(reportProblems({ ...EMPTY_REPORT, url: 'ftp://example.com/x' }).url).toBe(
      'reports.problems.urlInvalid',
    );
    expect(reportProblems({ ...EMPTY_REPORT, url: 'https://localhost/x' }).url).toBe(
      'reports.problems.urlInvalid',
    );
  });

  it('sends trimmed text, and no description when there is none', () => {
    expect(
      reportSchema.parse({
        url: ' https://x.com/a/status/1 ',
        network: 'x',
        excerpt: ' You lie! ',
        description: '  ',
      }),
    ).toEqual({ url: 'https://x.com/a/status/1', network: 'x', excerpt: 'You lie!' });
  });
});
