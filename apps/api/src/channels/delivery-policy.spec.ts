import { judgeAnswer, judgeNoAnswer, MAX_ATTEMPTS, retryAfterMs } from './delivery-policy';

const now = new Date('2026-12-07T09:00:00Z');
const answer = (status: number, retryAfter: string | null = null, body = '') => ({
  status,
  retryAfter,
  body,
});

describe('judgeAnswer', () => {
  it('counts any 2xx as delivered', () => {
    expect(judgeAnswer(answer(200, null, 'ok'), 1, now)).toEqual({ kind: 'delivered' });
    expect(judgeAnswer(answer(202), 1, now)).toEqual({ kind: 'delivered' });
  });

  it('tries a 5xx again with growing waits, then gives up', () => {
    const waits = [1, 2, 3].map((attempt) => judgeAnswer(answer(503), attempt, now));
    expect(waits).toEqual([
      { kind: 'retry', delayMs: 30_000, error: 'HTTP 503' },
      { kind: 'retry', delayMs: 120_000, error: 'HTTP 503' },
      { kind: 'retry', delayMs: 480_000, error: 'HTTP 503' },
    ]);
    expect(judgeAnswer(answer(500, null, 'boom'), MAX_ATTEMPTS, now)).toEqual({
      kind: 'failed',
      error: 'HTTP 500: boom',
    });
  });

  it('waits as long as a 429 asks, within bounds', () => {
    expect(judgeAnswer(answer(429, '7', 'rate_limited'), 1, now)).toEqual({
      kind: 'retry',
      delayMs: 7_000,
      error: 'HTTP 429: rate_limited',
    });
    expect(judgeAnswer(answer(429, '86400'), 1, now)).toMatchObject({ delayMs: 3_600_000 });
    expect(judgeAnswer(answer(503, '0'), 1, now)).toMatchObject({ delayMs: 1_000 });
  });

  it('does not try again what the provider refused for good', () => {
    for (const [status, body] of [
      [400, 'invalid_payload'],
      [403, 'action_prohibited'],
      [404, 'no_service'],
      [410, 'channel_is_archived'],
      [302, ''],
    ] as const) {
      expect(judgeAnswer(answer(status, null, body), 1, now)).toMatchObject({ kind: 'failed' });
    }
  });
});

describe('judgeNoAnswer', () => {
  it('tries again after a timeout or a network failure, then gives up', () => {
    expect(judgeNoAnswer('timed out after 10 s', 1)).toMatchObject({ kind: 'retry' });
    expect(judgeNoAnswer('timed out after 10 s', MAX_ATTEMPTS)).toMatchObject({ kind: 'failed' });
  });
});

describe('retryAfterMs', () => {
  it('reads seconds and HTTP dates', () => {
    expect(retryAfterMs('120', now)).toBe(120_000);
    expect(retryAfterMs('Mon, 07 Dec 2026 09:05:00 GMT', now)).toBe(300_000);
  });

  it('ignores what it cannot read', () => {
    expect(retryAfterMs(null, now)).toBeNull();
    expect(retryAfterMs('soon', now)).toBeNull();
    expect(retryAfterMs('-5', now)).toBeNull();
  });
});
