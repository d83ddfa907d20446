import { screen, within } from '@testing-library/react';
import { makeUser } from '../../test/factories';
import { apiError, mockApi, ok } from '../../test/mock-api';
import { renderPage } from '../../test/render-page';
import { DigestPreviewPage } from './DigestPreviewPage';

const admin = makeUser({ roles: ['admin'] });
const sofie = makeUser({ name: 'Sofie Jensen', email: 'sofie@example.com', language: 'da' });

const preview = {
  subject: '2 opslag at dele, udvalgt til dig',
  html: '<!doctype html><html lang="da"><body><p>Hej Sofie Jensen</p><script>parent.alert(1)</script></body></html>',
  text: 'Hej Sofie Jensen\n\nDel på LinkedIn\nhttps://chorus.example/share/1?network=linkedin&source=digest\n',
  language: 'da' as const,
};

function digestApi() {
  return mockApi({
    'GET /api/people': () => ok({ items: [sofie], total: 1, page: 1, pageSize: 8 }),
    'GET /api/digests/preview': ({ query }) =>
      query.userId === sofie.id ? ok(preview) : apiError(404, `No person with id ${query.userId}.`),
  });
}

describe('digest preview', () => {
  it('finds a person and shows their digest as their mail client would, in a frame that allows nothing', async () => {
    const api = digestApi();
    const { user } = renderPage(DigestPreviewPage, {
      path: '/outbox/digest-preview?search=sofie',
      user: admin,
    });

    const matches = await screen.findByRole('list', { name: 'Matching people' });
    await user.click(
      within(matches).getByRole('button', { name: 'Sofie Jensen (sofie@example.com)' }),
    );

    expect(await screen.findByRole('heading', { name: preview.subject })).toBeInTheDocument();
    expect(screen.getByText('da')).toBeInTheDocument();
    const frame = screen.getByTitle(`“${preview.subject}” as its recipient sees it`);
    expect(frame).toHaveAttribute('sandbox', '');
    expect(frame).toHaveAttribute('srcdoc', preview.html);
    expect(api.requestsTo('GET', '/api/digests/preview')[0]?.url.search).toBe(
      `?userId=${sofie.id}`,
    );

    await user.click(screen.getByRole('radio', { name: 'Text' }));
    expect(screen.getByText(/Del på LinkedIn/)).toBeInTheDocument();
  });

  it("shows the server's message when the person is not there", async () => {
    digestApi();
    renderPage(DigestPreviewPage, {
      path: '/outbox/digest-preview?userId=00000000-0000-4000-8000-000000000000',
      user: admin,
    });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'No person with id 00000000-0000-4000-8000-000000000000.',
    );
  });
});
