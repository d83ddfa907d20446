import { fireEvent, screen, within } from '@testing-library/react';
import { mockApi, ok } from '../../test/mock-api';
import { renderPage } from '../../test/render-page';
import { makeFeedItem, makeFeedPage } from '../../test/sharing-factories';
import { FeedSection } from './FeedSection';

const THUMBNAIL = '/api/content/00000000-0000-4000-d100-000000000042/thumbnail?v=3a7bd3e2360a3d29';

function showFeed(...items: ReturnType<typeof makeFeedItem>[]) {
  mockApi({
    'GET /api/me/topics': () => ok([]),
    'GET /api/feed': () => ok(makeFeedPage(items)),
  });
  return renderPage(FeedSection, { path: '/' });
}

/** The card's picture: decorative (its title is beside it), so it presents and has no name. */
const pictureIn = (card: HTMLElement) => within(card).queryByRole('presentation');

describe("a feed card's picture", () => {
  it('is the thumbnail Chorus serves, never the address on the page, loaded lazily', async () => {
    showFeed(
      makeFeedItem({
        title: 'Our new office in Utrecht',
        siteName: 'Acme News',
        imageUrl: 'http://cdn.acme.example/office.jpg',
        thumbnailUrl: THUMBNAIL,
      }),
    );
    const card = await screen.findByRole('article', { name: 'Our new office in Utrecht' });
    const picture = pictureIn(card);
    expect(picture).toHaveAttribute('src', THUMBNAIL);
    expect(picture).toHaveAttribute('alt', '');
    expect(picture).toHaveAttribute('loading', 'lazy');
    expect(within(card).queryByText('A')).not.toBeInTheDocument();
  });

  it("is the site's initial when the item has no thumbnail", async () => {
    showFeed(
      makeFeedItem({
        title: 'Meet us at the Expo',
        siteName: 'Events by Acme',
        imageUrl: 'https://cdn.acme.example/refused.svg',
        thumbnailUrl: null,
      }),
    );
    const card = await screen.findByRole('article', { name: 'Meet us at the Expo' });
    expect(pictureIn(card)).toBeNull();
    expect(within(card).getByText('E')).toBeInTheDocument();
  });

  it("turns into the site's initial when the thumbnail fails to load", async () => {
    showFeed(
      makeFeedItem({ title: 'Quarterly results', siteName: 'Finance', thumbnailUrl: THUMBNAIL }),
    );
    const card = await screen.findByRole('article', { name: 'Quarterly results' });
    expect(within(card).queryByText('F')).not.toBeInTheDocument();

    fireEvent.error(pictureIn(card)!);

    expect(await within(card).findByText('F')).toBeInTheDocument();
    expect(pictureIn(card)).toBeNull();
  });
});
