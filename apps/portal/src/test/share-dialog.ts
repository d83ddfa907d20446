import { renderMessage, sampleTrackedLink, type ShareNetwork } from '@chorus/core';
import { check, compileTerms, isBlocked } from '@chorus/guardrails';
import { screen } from '@testing-library/react';
import { vi } from 'vitest';
import type { Settings } from '../features/settings/api/settings-queries';
import { FeedSection } from '../features/feed/FeedSection';
import { makeReadyStatus } from './advocacy-factories';
import { makeSettings, makeUser } from './factories';
import { type HandlerRequest, mockApi, ok, reply, type Routes } from './mock-api';
import { renderPage } from './render-page';
import { makeCreatedShare, makeFeedItem, makeFeedPage, makeSuggestion } from './sharing-factories';

/** The share dialog as a person meets it: opened from a card of the feed, against a fake API. */

export const FALCON_NOTE = 'Falcon is not announced yet: do not mention it.';
const terms = compileTerms([
  { term: 'Project Falcon', category: 'confidential', severity: 'block', note: FALCON_NOTE },
]);

/** The server's check: the same checker, with the company's restricted terms. */
function serverCheck({ body }: HandlerRequest<'POST /api/guardrails/check'>) {
  const { text, network, language } = body;
  const link = sampleTrackedLink(window.location.origin);
  const findings = check(text, { network, language, terms, link });
  const said = findings.map((finding) => ({
    ...finding,
    message: renderMessage('en', finding.key, finding.params),
  }));
  return ok({ findings: said, blocked: isBlocked(findings) });
}

export const TITLE = 'We open an office in Utrecht';
export const SUGGESTED: Partial<Record<ShareNetwork, string>> = {
  linkedin: 'Proud of our new Utrecht office!',
  x: 'New office in Utrecht!',
  threads: 'Our new office in Utrecht is open!',
  mastodon: 'We opened an office in Utrecht.',
  email: 'Have a look: we open an office in Utrecht.',
};

/**
 * The organisation's settings as the dialog reads them: e-mail, X and LinkedIn offered, LinkedIn
 * through its documented share page (a test turns the composer on when it is about it).
 */
export const sharingSettings = (overrides: Partial<Settings> = {}) =>
  makeSettings({
    editRequiresStage: 2,
    enabledNetworks: ['email', 'x', 'linkedin'],
    linkedinComposer: false,
    ...overrides,
  });

export function shareApi(routes: Routes = {}, status = makeReadyStatus(), suggested = SUGGESTED) {
  document.cookie = 'XSRF-TOKEN=token-123; path=/';
  const item = makeFeedItem({ title: TITLE });
  let sharedOn: ShareNetwork[] = [];
  const api = mockApi({
    'GET /api/me/advocacy': () => ok(status),
    'GET /api/me/topics': () => ok([]),
    'GET /api/feed': () => ok(makeFeedPage([{ ...item, sharedOn }])),
    'GET /api/settings': () => ok(sharingSettings()),
    'GET /api/feed/{id}/suggestion': ({ query }) =>
      ok(makeSuggestion({ text: suggested[query.network as ShareNetwork] })),
    'GET /api/guardrails/languages': () => ok({ languages: ['en', 'nl'] }),
    'POST /api/guardrails/check': serverCheck,
    'POST /api/shares': ({ body }) => {
      sharedOn = [body.network];
      return reply(201, makeCreatedShare({ code: 'AbC123xyz0' }));
    },
    ...routes,
  });
  return { ...api, item };
}

export async function openDialog() {
  // The dialog opens from a card of the feed.
  const view = renderPage(FeedSection, { path: '/', user: makeUser({ name: 'Ada' }) });
  await view.user.click(await screen.findByRole('button', { name: `Share: ${TITLE}` }));
  const dialog = await screen.findByRole('dialog', { name: `Share “${TITLE}”` });
  return { ...view, dialog };
}

/** A window as `window.open` returns it, recording where it is sent. */
export function fakePopup(events: string[] = []) {
  const popup = {
    opener: window as unknown,
    closed: false,
    close: vi.fn(),
    location: {
      set href(url: string) {
        events.push(`open ${url}`);
      },
    },
  };
  const open = vi.spyOn(window, 'open').mockReturnValue(popup as unknown as Window);
  return { popup, open };
}

/** The clipboard, recording what is copied in `events` beside the windows opened. */
export const recordCopies = (events: string[]) =>
  vi
    .spyOn(navigator.clipboard, 'writeText')
    .mockImplementation(async (text) => void events.push(`copy ${text}`));

export const shareButton = (name = 'Share on LinkedIn') => screen.getByRole('button', { name });
