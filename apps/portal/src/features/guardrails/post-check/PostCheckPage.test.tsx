import { renderMessage, sampleTrackedLink } from '@chorus/core';
import { check, compileTerms, isBlocked } from '@chorus/guardrails';
import { act, screen, waitFor, within } from '@testing-library/react';
import type { Schemas } from '../../../api/client';
import { makeUser } from '../../../test/factories';
import {
  type HandlerRequest,
  mockApi,
  ok,
  type Routes,
  undocumented,
} from '../../../test/mock-api';
import { renderPage } from '../../../test/render-page';
import { SERVER_CHECK_DELAY_MS } from '../use-post-findings';
import { PostCheckPage } from './PostCheckPage';
import { alertAround } from '../../../test/surroundings';

const FALCON_NOTE = 'Falcon is not announced yet: do not mention it.';

/** The company's restricted terms, which only the server knows. */
const terms = compileTerms([
  { term: 'Project Falcon', category: 'confidential', severity: 'block', note: FALCON_NOTE },
]);

/** The languages the organisation uses, as the server says. */
let languages = ['en'];

/** The server's check: the same checker, with the restricted terms and the languages. */
function serverCheck({ body }: HandlerRequest<'POST /api/guardrails/check'>) {
  const { text, network, language } = body;
  const link = sampleTrackedLink(window.location.origin);
  const findings = check(text, { network, language, languages, terms, link });
  const said = findings.map((finding) => ({
    ...finding,
    message: renderMessage('en', finding.key, finding.params),
  }));
  return ok({ findings: said, blocked: isBlocked(findings) });
}

/** A server that answers only once `release` is called, to see what shows before it does. */
function slowServer(answered = 0) {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  let calls = 0;
  const handler = async (request: HandlerRequest<'POST /api/guardrails/check'>) => {
    calls += 1;
    if (calls > answered) await held;
    return serverCheck(request);
  };
  return { handler, release };
}

function advocacyStatus(
  overrides: Partial<Schemas['AdvocacyStatusDto']> = {},
): Schemas['AdvocacyStatusDto'] {
  return {
    enrolled: true,
    enrolledAt: '2024-03-15T09:30:00.000Z',
    shownOnLeaderboards: false,
    policyVersion: 1,
    policy: { upToDate: true, requiredVersion: 1, acknowledged: null },
    reachedStage: 1,
    requiredToShare: 1,
    requiredToEdit: 2,
    blockers: [],
    mayShare: true,
    mayEditText: false,
    ...overrides,
  };
}

function postCheckApi(routes: Routes = {}) {
  document.cookie = 'XSRF-TOKEN=token-123; path=/';
  return mockApi({
    'GET /api/me/advocacy': () => ok(advocacyStatus()),
    'GET /api/guardrails/languages': () => ok({ languages }),
    'POST /api/guardrails/check': serverCheck,
    ...routes,
  });
}

/** The page, on a clock the test moves: the server checks once typing pauses. */
async function openPage(user = makeUser({ name: 'Ada Lovelace' })) {
  vi.useFakeTimers({ shouldAdvanceTime: true });
  const view = renderPage(PostCheckPage, {
    path: '/post-check',
    user,
    userEvent: { advanceTimers: vi.advanceTimersByTime },
  });
  const post = await screen.findByLabelText('Your post');
  return { ...view, post };
}

/** Typing pauses long enough for the server to be asked. */
const pause = () => act(() => vi.advanceTimersByTimeAsync(SERVER_CHECK_DELAY_MS));

afterEach(() => {
  vi.useRealTimers();
  languages = ['en'];
});

const findingsList = () => screen.getByRole('list', { name: 'What to look at' });

