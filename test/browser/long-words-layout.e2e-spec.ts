import type { Page } from 'playwright-core';
import de from '../../apps/portal/src/i18n/locales/de.json';
import en from '../../apps/portal/src/i18n/locales/en.json';
import el from '../../apps/portal/src/i18n/locales/el.json';
import { pseudoLocalize } from '../../apps/portal/src/i18n/pseudo-text';
import { productInChromium } from '../support/browser';

// Greek (another script, long words) and German (long compounds) on a phone held upright and on
// a desktop, and on the phone a third longer still: the pages people use most must fit. Measured in the DOM of the built product with
// demo data: nothing reaches past the right edge of the screen, no button's label is cut off,
// table headers wrap instead of overflowing, and a chart's axis labels do not overlap.

const SIZES = {
  phone: { width: 390, height: 844 },
  desktop: { width: 1280, height: 800 },
};
const LOCALES = { el, de };
const LANGUAGES = Object.keys(LOCALES) as (keyof typeof LOCALES)[];

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// The page's globals, as far as the checks below read them in the browser: the test project
// compiles without the DOM's types.
interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
  width: number;
  height: number;
}
interface MeasuredElement {
  tagName: string;
  textContent: string | null;
  scrollWidth: number;
  clientWidth: number;
  getAttribute(name: string): string | null;
  getBoundingClientRect(): Box;
  checkVisibility(options?: object): boolean;
  closest(selector: string): MeasuredElement | null;
  parentElement: MeasuredElement | null;
  querySelectorAll(selector: string): Iterable<MeasuredElement>;
}
declare function getComputedStyle(element: MeasuredElement): { overflowX: string };
declare const document: {
  documentElement: { clientWidth: number; scrollWidth: number };
  body: MeasuredElement;
  querySelectorAll(selector: string): Iterable<MeasuredElement>;
};

/** What does not fit on the page now, each named by what it is and its text. */
function misfits(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const name = (element: MeasuredElement) =>
      `${element.tagName.toLowerCase()} "${(element.textContent ?? '').trim().slice(0, 60)}"`;
    const visible = (element: MeasuredElement) =>
      element.checkVisibility({ visibilityProperty: true, opacityProperty: true });
    const width = document.documentElement.clientWidth;

    if (document.documentElement.scrollWidth > width + 1)
      found.push(
        `the page is ${document.documentElement.scrollWidth}px wide on a ${width}px screen`,
      );
    /** The box that scrolls sideways around an element (a wide table's), if any. */
    const scroller = (element: MeasuredElement) => {
      for (let up = element.parentElement; up && up !== document.body; up = up.parentElement) {
        if (['auto', 'scroll'].includes(getComputedStyle(up).overflowX)) return up;
      }
      return null;
    };
    for (const element of document.body.querySelectorAll('*')) {
      if (element.closest('svg') && element.tagName.toLowerCase() !== 'svg') continue;
      if (element.getBoundingClientRect().right <= width + 1 || !visible(element)) continue;
      // A wide table may scroll sideways inside a box of its own, if that box fits the screen.
      const box = scroller(element);
      if (box && box.getBoundingClientRect().right <= width + 1) continue;
      found.push(`${name(element)} reaches past the right edge`);
    }
    for (const button of document.querySelectorAll(
      'button, [role="button"], a.mantine-Button-root',
    )) {
      if (!visible(button)) continue;
      for (const part of [button, ...button.querySelectorAll('.mantine-Button-label')]) {
        if (part.scrollWidth > part.clientWidth + 1)
          found.push(`the label of button ${name(button)} is cut off`);
      }
    }
    for (const header of document.querySelectorAll('th')) {
      if (visible(header) && header.scrollWidth > header.clientWidth + 1)
        found.push(`table header ${name(header)} overflows`);
    }
    // Recharts draws each axis's labels in a group of their own, above the plot.
    const axes = document.querySelectorAll('.recharts-cartesian-axis-tick-labels');
    if ([...axes].length === 0 && [...document.querySelectorAll('.recharts-surface')].length > 0)
      found.push('a chart has no axis labels where this check looks for them');
    for (const axis of axes) {
      const ticks = [...axis.querySelectorAll('.recharts-cartesian-axis-tick-value')]
        .filter(visible)
        .map((tick) => ({ tick, box: tick.getBoundingClientRect() }));
      for (let i = 0; i < ticks.length; i += 1) {
        for (let j = i + 1; j < ticks.length; j += 1) {
          const [a, b] = [ticks[i].box, ticks[j].box];
          const across = Math.min(a.right, b.right) - Math.max(a.left, b.left);
          const down = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
          if (across > 1 && down > 1)
            found.push(`axis labels ${name(ticks[i].tick)} and ${name(ticks[j].tick)} overlap`);
        }
      }
    }
    return [...new Set(found)];
  });
}

