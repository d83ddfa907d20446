import { feedSettingsSchema, MAX_INTERVAL_MINUTES, MIN_INTERVAL_MINUTES } from './feed-schema';

const interval = (pollIntervalMinutes: string | number) =>
  feedSettingsSchema.safeParse({ topicIds: [], pollIntervalMinutes });

describe('the interval of a feed', () => {
  it('takes whole minutes from the lowest to the highest the API accepts, typed or not', () => {
    expect(interval(MIN_INTERVAL_MINUTES).data?.pollIntervalMinutes).toBe(MIN_INTERVAL_MINUTES);
    expect(interval(MAX_INTERVAL_MINUTES).data?.pollIntervalMinutes).toBe(MAX_INTERVAL_MINUTES);
    expect(interval(' 60 ').data?.pollIntervalMinutes).toBe(60);
  });

  it.each([
    ['empty', ''],
    ['blank', '  '],
    ['below the lowest', MIN_INTERVAL_MINUTES - 1],
    ['above the highest', MAX_INTERVAL_MINUTES + 1],
    ['not whole', 7.5],
    ['not a number', 'soon'],
  ])('refuses an interval that is %s, with one message', (_, value) => {
    const result = interval(value);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => [issue.path, issue.message])).toEqual([
      [['pollIntervalMinutes'], 'sources.form.intervalInvalid'],
    ]);
  });
});