describe('check a post', () => {
  it('shows what the browser finds at once, marked in the text and listed', async () => {
    const api = postCheckApi();
    const { user, post } = await openPage();
    expect(screen.getByRole('heading', { name: 'Check a post' })).toBeInTheDocument();

    await user.click(post);
    await user.paste('Mail ada@example.com for details');

    const finding = within(findingsList()).getByRole('listitem');
    expect(finding).toHaveTextContent('Warning');
    expect(finding).toHaveTextContent('E-mail address');
    expect(finding).toHaveTextContent('“ada@example.com”');
    expect(finding).toHaveTextContent("Do not share colleagues' or customers' contact details.");
    const preview = screen.getByRole('figure', { name: /with what to look at underlined/ });
    const marked = within(preview).getByText('ada@example.com');
    expect(marked.tagName).toBe('MARK');
    expect(marked).toHaveAttribute('title', expect.stringContaining('e-mail address'));
    expect(marked).toHaveAttribute('data-severity', 'warn');

    // Once the server has checked the same text, the warning stands and the verdict says so.
    await pause();
    expect(
      await screen.findByText('You can share this, but check the warnings'),
    ).toBeInTheDocument();
    expect(api.requestsTo('POST', '/api/guardrails/check').at(-1)?.body).toEqual({
      text: 'Mail ada@example.com for details',
      network: 'linkedin',
      language: 'en',
    });
  });

  it('blocks profanity without waiting for the server', async () => {
    const server = slowServer();
    postCheckApi({ 'POST /api/guardrails/check': server.handler });
    const { user, post } = await openPage();

    await user.click(post);
    await user.paste('What the f**k');

    const verdict = alertAround(screen.getByText('Sharing blocked'));
    expect(verdict).toHaveTextContent('is a swear word in English');
    expect(within(findingsList()).getByRole('listitem')).toHaveTextContent('Blocks sharing');
    expect(screen.getByText('f**k')).toHaveAttribute('data-severity', 'block');
    server.release();
  });

  it('checks profanity in every language the organisation uses, whatever language the post is in', async () => {
    languages = ['en', 'sv'];
    const server = slowServer();
    postCheckApi({ 'POST /api/guardrails/check': server.handler });
    const { user, post } = await openPage();
    expect(screen.getByRole('combobox', { name: 'Language' })).toHaveValue('English');

    await user.click(post);
    await user.paste('Vilket skitsnack');

    const verdict = alertAround(await screen.findByText('Sharing blocked'));
    expect(verdict).toHaveTextContent('is a swear word in Swedish');
    server.release();
  });

  it('leaves out the lists of languages the organisation does not use, as the server does', async () => {
    const server = slowServer();
    const api = postCheckApi({ 'POST /api/guardrails/check': server.handler });
    const { user, post } = await openPage();
    await waitFor(() => expect(api.requestsTo('GET', '/api/guardrails/languages')).toHaveLength(1));

    await user.click(post);
    await user.paste('Vilket skitsnack');

    await waitFor(() => expect(screen.queryByText('Sharing blocked')).not.toBeInTheDocument());
    expect(screen.getByRole('status')).toHaveTextContent('Checking');
    server.release();
  });

  it("shows the server's restricted terms with the admin's note once typing pauses", async () => {
    const api = postCheckApi();
    const { user, post } = await openPage();

    await user.click(post);
    await user.paste('Sneak peek: #ProjectFalcon launches soon!');

    // The browser knows no restricted terms: until the server answers, nothing is decided.
    expect(screen.queryByText('Sharing blocked')).not.toBeInTheDocument();
    expect(screen.queryByText('Ready to share')).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Checking');
    expect(api.requestsTo('POST', '/api/guardrails/check')).toHaveLength(0);

    await pause();
    const verdict = alertAround(await screen.findByText('Sharing blocked'));
    expect(verdict).toHaveTextContent(FALCON_NOTE);
    const finding = within(findingsList()).getByRole('listitem');
    expect(finding).toHaveTextContent('Restricted term');
    expect(finding).toHaveTextContent('“ProjectFalcon”');
    expect(within(finding).getByText(FALCON_NOTE)).toBeInTheDocument();
    expect(screen.getByText('ProjectFalcon')).toHaveAttribute('data-severity', 'block');
    expect(api.requestsTo('POST', '/api/guardrails/check')).toHaveLength(1);
  });

  it('keeps a restricted term found earlier while the rest of the post changes', async () => {
    const server = slowServer(1);
    const api = postCheckApi({ 'POST /api/guardrails/check': server.handler });
    const { user, post } = await openPage();
    await user.click(post);
    await user.paste('#ProjectFalcon');
    await pause();
    await screen.findByText('Sharing blocked');

    await user.type(post, ' is coming');
    expect(api.requestsTo('POST', '/api/guardrails/check')).toHaveLength(1);
    await pause();
    await waitFor(() => expect(api.requestsTo('POST', '/api/guardrails/check')).toHaveLength(2));

    expect(screen.getByText('Sharing blocked')).toBeInTheDocument();
    expect(screen.getByText('ProjectFalcon')).toHaveAttribute('data-severity', 'block');
    expect(screen.getByRole('status')).toHaveTextContent('Checking');
    server.release();
  });

  it('says the post is ready once the server found nothing', async () => {
    postCheckApi();
    const { user, post } = await openPage();

    await user.click(post);
    await user.paste('Proud of our team!');
    await pause();

    expect(await screen.findByText('Ready to share')).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'What to look at' })).not.toBeInTheDocument();
  });

  it('checks the length for the chosen network, in the chosen language', async () => {
    const api = postCheckApi();
    const { user, post } = await openPage(makeUser({ language: 'de' }));
    expect(screen.getByRole('combobox', { name: 'Language' })).toHaveValue('Deutsch');

    await user.click(screen.getByRole('combobox', { name: 'Network' }));
    await user.click(await screen.findByRole('option', { name: 'X' }));
    await user.click(post);
    await user.paste('a'.repeat(300));

    const finding = within(findingsList()).getByRole('listitem');
    expect(finding).toHaveTextContent('Too long');
    expect(finding).toHaveTextContent('Too long for X');
    await pause();
    await waitFor(() =>
      expect(api.requestsTo('POST', '/api/guardrails/check').at(-1)?.body).toEqual({
        text: 'a'.repeat(300),
        network: 'x',
        language: 'de',
      }),
    );
  });

  it("falls back to the browser's findings when the server cannot check", async () => {
    postCheckApi({
      'POST /api/guardrails/check': () => undocumented(500, 'The database is down.'),
    });
    const { user, post } = await openPage();

    await user.click(post);
    await user.paste('Call me at +31 20 123 4567');
    await pause();

    expect(await screen.findByText('Restricted terms not checked')).toBeInTheDocument();
    expect(within(findingsList()).getByRole('listitem')).toHaveTextContent('Phone number');
    expect(screen.getByText('You can share this, but check the warnings')).toBeInTheDocument();
  });

  it('lists what the person still has to do before sharing', async () => {
    postCheckApi({
      'GET /api/me/advocacy': () =>
        ok(
          advocacyStatus({
            blockers: ['policy_not_acknowledged', 'training_required'],
            reachedStage: 0,
            requiredToShare: 1,
            mayShare: false,
          }),
        ),
    });
    renderPage(PostCheckPage, { path: '/post-check' });

    const alert = alertAround(await screen.findByText('Before you can share'));
    const links = within(alert).getAllByRole('link');
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Read and sign the social media policy', '/policy'],
      ['Pass training stage 1 (stages passed: 0 of 1)', '/training'],
    ]);
  });

  it('says nothing about readiness to someone who may share', async () => {
    const api = postCheckApi();
    await openPage();

    await waitFor(() => expect(api.requestsTo('GET', '/api/me/advocacy')).toHaveLength(1));
    expect(screen.queryByText('Before you can share')).not.toBeInTheDocument();
  });
});
