import { screen, within } from '@testing-library/react';
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

    expect(text).toHaveAccessibleDescription(
      expect.stringContaining(i18n.t('contentItem.variants.countEmpty', { limit: 280 })),
    );
    expect(text).not.toHaveAccessibleDescription(/\d+ \/ 280/);

    await user.click(screen.getByRole('textbox', { name: 'Post text' }));
    await user.paste('Hi');

    expect(text).toHaveAccessibleDescription(/^\d+ \/ 280/);
  });
});

describe('the networks a suggested post is for', () => {
  it('offers every network, Threads and Mastodon with their own limit', async () => {
    const { user, i18n } = renderModal();
    const network = await screen.findByRole('combobox', { name: 'Network' });

    await user.click(network);
    expect(
      within(await screen.findByRole('listbox'))
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual([
      'Any network',
      'LinkedIn',
      'X',
      'Facebook',
      'Xing',
      'Reddit',
      'Bluesky',
      'Threads',
      'Mastodon',
      'WhatsApp',
      'Telegram',
      'E-mail',
    ]);
    await user.click(screen.getByRole('option', { name: 'Mastodon' }));

    expect(screen.getByRole('textbox', { name: 'Post text' })).toHaveAccessibleDescription(
      expect.stringContaining(i18n.t('contentItem.variants.countEmpty', { limit: 500 })),
    );
  });
});
