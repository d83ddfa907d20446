import { negotiateLanguage, UI_LANGUAGES, type UiLanguage } from '@chorus/core';
import da from '../../../../libs/core/src/messages/da/pages.json';
import de from '../../../../libs/core/src/messages/de/pages.json';
import el from '../../../../libs/core/src/messages/el/pages.json';
import en from '../../../../libs/core/src/messages/en/pages.json';
import fr from '../../../../libs/core/src/messages/fr/pages.json';
import nb from '../../../../libs/core/src/messages/nb/pages.json';
import nl from '../../../../libs/core/src/messages/nl/pages.json';
import sv from '../../../../libs/core/src/messages/sv/pages.json';

/** The statuses a tracked link answers with a page instead of a redirect. */
export type TrackedLinkPageStatus = 404 | 410 | 503;

/** Each status's page in the catalogue's `pages` namespace. */
const PAGE_KEYS = { 404: 'notFound', 410: 'gone', 503: 'unavailable' } as const;

const COPY: Record<UiLanguage, typeof en> = { en, nl, da, sv, nb, el, de, fr };

function copy(language: UiLanguage, status: TrackedLinkPageStatus) {
  return COPY[language].trackedLink[PAGE_KEYS[status]];
}

export interface TrackedLinkPage {
  language: UiLanguage;
  body: Buffer;
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

function render(language: UiLanguage, status: TrackedLinkPageStatus): TrackedLinkPage {
  const title = escapeHtml(copy(language, status).title);
  const text = escapeHtml(copy(language, status).text);
  const html = `<!doctype html><html lang="${language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${title}</title><style>body{font-family:system-ui,sans-serif;max-width:32rem;margin:4rem auto;padding:0 1rem;color:#222}h1{font-size:1.4rem}</style></head><body><h1>${title}</h1><p>${text}</p></body></html>`;
  return { language, body: Buffer.from(html) };
}

/** Every page in every language, rendered once: a visitor's page costs two lookups. */
const PAGES = Object.fromEntries(
  UI_LANGUAGES.map((language) => [
    language,
    { 404: render(language, 404), 410: render(language, 410), 503: render(language, 503) },
  ]),
) as Record<UiLanguage, Record<TrackedLinkPageStatus, TrackedLinkPage>>;

/**
 * The small page a visitor sees when a tracked link does not lead anywhere, in the language
 * their browser asks for (`Accept-Language`; English when Chorus does not speak any of them).
 * Visitors are the public who clicked an employee's post, not people with a profile.
 */
export function trackedLinkPage(
  status: TrackedLinkPageStatus,
  acceptLanguage: string | undefined,
): TrackedLinkPage {
  return PAGES[negotiateLanguage(acceptLanguage)][status];
}
