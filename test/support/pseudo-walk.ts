import { LANGUAGE_NAMES, SHARE_NETWORK_NAMES, SOCIAL_NETWORK_NAMES } from '@chorus/core';
import type { Page, Response } from 'playwright-core';

// What the pseudo-locale walk reads on a page, and its rule for what may stay untransformed.
// Text from a locale file reads ⟦Šħåřê⟧ (apps/portal/src/i18n/pseudo.ts). Anything else with
// Latin letters must be data: a value the API sent (a name, a title, an address), a word Intl
// writes for a date, a number or a list in the page's language, or a brand name. Values of the
// API's codes (a status, a role, a network) are not data: the portal must say them in words.

/** Fields whose values are codes for the portal to put into words, not text to show as is. */
const CODE_FIELDS = new Set([
  'action',
  'category',
  'code',
  'decision',
  'format',
  'kind',
  'language',
  'languages',
  'network',
  'networks',
  'outcome',
  'reason',
  'role',
  'roles',
  'severity',
  'source',
  'stage',
  'state',
  'status',
  'type',
]);

const BRANDS = [
  'Chorus',
  ...Object.values(LANGUAGE_NAMES),
  ...Object.values(SHARE_NETWORK_NAMES),
  ...Object.values(SOCIAL_NETWORK_NAMES),
];

/** The text values of every JSON answer of the API to `page`, gathered while the walk runs. */
export class ObservedData {
  private readonly values = new Set<string>(BRANDS);
  private pending: Promise<unknown>[] = [];

  constructor(page: Page) {
    page.on('response', (response) => this.pending.push(this.read(response)));
  }

  private async read(response: Response) {
    const type = response.headers()['content-type'] ?? '';
    // An error's text is the server's own words, which the portal must translate: not data.
    if (!response.ok()) return;
    if (!new URL(response.url()).pathname.startsWith('/api/') || !type.includes('json')) return;
    const body: unknown = await response.json().catch(() => null);
    this.collect(body, null, 0);
  }

