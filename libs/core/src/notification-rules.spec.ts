import { effectiveChannel, isInAudience, isQuietHour, quietHoursEnd } from './notification-rules';

const at = (iso: string) => new Date(iso);

describe('effectiveChannel', () => {
  const none = { personal: {}, defaults: {}, off: [] };

  it("is the kind's own default while nobody chose", () => {
    expect(effectiveChannel('content.review', none)).toBe('email');
    expect(effectiveChannel('content.new', none)).toBe('app');
  });

  it("is the administrators' default over the kind's", () => {
    expect(effectiveChannel('content.new', { ...none, defaults: { 'content.new': 'email' } })).toBe(
      'email',
    );
  });

  it("is the person's own choice over the administrators' default", () => {
    expect(
      effectiveChannel('content.new', {
        ...none,
        personal: { 'content.new': 'off' },
        defaults: { 'content.new': 'email' },
      }),
    ).toBe('off');
  });

  it('is off for everyone when the administrators turned the kind off, whatever the person chose', () => {
    expect(
      effectiveChannel('policy.sign', {
        personal: { 'policy.sign': 'email' },
        defaults: { 'policy.sign': 'email' },
        off: ['policy.sign'],
      }),
    ).toBe('off');
  });
});

describe('isInAudience', () => {
  it('lets only the roles a kind is for receive it', () => {
    expect(isInAudience('content.review', ['employee'])).toBe(false);
    expect(isInAudience('content.review', ['employee', 'curator'])).toBe(true);
    expect(isInAudience('policy.sign', ['analyst'])).toBe(true);
  });
});

describe('quiet hours', () => {
  it.each([
    [22, true],
    [23, true],
    [0, true],
    [6, true],
    [7, false],
    [12, false],
    [21, false],
  ])('from 22 to 7 (over midnight), hour %i is quiet: %s', (hour, quiet) => {
    expect(isQuietHour(hour, { start: 22, end: 7 })).toBe(quiet);
  });

  it.each([
    [12, true],
    [13, true],
    [14, false],
    [11, false],
  ])('from 12 to 14, hour %i is quiet: %s', (hour, quiet) => {
    expect(isQuietHour(hour, { start: 12, end: 14 })).toBe(quiet);
  });

  it('are none when they start and end at the same hour', () => {
    expect(isQuietHour(5, { start: 5, end: 5 })).toBe(false);
  });
});

describe('quietHoursEnd', () => {
  const night = { start: 22, end: 7 };

  it('is now without quiet hours, or outside them', () => {
    const now = at('2026-12-07T12:00:00Z');
    expect(quietHoursEnd(now, 'Europe/Copenhagen', null)).toEqual(now);
    expect(quietHoursEnd(now, 'Europe/Copenhagen', night)).toEqual(now);
  });

  it('ends on the next local morning when quiet began before midnight', () => {
    // 23:30 in Copenhagen (UTC+1 in December): quiet until 07:00 local the next day.
    expect(quietHoursEnd(at('2026-12-07T22:30:00Z'), 'Europe/Copenhagen', night)).toEqual(
      at('2026-12-08T06:00:00Z'),
    );
  });

  it('ends the same local morning after midnight', () => {
    // 02:15 in Copenhagen on 8 December.
    expect(quietHoursEnd(at('2026-12-08T01:15:00Z'), 'Europe/Copenhagen', night)).toEqual(
      at('2026-12-08T06:00:00Z'),
    );
  });

  it('ends at the end hour in the local time zone, not in UTC', () => {
    // 21:00 in New York (UTC-5) is quiet from 20 to 8: ends 08:00 local, 13:00 UTC.
    expect(
      quietHoursEnd(at('2026-12-08T02:00:00Z'), 'America/New_York', { start: 20, end: 8 }),
    ).toEqual(at('2026-12-08T13:00:00Z'));
    // India is UTC+5:30: the local hour starts at half past in UTC.
    expect(quietHoursEnd(at('2026-12-07T20:00:00Z'), 'Asia/Kolkata', { start: 0, end: 7 })).toEqual(
      at('2026-12-08T01:30:00Z'),
    );
  });

  it('ends within the day when quiet hours do not wrap midnight', () => {
    // 12:30 in Copenhagen, quiet from 12 to 14: ends 14:00 local.
    expect(
      quietHoursEnd(at('2026-12-07T11:30:00Z'), 'Europe/Copenhagen', { start: 12, end: 14 }),
    ).toEqual(at('2026-12-07T13:00:00Z'));
  });

  it('counts a night when the clocks go forward in Copenhagen as the short night it is', () => {
    // 29 March 2026: 02:00 CET becomes 03:00 CEST. 23:00 CET on the 28th is 22:00 UTC;
    // 07:00 CEST on the 29th is 05:00 UTC.
    expect(quietHoursEnd(at('2026-03-28T22:00:00Z'), 'Europe/Copenhagen', night)).toEqual(
      at('2026-03-29T05:00:00Z'),
    );
  });

  it('ends when the clocks jump past an end hour that does not exist that night', () => {
    // Quiet from 22 to 2: 02:00 never happens on 29 March 2026; quiet ends at 03:00 CEST.
    expect(
      quietHoursEnd(at('2026-03-28T23:30:00Z'), 'Europe/Copenhagen', { start: 22, end: 2 }),
    ).toEqual(at('2026-03-29T01:00:00Z'));
  });

  it('counts a night when the clocks go back in Copenhagen as the long night it is', () => {
    // 25 October 2026: 03:00 CEST becomes 02:00 CET. 23:00 CEST on the 24th is 21:00 UTC;
    // 07:00 CET on the 25th is 06:00 UTC.
    expect(quietHoursEnd(at('2026-10-24T21:00:00Z'), 'Europe/Copenhagen', night)).toEqual(
      at('2026-10-25T06:00:00Z'),
    );
  });

  it('ends the first time the clocks reach an end hour that happens twice', () => {
    // Quiet from 0 to 2: 02:00 CEST (00:00 UTC) comes first, then 02:00 CET again an hour later.
    expect(
      quietHoursEnd(at('2026-10-24T23:00:00Z'), 'Europe/Copenhagen', { start: 0, end: 2 }),
    ).toEqual(at('2026-10-25T00:00:00Z'));
  });
});
