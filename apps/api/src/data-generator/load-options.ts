import type { LoadSizes } from './load-set';

export interface LoadOptions extends LoadSizes {
  /** Months covered, ending now. */
  months: number;
  /** The PRNG seed: the same seed gives the same data (relative to now). */
  seed: number;
}

export const LOAD_DEFAULTS: Readonly<LoadOptions> = {
  users: 10_000,
  items: 5_000,
  shares: 200_000,
  clicks: 10_000_000,
  months: 13,
  seed: 1,
};

/** Options that may be 0; the others need at least 1. */
const MAY_BE_ZERO = new Set<keyof LoadOptions>(['shares', 'clicks', 'seed']);

/**
 * The load options of a command line (`--users N`, `--items N`, ... `--seed N`, each optional),
 * checked: throws with a message naming the option when one is not a whole number in range.
 */
export function loadOptionsFromArgs(argv: readonly string[]): LoadOptions {
  const options = { ...LOAD_DEFAULTS };
  for (const name of Object.keys(LOAD_DEFAULTS) as (keyof LoadOptions)[]) {
    const at = argv.indexOf(`--${name}`);
    if (at < 0) continue;
    const value = Number(argv[at + 1]);
    const least = MAY_BE_ZERO.has(name) ? 0 : 1;
    if (!Number.isSafeInteger(value) || value < least) {
      throw new Error(`--${name} must be a whole number of at least ${least}`);
    }
    options[name] = value;
  }
  return options;
}
