import { fireEvent, screen } from '@testing-library/react';
import { makeContentItem } from '../../../test/factories';
import { renderPage } from '../../../test/render-page';
import { ContentItemPage } from './ContentItemPage';
import { curator, editorApi } from './editor-test-api';

const IMAGE = 'http://cdn.example.com/office.jpg';
const THUMBNAIL = '/api/content/00000000-0000-4000-a400-000000000077/thumbnail?v=3a7bd3e2360a3d29';

function openEditor(item: ReturnType<typeof makeContentItem>) {
  editorApi(item);
  return renderPage(ContentItemPage, {
    path: `/content/${item.id}`,
    route: '/content/:id',
    user: curator,
  });
}

describe("the item editor's picture", () => {
  it('previews the thumbnail Chorus made, and says a new address is fetched on save', async () => {
    openEditor(makeContentItem({ imageUrl: IMAGE, thumbnailUrl: THUMBNAIL }));

    const preview = await screen.findByRole('img', { name: "The page's image" });
    expect(preview).toHaveAttribute('src', THUMBNAIL);
    const field = screen.getByLabelText('Image URL');
    expect(field).not.toHaveAccessibleDescription();

    fireEvent.change(field, { target: { value: 'https://cdn.example.com/other.png' } });

    expect(screen.queryByRole('img', { name: "The page's image" })).not.toBeInTheDocument();
    expect(field).toHaveAccessibleDescription('Chorus fetches this picture once you save.');
  });

  it('says why the image could not be used', async () => {
    openEditor(
      makeContentItem({
        imageUrl: IMAGE,
        thumbnailUrl: null,
        thumbnailError: 'image refused: not an image',
      }),
    );

    expect(await screen.findByLabelText('Image URL')).toHaveAccessibleDescription(
      'This picture cannot be shown (image refused: not an image): choose another.',
    );
  });
});
