import { screen } from '@testing-library/react';

/**
 * The element of `role` around `element`, found by its role as a person (or a screen reader)
 * finds it: the alert a message belongs to, the table row a link or a button is in.
 */
function around(role: 'alert' | 'row', element: HTMLElement): HTMLElement {
  const found = screen.getAllByRole(role).find((candidate) => candidate.contains(element));
  if (!found) throw new Error(`No ${role} around ${element.outerHTML}`);
  return found;
}

/** The alert that `message` (a title or a line of it) belongs to. */
export const alertAround = (message: HTMLElement) => around('alert', message);

/** The table row `element` (a cell, a link, a button) is in. */
export const rowAround = (element: HTMLElement) => around('row', element) as HTMLTableRowElement;
