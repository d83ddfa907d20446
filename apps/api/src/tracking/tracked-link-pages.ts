import { negotiateLanguage, renderMessage, UI_LANGUAGES, type UiLanguage } from '@chorus/core';
import { escapeHtml, simplePage } from '../common/html';

/** The statuses a tracked link answers with a page instead of a redirect. */
export type TrackedLinkPageStatus = 404 | 410 | 503;

/** Each status's page in the catalogue's `pages` namespace. */
const PAGE_KEYS = {
  404: { title: 'pages:trackedLink.notFound.title', text: 'pages:trackedLink.notFound.text' },
  410: { title: 'pages:trackedLink.gone.title', text: 'pages:trackedLink.gone.text' },
  503: { title: 'pages:trackedLink.unavailable.title', text: 'pages:trackedLink.unavailable.text' },
} as const;

export interface TrackedLinkPage {
  language: UiLanguage;
  body: Buffer;
}

function render(language: UiLanguage, status: TrackedLinkPageStatus): TrackedLinkPage {
  const title = renderMessage(language, PAGE_KEYS[status].title);
  const text = escapeHtml(renderMessage(language, PAGE_KEYS[status].text));
  return { language, body: Buffer.from(simplePage(language, title, `<p>${text}</p>`)) };
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
