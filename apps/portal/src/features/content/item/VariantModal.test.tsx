import { screen } from '@testing-library/react';
import { makeContentItem } from '../../../test/factories';
import { renderPage } from '../../../test/render-page';
import { VariantModal } from './VariantModal';

const item = makeContentItem({ url: 'https://example.com/news/new-office', language: 'en' });

function renderModal() {
  return renderPage(() => <VariantModal item={item} variant={null} onClose={() => {}} />, {
    path: `/content/${item.id}`,
  });
}

describe('the suggested post counter', () => {
  it('shows only the limit while the post is empty, then the length with the link', async () => {
    const { user, i18n } = renderModal();
    const text = await screen.findByRole('textbox', { name: 'Post text' });
    const description = () => document.getElementById(text.getAttribute('aria-describedby')!);

    expect(description()).toHaveTextContent(
      i18n.t('contentItem.variants.countEmpty', { limit: 280 }),
    );
    expect(description()?.textContent).not.toMatch(/\d+ \/ 280/);

    await user.click(screen.getByRole('textbox', { name: 'Post text' }));
    await user.paste('Hi');

    expect(description()?.textContent).toMatch(/^\d+ \/ 280/);
  });
});
