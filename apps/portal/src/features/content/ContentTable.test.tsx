import { screen, within } from '@testing-library/react';
import { makeContentSummary } from '../../test/factories';
import { renderPage } from '../../test/render-page';
import { rowAround } from '../../test/surroundings';
import { fromContent } from './content-filters';
import { ContentTable } from './ContentTable';
import type { ContentSummary } from './use-content-list';

function renderTable(items: ContentSummary[]) {
  return renderPage(() => <ContentTable items={items} busy={false} linkState={fromContent('')} />, {
    path: '/content',
  });
}

/** The State cell of the row whose title is `title`. */
function stateOf(title: string): HTMLElement {
  const row = rowAround(screen.getByRole('link', { name: title }));
  return within(row).getAllByRole('cell').at(-1)!;
}

describe("the content queue's State column", () => {
  it("shows every item's status, and where an approved item stands in its schedule", () => {
    const { i18n } = renderTable([
      makeContentSummary({ title: 'Draft', status: 'draft' }),
      makeContentSummary({ title: 'Waiting', status: 'in_review' }),
      makeContentSummary({ title: 'Live', status: 'approved', publishAt: null, expiresAt: null }),
      makeContentSummary({ title: 'Later', status: 'approved', publishAt: '2999-01-01T00:00:00Z' }),
      makeContentSummary({
        title: 'Over',
        status: 'approved',
        publishAt: null,
        expiresAt: '2001-01-01T00:00:00Z',
      }),
      makeContentSummary({ title: 'Gone', status: 'archived', pinned: true }),
    ]);
    const { t } = i18n;

    expect(stateOf('Draft')).toHaveTextContent(t('content.statuses.draft'));
    expect(stateOf('Waiting')).toHaveTextContent(t('content.statuses.in_review'));
    expect(stateOf('Live')).toHaveTextContent(
      `${t('content.statuses.approved')}${t('content.publication.live')}`,
    );
    expect(stateOf('Later')).toHaveTextContent(t('content.publication.scheduled'));
    expect(stateOf('Over')).toHaveTextContent(t('content.publication.expired'));
    expect(stateOf('Gone')).toHaveTextContent(
      `${t('content.statuses.archived')}${t('content.pinned')}`,
    );
    expect(stateOf('Draft')).not.toHaveTextContent(t('content.publication.live'));
  });
});
