import { LOAD_DEFAULTS, loadOptionsFromArgs } from './load-options';

const argv = (...args: string[]) => ['node', 'scripts/seed-load.mjs', ...args];

describe('loadOptionsFromArgs', () => {
  it('takes the defaults for options not given', () => {
    expect(loadOptionsFromArgs(argv())).toEqual(LOAD_DEFAULTS);
    expect(LOAD_DEFAULTS).toEqual({
      users: 10_000,
      items: 5_000,
      shares: 200_000,
      clicks: 10_000_000,
      months: 13,
      seed: 1,
    });
  });

  it('reads every option given, next to others such as --admin', () => {
    expect(
      loadOptionsFromArgs(
        argv('--users', '2000', '--admin', 'a@example.com:secret-pass', '--clicks', '0'),
      ),
    ).toEqual({ ...LOAD_DEFAULTS, users: 2000, clicks: 0 });
    expect(loadOptionsFromArgs(argv('--seed', '0', '--months', '2'))).toMatchObject({
      seed: 0,
      months: 2,
    });
  });

  it.each([
    [['--users', '0'], '--users must be a whole number of at least 1'],
    [['--items', '2.5'], '--items must be a whole number of at least 1'],
    [['--shares', '-1'], '--shares must be a whole number of at least 0'],
    [['--clicks', 'many'], '--clicks must be a whole number of at least 0'],
    [['--months'], '--months must be a whole number of at least 1'],
    [['--seed', '1e400'], '--seed must be a whole number of at least 0'],
  ])('refuses %j with a message naming the option', (args, message) => {
    expect(() => loadOptionsFromArgs(argv(...args))).toThrow(message);
  });
});
