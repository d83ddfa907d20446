import { within } from '@testing-library/react';

/** A phone held upright, in CSS pixels. */
export const PHONE_WIDTH = 375;

const PX_PER_EM = 16;

/** Whether a query of min-width and max-width conditions holds at `width`; anything else does not. */
function holdsAt(width: number, query: string): boolean {
  const conditions = [...query.matchAll(/\((min|max)-width:\s*([\d.]+)(px|em|rem)\)/g)];
  if (conditions.length === 0) return false;
  return conditions.every(([, side, size, unit]) => {
    const limit = Number(size) * (unit === 'px' ? 1 : PX_PER_EM);
    return side === 'min' ? width >= limit : width <= limit;
  });
}

/**
 * Makes media queries answer as a screen `width` pixels wide does (the test DOM has no layout; the
 * test setup answers every query with false). Undone after each test (`restoreMocks`).
 */
export function showAtWidth(width: number): void {
  const original = window.matchMedia;
  vi.spyOn(window, 'matchMedia').mockImplementation((query: string) => ({
    ...original(query),
    matches: holdsAt(width, query),
  }));
}

/** A card's first line: what names its row (the column shown with `phone: 'title'`). */
export function cardTitle(card: HTMLElement): Element | null {
  return card.firstElementChild;
}

/** What a card lists: each label with the text of its value. */
export function cardFields(card: HTMLElement): Record<string, string> {
  const labels = within(card).queryAllByRole('term');
  return Object.fromEntries(
    labels.map((label) => [label.textContent ?? '', label.nextElementSibling?.textContent ?? '']),
  );
}
