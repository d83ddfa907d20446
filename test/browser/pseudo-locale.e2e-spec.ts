import type { Page } from 'playwright-core';
import de from '../../apps/portal/src/i18n/locales/de.json';
import en from '../../apps/portal/src/i18n/locales/en.json';
import { pseudoLocalize } from '../../apps/portal/src/i18n/pseudo-text';
import { productInChromium } from '../support/browser';
import {
  intlWords,
  ObservedData,
  shownText,
  untranslated,
  type ShownText,
} from '../support/pseudo-walk';

// The portal in the pseudo-locale, where every string from a locale file reads ⟦Šħåřê⟧: an
// admin opens every page the navigation offers and every kind of page linked from them (a
// person, a content item, a lesson), and the main menus and dialogs. Any text that is neither
// transformed nor data (test/support/pseudo-walk.ts says what counts as data) is untranslated.

/** Path segments that are ids: a page reached at `/people/<id>` is one kind of page. */
const ID = /^(?:[0-9a-f]{8}-[0-9a-f-]{27}|\d+)$/i;
const kindOf = (pathname: string) =>
  pathname
    .split('/')
    .map((segment) => (ID.test(segment) ? ':id' : segment))
    .join('/');

/** Not pages of the portal: the API (CSV downloads) and tracked links. */
const NOT_PAGES = /^\/(api|r)\//;

const MAX_PAGES = 80;

/** A pattern for a string of the locale file as the pseudo-locale shows it, with `{{…}}` as any text. */
function shownAs(english: string): RegExp {
  const escaped = pseudoLocalize(english).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^${escaped.replace(/\\\{\\\{\w+\\\}\\\}/g, '.+')}$`);
}

type Found = ShownText & { path: string };

/** Each untranslated text found, once, with the page it is on. */
async function problems(page: Page, found: Found[], data: ObservedData): Promise<string[]> {
  const untranslatedText = untranslated(found, await data.settled(), await intlWords(page));
  return [
    ...new Set(
      untranslatedText.map(({ path, text, where }: Found) => `${path}: "${text}" in ${where}`),
    ),
  ];
}

describe('the portal in the pseudo-locale, in Chromium', () => {
  const product = productInChromium();

  /** Waits until the page has its data: no request under way and no loader shown. */
  async function settled(page: Page) {
    await page.waitForLoadState('networkidle');
    await page
      .locator('.mantine-Loader-root, [aria-busy="true"]')
      .first()
      .waitFor({ state: 'hidden' });
  }

  function linksOn(page: Page): Promise<string[]> {
    return page
      .locator('nav a[href^="/"], main a[href^="/"]')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  }

  /**
   * Opens every page the navigation offers `page`'s user and one of each kind of page linked
   * from them, reading what each shows into `found`; returns the kinds of page seen.
   */
  async function walk(page: Page, found: Found[]): Promise<Set<string>> {
    const seen = new Set<string>();
    // The home page, and the notifications page the header's bell leads to.
    const queue = ['/', '/notifications'];
    while (queue.length > 0 && seen.size < MAX_PAGES) {
      const path = queue.shift()!;
      const kind = kindOf(new URL(path, product.baseUrl).pathname);
      if (seen.has(kind)) continue;
      seen.add(kind);
      await page.goto(`${product.baseUrl}${path}`);
      await settled(page);
      for (const shown of await shownText(page)) found.push({ ...shown, path });
      for (const link of await linksOn(page)) {
        const pathname = new URL(link, product.baseUrl).pathname;
        if (!NOT_PAGES.test(pathname) && !seen.has(kindOf(pathname))) queue.push(link);
      }
    }
    return seen;
  }

  it('shows no untranslated text on any page an admin can open', async () => {
    const page = await product.signedIn('admin@chorus.example');
    const data = new ObservedData(page);
    const found: Found[] = [];
    const read = async (path: string) => {
      await settled(page);
      for (const shown of await shownText(page)) found.push({ ...shown, path });
    };

    await page.goto(`${product.baseUrl}/?pseudo=1`);
    await page.getByRole('heading', { name: shownAs(en.home.welcome) }).waitFor();
    const seen = await walk(page, found);
    // Every page of the navigation and those reached from them, not just a few.
    expect(seen.size).toBeGreaterThan(25);

    // The menus and dialogs people open most.
    await page.goto(`${product.baseUrl}/`);
    await settled(page);
    const headerMenus = page.locator('header button[aria-haspopup="menu"]');
    await headerMenus.filter({ hasText: 'English' }).click();
    await page.getByRole('menu').waitFor();
    await read('/ (language menu)');
    await page.keyboard.press('Escape');
    await page.getByRole('menu').waitFor({ state: 'detached' });
    await headerMenus.filter({ hasNotText: 'English' }).click();
    await page.getByRole('menu').waitFor();
    await settled(page);
    await read('/ (notifications menu)');
    await page.keyboard.press('Escape');
    await page
      .getByRole('button', { name: shownAs(en.feed.card.shareLabel) })
      .first()
      .click();
    await page.getByRole('dialog').getByRole('textbox').first().waitFor();
    await read('/ (share dialog)');
    await page.keyboard.press('Escape');

    expect(await problems(page, found, data)).toEqual([]);
  }, 600_000);

  it('shows no untranslated text to a German colleague who has not joined the programme', async () => {
    // Jonas reads the portal in German: the pseudo-locale transforms a language loaded later too.
    const page = await product.signedIn('jonas.schmidt@chorus.example', {
      welcome: new RegExp(`^${de.home.welcome.split('{{')[0]}`),
    });
    const data = new ObservedData(page);
    const found: Found[] = [];
    await page.goto(`${product.baseUrl}/?pseudo=1`);
    await page.getByRole('heading', { name: shownAs(de.home.welcome) }).waitFor();
    const seen = await walk(page, found);
    expect(seen.size).toBeGreaterThan(5);
    expect(await problems(page, found, data)).toEqual([]);
  }, 300_000);

  it('shows no untranslated text before sign-in', async () => {
    const context = await product.browser.newContext();
    const page = await context.newPage();
    const data = new ObservedData(page);
    const found: Found[] = [];
    for (const path of [
      '/sign-in?pseudo=1',
      '/forgot-password',
      '/reset-password',
      '/invitation',
    ]) {
      await page.goto(`${product.baseUrl}${path}`);
      await settled(page);
      for (const shown of await shownText(page)) found.push({ ...shown, path });
    }
    expect(await problems(page, found, data)).toEqual([]);
    await context.close();
  });
});