describe('long words and another script on a phone and a desktop, in Chromium', () => {
  const product = productInChromium();

  /** Waits until the page has its data: no request under way and no loader shown. */
  async function settled(page: Page) {
    await page.waitForLoadState('networkidle');
    await page
      .locator('.mantine-Loader-root, [aria-busy="true"]')
      .first()
      .waitFor({ state: 'hidden' });
  }

  async function inLanguage(language: string, size: keyof typeof SIZES): Promise<Page> {
    const page = await product.signedIn('admin@chorus.example', {
      // Another test may have left the admin's portal in a language of this file.
      welcome: new RegExp(
        `^(${[en, ...Object.values(LOCALES)]
          .map(({ home }) => escapeRegExp(home.welcome.split('{{')[0]))
          .join('|')})`,
      ),
      context: {
        viewport: SIZES[size],
        ...(size === 'phone' ? { isMobile: true, hasTouch: true } : {}),
      },
    });
    const xsrf = (await page.context().cookies()).find((c) => c.name === 'XSRF-TOKEN')?.value ?? '';
    const saved = await page.request.patch(`${product.baseUrl}/api/me`, {
      data: { language },
      headers: { 'X-XSRF-TOKEN': xsrf },
    });
    expect(saved.status()).toBe(200);
    return page;
  }

  async function check(page: Page, label: string, problems: string[]) {
    await settled(page);
    for (const misfit of await misfits(page)) problems.push(`${label}: ${misfit}`);
  }

  // Each language as written, and on the phone also a third longer (the pseudo-locale over it):
  // room for a translation that grows, or a language with longer words still.
  const cases = LANGUAGES.flatMap((language) => [
    [language, 'phone', 'as written'] as const,
    [language, 'desktop', 'as written'] as const,
    [language, 'phone', 'a third longer'] as const,
  ]);

  it.each(cases)(
    'fits the most used pages in %s on a %s, %s',
    async (language, size, length) => {
      const longer = length === 'a third longer';
      const page = await inLanguage(language, size);
      if (longer) await page.goto(`${product.baseUrl}/?pseudo=1`);
      const problems: string[] = [];
      const visit = async (path: string) => {
        await page.goto(`${product.baseUrl}${path}`);
        await page.locator(`html[lang="${language}"]`).waitFor();
        await check(page, path, problems);
      };

      await visit('/');
      // An item's share dialog, opened from the feed.
      const shareText = LOCALES[language].feed.card.shareLabel;
      const [shareLabel] = (longer ? pseudoLocalize(shareText) : shareText).split('{{title}}');
      await page
        .getByRole('button', { name: new RegExp(`^${escapeRegExp(shareLabel)}`) })
        .first()
        .click();
      await page.getByRole('dialog').getByRole('textbox').first().waitFor();
      await check(page, '/ (share dialog)', problems);
      await page.keyboard.press('Escape');
      await page.getByRole('dialog').waitFor({ state: 'hidden' });
      for (const path of ['/activity', '/policy', '/training', '/people', '/content']) {
        await visit(path);
      }
      const item = await page.locator('main a[href^="/content/"]').first().getAttribute('href');
      expect(item).toMatch(/^\/content\/[0-9a-f-]{36}$/);
      await visit(item!);
      await visit('/analytics');
      await page.locator('.recharts-cartesian-axis-tick-value').first().waitFor();
      await check(page, '/analytics (charts drawn)', problems);

      expect(problems).toEqual([]);
    },
    300_000,
  );
});
