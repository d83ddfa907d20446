import { renderMessage, uiLanguageFor, type MessageKey, type UiLanguage } from '@chorus/core';
import { escapeHtml, simplePage } from '../common/html';
import type { UnsubscribeScope } from './unsubscribe-token';

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
  return simplePage(
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
  return simplePage(
    language,
    renderMessage(language, 'pages:unsubscribe.doneTitle'),
    `<p>${done}</p><p><a href="${escapeHtml(settingsUrl)}">${say(language, 'pages:unsubscribe.settings')}</a></p>`,
  );
}

/** The page of a link Chorus did not sign, in the language the browser asks for. */
export function unsubscribeNotFoundPage(language: UiLanguage): string {
  return simplePage(
    language,
    renderMessage(language, 'pages:unsubscribe.notFoundTitle'),
    `<p>${say(language, 'pages:unsubscribe.notFoundText')}</p>`,
  );
}
