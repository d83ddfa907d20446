import { act, fireEvent, screen } from '@testing-library/react';
import { apiError, mockApi, ok } from '../../test/mock-api';
import { makeUser } from '../../test/factories';
import { renderApp } from '../../test/render-app';

const DATABASE_AWAY = () =>
  apiError(
    503,
    'Chorus cannot reach its database right now. It keeps trying to reconnect; please try again in a minute.',
    { code: 'database_unavailable' },
  );

/** Lets the timers run, and what they started settle. */
const advance = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));

/** Waits until the assertion holds (parsing a response and loading a page take real time). */
// eslint-disable-next-line testing-library/no-unnecessary-act -- Vitest's waitFor, not Testing Library's: act settles what it waits for
const eventually = (assertion: () => void) => act(() => vi.waitFor(assertion));

describe('while Chorus cannot reach its database', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('says it is retrying, not that something went wrong, and retries by itself with backoff until it answers', async () => {
    let databaseUp = false;
    const api = mockApi({
      'GET /api/me': () => (databaseUp ? ok(makeUser({ name: 'Ada Lovelace' })) : DATABASE_AWAY()),
    });
    renderApp('/', { retry: true });
    const asked = () => api.requestsTo('GET', '/api/me').length;

    await advance(0);
    expect(screen.getByText('Chorus cannot reach its database, retrying')).toBeInTheDocument();
    expect(screen.queryByText('Something went wrong')).not.toBeInTheDocument();
    expect(asked()).toBe(1);

    // 1 s, then 2 s, then 4 s between attempts.
    await advance(999);
    expect(asked()).toBe(1);
    await advance(1);
    expect(asked()).toBe(2);
    await advance(2_000);
    expect(asked()).toBe(3);
    expect(screen.getByText('Chorus cannot reach its database, retrying')).toBeInTheDocument();

    databaseUp = true;
    await advance(3_999);
    expect(asked()).toBe(3);
    await advance(1);
    expect(asked()).toBe(4);
    await eventually(() => expect(screen.getByRole('banner')).toHaveTextContent('Ada Lovelace'));
    expect(
      screen.queryByText('Chorus cannot reach its database, retrying'),
    ).not.toBeInTheDocument();
  });

  it('tries at once when asked to', async () => {
    let databaseUp = false;
    const api = mockApi({
      'GET /api/me': () => (databaseUp ? ok(makeUser()) : DATABASE_AWAY()),
    });
    renderApp('/', { retry: true });
    await advance(0);

    databaseUp = true;
    fireEvent.click(screen.getByRole('button', { name: 'Try now' }));
    await eventually(() => expect(screen.getByRole('banner')).toBeInTheDocument());
    // Asked again at once, not after the 1 s wait.
    expect(api.requestsTo('GET', '/api/me')).toHaveLength(2);
    expect(
      screen.queryByText('Chorus cannot reach its database, retrying'),
    ).not.toBeInTheDocument();
  });

  it('says so in Dutch', async () => {
    mockApi({ 'GET /api/me': DATABASE_AWAY });
    renderApp('/', { retry: true, language: 'nl' });
    await advance(0);
    expect(
      screen.getByText('Chorus kan zijn database niet bereiken en probeert het opnieuw'),
    ).toBeInTheDocument();
  });
});

describe('signing in while Chorus cannot reach its database', () => {
  it('explains a refused sign-in in words a person understands', async () => {
    mockApi({
      'GET /api/me': () => apiError(401, 'Please sign in.'),
      'POST /api/auth/login': DATABASE_AWAY,
    });
    const { user } = renderApp('/sign-in');
    await user.type(await screen.findByLabelText('Email'), 'ada@example.com');
    await user.type(screen.getByLabelText('Password'), 'correct horse');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Chorus cannot reach its database right now. Please try again in a minute.',
    );
  });
});
