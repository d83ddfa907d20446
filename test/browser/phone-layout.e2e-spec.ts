import type { BrowserContext, Locator, Page } from 'playwright-core';
import { productInChromium } from '../support/browser';

// The pages built around a table, on a phone held upright: nothing may reach past the right
// edge of the screen, where it would be cut off with no hint. Against the built product with
// demo data.

const PHONE = { width: 375, height: 812 };

// The page's globals, as far as the check below reads them in the browser: the test project
// compiles without the DOM's types.
interface PageElement {
  tagName: string;
  getAttribute(name: string): string | null;
  getBoundingClientRect(): { right: number };
  checkVisibility(): boolean;
}
declare const document: {
  documentElement: { clientWidth: number; scrollWidth: number };
  body: { querySelectorAll(selector: string): Iterable<PageElement> };
};
declare const window: { innerWidth: number };

describe('tables on a phone in Chromium', () => {
  const product = productInChromium();

  async function onPhone(email: string): Promise<{ context: BrowserContext; page: Page }> {
    const page = await product.signedIn(email, {
      context: { viewport: PHONE, isMobile: true, hasTouch: true },
    });
    return { context: page.context(), page };
  }

  /**
   * What reaches past the right edge of the screen: nothing, on a page that fits. The page's own
   * width is not enough: a table scrolling inside its container leaves the page as wide as the
   * screen, with its columns cut off at the edge.
   */
  function overflow(page: Page) {
    return page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      const sticking = [...document.body.querySelectorAll('*')]
        .filter((element) => element.getBoundingClientRect().right > width + 1)
        .filter((element) => element.checkVisibility())
        .map((element) =>
          `${element.tagName.toLowerCase()}.${element.getAttribute('class') ?? ''}`.slice(0, 120),
        );
      return {
        scrollWidth: document.documentElement.scrollWidth,
        innerWidth: window.innerWidth,
        sticking: sticking.slice(0, 5),
      };
    });
  }

  async function expectToFit(page: Page) {
    const { scrollWidth, innerWidth, sticking } = await overflow(page);
    expect({ sticking, fits: scrollWidth <= innerWidth }).toEqual({ sticking: [], fits: true });
  }

  async function expectOnScreen(control: Locator) {
    const box = await control.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(PHONE.width);
  }

  it("shows an employee's activity and shares as cards that fit the screen", async () => {
    const { context, page } = await onPhone('employee@chorus.example');
    await page.goto(`${product.baseUrl}/activity`);
    const copy = page.getByRole('button', { name: /^Copy the link/ }).first();
    await copy.waitFor();
    // The period's figures too: its picker, chart and networks within the screen.
    const period = page.getByRole('combobox', { name: 'Period' });
    await page.getByRole('heading', { name: 'By network' }).waitFor();
    await expectToFit(page);
    await expectOnScreen(period);
    await expectOnScreen(copy);
    await expect(page.getByRole('list', { name: 'My shares' }).isVisible()).resolves.toBe(true);
    await context.close();
  });

  it('shows people, feeds and the audit log as cards that fit the screen', async () => {
    const { context, page } = await onPhone('admin@chorus.example');
    const xsrf = (await context.cookies()).find((c) => c.name === 'XSRF-TOKEN')?.value ?? '';
    const added = await page.request.post(`${product.baseUrl}/api/sources`, {
      data: { url: 'https://news.example.com/a-feed-with-a-rather-long-address/feed.xml' },
      headers: { 'X-XSRF-TOKEN': xsrf },
    });
    expect(added.status()).toBe(201);

    await page.goto(`${product.baseUrl}/people`);
    await page.getByRole('main').getByRole('link', { name: 'Ada Admin' }).waitFor();
    await expectToFit(page);

    await page.goto(`${product.baseUrl}/sources`);
    // The row's buttons are on the screen, not past its edge.
    const remove = page.getByRole('button', { name: /^Remove https:\/\/news\.example\.com/ });
    await remove.waitFor();
    await expectToFit(page);
    await expectOnScreen(remove);

    await page.goto(`${product.baseUrl}/audit`);
    await page
      .getByRole('button', { name: 'Show only what admin@chorus.example did' })
      .first()
      .waitFor();
    await expectToFit(page);
    await context.close();
  });
});