  private collect(value: unknown, field: string | null, depth: number) {
    if (depth > 20) return;
    if (typeof value === 'string') {
      if (field !== null && CODE_FIELDS.has(field)) return;
      const text = value.trim();
      if (text.length < 2) return;
      this.values.add(text);
      // Addresses are shown by their host name, or shortened.
      if (/^https?:\/\//.test(text)) {
        try {
          const url = new URL(text);
          this.values.add(url.hostname);
          this.values.add(url.hostname.replace(/^www\./, ''));
          this.values.add(`${url.hostname}${url.pathname}`);
        } catch {
          // Not an address after all: the text itself is kept.
        }
      }
      // A Markdown text (a policy, a lesson) is shown in pieces: its lines, list items,
      // emphasis and links.
      for (const piece of text.split(/\n|^\s*(?:[-+*]|\d+\.)\s+|\*\*|__|[*_`#>[\]()]/m)) {
        const plain = piece.trim();
        if (plain.length >= 2) this.values.add(plain);
      }
    } else if (Array.isArray(value)) {
      for (const entry of value) this.collect(entry, field, depth + 1);
    } else if (value !== null && typeof value === 'object') {
      for (const [key, entry] of Object.entries(value)) this.collect(entry, key, depth + 1);
    }
  }

  /** Every value seen so far, once the answers received have been read. */
  async settled(): Promise<string[]> {
    while (this.pending.length > 0) {
      const reading = this.pending;
      this.pending = [];
      await Promise.all(reading);
    }
    return [...this.values];
  }
}

export interface ShownText {
  text: string;
  /** Where it is: the element's tag and class, or the attribute it is in. */
  where: string;
}

// The page's globals as the walk reads them in the browser: the test project compiles without
// the DOM's types.
interface WalkedNode {
  nodeValue: string | null;
  parentElement: WalkedElement | null;
}
interface WalkedElement {
  tagName: string;
  closest(selector: string): WalkedElement | null;
  checkVisibility(options?: object): boolean;
  getAttribute(name: string): string | null;
}
declare const document: {
  body: unknown;
  documentElement: { lang: string };
  createTreeWalker(root: unknown, filter: number): { nextNode(): WalkedNode | null };
  querySelectorAll(selector: string): Iterable<WalkedElement>;
};
declare const NodeFilter: { SHOW_TEXT: number };
declare const Intl: typeof globalThis.Intl & {
  ListFormat: new (locale: string, options: object) => { format(list: string[]): string };
};

/**
 * The text a person sees on the page now: visible text nodes, and the placeholders and
 * accessible names of visible elements. Text inside an element marked with a language of its
 * own (`lang`) is content in that language (a language's own name, a post), not the portal's.
 */
export function shownText(page: Page): Promise<ShownText[]> {
  return page.evaluate(() => {
    const describe = (element: WalkedElement) =>
      `${element.tagName.toLowerCase()}.${(element.getAttribute('class') ?? '')
        .split(' ')
        .filter((name) => name && !name.startsWith('m_'))
        .slice(0, 2)
        .join('.')}`;
    const shown: { text: string; where: string }[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = (node.nodeValue ?? '').trim();
      const parent = node.parentElement;
      if (!text || !parent || parent.closest('script, style, noscript, body [lang]')) continue;
      if (!parent.checkVisibility({ visibilityProperty: true })) continue;
      shown.push({ text, where: describe(parent) });
    }
    for (const element of document.querySelectorAll('[placeholder], [aria-label], [title]')) {
      if (element.closest('body [lang]') || !element.checkVisibility({ visibilityProperty: true }))
        continue;
      for (const attribute of ['placeholder', 'aria-label', 'title']) {
        const text = element.getAttribute(attribute)?.trim();
        if (text) shown.push({ text, where: `${describe(element)}[${attribute}]` });
      }
    }
    return shown;
  });
}

/** The words Intl writes for dates, times, relative times, compact numbers and lists. */
export function intlWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const locale = document.documentElement.lang || 'en';
    const words = new Set<string>();
    const add = (text: string) => {
      for (const word of text.split(/[^\p{L}.]+/u)) if (word) words.add(word.replace(/\.$/, ''));
    };
    const dates = Array.from({ length: 12 }, (_, month) => new Date(Date.UTC(2026, month, 1, 9)));
    const days = Array.from({ length: 7 }, (_, day) => new Date(Date.UTC(2026, 0, 4 + day, 15)));
    const styles: object[] = [
      { month: 'long' },
      { month: 'short' },
      { weekday: 'long' },
      { weekday: 'short' },
      { dateStyle: 'full', timeStyle: 'full' },
      { dateStyle: 'medium', timeStyle: 'short' },
      { hour: 'numeric', dayPeriod: 'short' },
      { timeZoneName: 'short' },
      { timeZoneName: 'long' },
    ];
    for (const options of styles) {
      const format = new Intl.DateTimeFormat(locale, options);
      for (const date of [...dates, ...days]) add(format.format(date));
    }
    const units = ['second', 'minute', 'hour', 'day', 'week', 'month', 'quarter', 'year'] as const;
    for (const numeric of ['always', 'auto'] as const) {
      for (const style of ['long', 'short', 'narrow'] as const) {
        const format = new Intl.RelativeTimeFormat(locale, { numeric, style });
        for (const unit of units)
          for (const n of [-3, -2, -1, 0, 1, 2, 3]) add(format.format(n, unit));
      }
    }
    for (const n of [1_500, 2_500_000, 3_000_000_000]) {
      add(new Intl.NumberFormat(locale, { notation: 'compact' }).format(n));
      add(new Intl.NumberFormat(locale, { notation: 'compact', compactDisplay: 'long' }).format(n));
    }
    for (const type of ['conjunction', 'disjunction', 'unit'])
      add(new Intl.ListFormat(locale, { type }).format(['A', 'B', 'C']));
    return [...words];
  });
}

/**
 * The shown texts that are neither from a locale file nor data: what is left of each after
 * taking out the data values and Intl's words still has Latin letters.
 */
export function untranslated<T extends ShownText>(
  shown: readonly T[],
  data: readonly string[],
  words: readonly string[],
): T[] {
  const values = [...data].sort((a, b) => b.length - a.length);
  const wordSet = new Set(words.map((word) => word.toLowerCase()));
  return shown.filter(({ text, where }) => {
    if (text.includes('⟦') || text.includes('⟧')) return false;
    if (!/[A-Za-z]/.test(text)) return false;
    // Code (a file format's column names, an example file) is not translated.
    if (/^(code|pre|kbd)\./.test(where)) return false;
    let rest = ` ${text} `;
    for (const value of values) {
      if (!rest.includes(value)) continue;
      // A value counts where it stands as a whole, not as part of a word ("an" in "Cancel").
      const startsWord = /^\p{L}/u.test(value);
      const endsWord = /\p{L}$/u.test(value);
      rest = rest
        .split(value)
        .reduce((joined, part) =>
          (startsWord && /\p{L}$/u.test(joined)) || (endsWord && /^\p{L}/u.test(part))
            ? `${joined}${value}${part}`
            : `${joined} ${part}`,
        );
    }
    const left = rest
      .replace(/\bhttps?:\/\/\S*/g, ' ')
      .split(/[^\p{L}.]+/u)
      .map((word) => word.replace(/\.+$/, '').replace(/^\.+/, ''))
      .filter((word) => /[A-Za-z]/.test(word) && !wordSet.has(word.toLowerCase()));
    return left.length > 0;
  });
}
