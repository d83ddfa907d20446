import { useSyncExternalStore } from 'react';
import { SAVED_AT_HEADER } from '../service-worker/protocol';

/**
 * When the oldest saved copy shown since the network last answered was saved (ISO 8601), or null
 * while the network answers: what the offline banner says the page is from.
 */
let savedAt: string | null = null;
const listeners = new Set<() => void>();

function update(next: string | null) {
  if (next === savedAt) return;
  savedAt = next;
  for (const listener of listeners) listener();
}

/**
 * Notes what an API answer says about the network: a copy the service worker gave because the
 * network failed (its time is kept when older than the one noted), or a fresh answer (the
 * network answers again, and the queries refresh what is shown).
 */
export function noteApiAnswer(response: Response): void {
  const copySavedAt = response.headers.get(SAVED_AT_HEADER);
  if (copySavedAt === null || Number.isNaN(Date.parse(copySavedAt))) {
    update(null);
  } else if (savedAt === null || Date.parse(copySavedAt) < Date.parse(savedAt)) {
    update(copySavedAt);
  }
}

/** Back to a fresh start (tests). */
export function forgetSavedCopiesShown(): void {
  update(null);
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** When what the page shows was saved, while it shows saved copies; null otherwise. */
export function useSavedCopiesShown(): string | null {
  return useSyncExternalStore(subscribe, () => savedAt);
}

function subscribeToConnection(listener: () => void) {
  window.addEventListener('online', listener);
  window.addEventListener('offline', listener);
  return () => {
    window.removeEventListener('online', listener);
    window.removeEventListener('offline', listener);
  };
}

/** The browser's word on the connection (`navigator.onLine`): false is certain, true is not. */
export function useBrowserOnline(): boolean {
  return useSyncExternalStore(subscribeToConnection, () => navigator.onLine);
}
