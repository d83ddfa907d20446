import { renderMessage, uiLanguageFor, type MessageKey, type UiLanguage } from '@chorus/core';
import type { UnsubscribeScope } from './unsubscribe-token';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

const STYLE =
  'body{font-family:system-ui,sans-serif;max-width:32rem;margin:4rem auto;padding:0 1rem;color:#222}' +
  'h1{font-size:1.4rem}button{font:inherit;padding:.6rem 1.4rem;border:0;border-radius:6px;' +
  'background:#1c7ed6;color:#fff;cursor:pointer}a{color:#1c7ed6}';

function page(language: UiLanguage, title: string, body: string): string {
  return `<!doctype html><html lang="${language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${escapeHtml(title)}</title><style>${STYLE}</style></head><body><h1>${escapeHtml(title)}</h1>${body}</body></html>`;
}

function say(language: UiLanguage, key: MessageKey, scope?: UnsubscribeScope): string {
  return escapeHtml(renderMessage(language, key, scope ? { kind: scope } : {}));
}

/**
 * The page an unsubscribe link opens: what it stops and a button that does it. Opening it
 * changes nothing (mail scanners open every link); the button posts the RFC 8058 field to the
 * same address.
 */
export function unsubscribeQuestionPage(
  personLanguage: string,
  scope: UnsubscribeScope,
  action: string,
): string {
  const language = uiLanguageFor(personLanguage);
  const question =
    scope === 'digest'
      ? say(language, 'pages:unsubscribe.digestQuestion')
      : say(language, 'pages:unsubscribe.kindQuestion', scope);
  return page(
    language,
    renderMessage(language, 'pages:unsubscribe.title'),
    `<p>${question}</p><form method="post" action="${escapeHtml(action)}"><input type="hidden" name="List-Unsubscribe" value="One-Click"><button type="submit">${say(language, 'pages:unsubscribe.button')}</button></form>`,
  );
}

/** The page after unsubscribing: what stopped, and where to change it back. */
export function unsubscribeDonePage(
  personLanguage: string,
  scope: UnsubscribeScope,
  settingsUrl: string,
): string {
  const language = uiLanguageFor(personLanguage);
  const done =
    scope === 'digest'
      ? say(language, 'pages:unsubscribe.digestDone')
      : say(language, 'pages:unsubscribe.kindDone', scope);
  return page(
    language,
    renderMessage(language, 'pages:unsubscribe.doneTitle'),
    `<p>${done}</p><p><a href="${escapeHtml(settingsUrl)}">${say(language, 'pages:unsubscribe.settings')}</a></p>`,
  );
}

/** The page of a link Chorus did not sign, in the language the browser asks for. */
export function unsubscribeNotFoundPage(language: UiLanguage): string {
  return page(
    language,
    renderMessage(language, 'pages:unsubscribe.notFoundTitle'),
    `<p>${say(language, 'pages:unsubscribe.notFoundText')}</p>`,
  );
}
