import { seededRandom, TRACKED_CODE_ALPHABET, TRACKED_CODE_LENGTH } from '@chorus/core';

/** Numbers in [0, 1) from libs/core's seeded generator: the same seed, the same data. */
export type Random = () => number;

export const randomFromSeed = (seed: number): Random => seededRandom(seed);

/** One of `values`, each as likely. */
export const pick = <T>(random: Random, values: readonly T[]): T =>
  values[Math.floor(random() * values.length)];

/** Running sums of weights, for `pickIndex`. */
export function cumulative(weights: readonly number[]): Float64Array {
  let sum = 0;
  return Float64Array.from(weights, (weight) => (sum += weight));
}

/** An index drawn with the probabilities of the weights behind `sums` (see `cumulative`). */
export function pickIndex(random: Random, sums: Float64Array): number {
  return Math.min(bisect(sums, random() * sums[sums.length - 1]), sums.length - 1);
}

/** How many of the ascending `values` are at most `at`. */
export function bisect(values: ArrayLike<number>, at: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (values[middle] <= at) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** A standard normal number (Box-Muller). */
export function normal(random: Random): number {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

const UUID_PARTS = /^(.{8})(.{4}).(.{3}).(.{3})(.{12})$/;

/**
 * A version 4 UUID drawn from `random`. (Made by one replace, a flat string: slices joined by
 * a template would keep ~370 bytes per UUID alive, 70 MB for 200,000 shares.)
 */
export function uuid(random: Random): string {
  let hex = '';
  for (let i = 0; i < 4; i += 1) {
    hex += Math.floor(random() * 2 ** 32)
      .toString(16)
      .padStart(8, '0');
  }
  return hex.replace(UUID_PARTS, `$1-$2-4$3-${'89ab'[Math.floor(random() * 4)]}$4-$5`);
}

/** `count` distinct tracked-link codes in the format Chorus gives out (libs/core). */
export function trackedCodes(random: Random, count: number): string[] {
  const codes = new Set<string>();
  while (codes.size < count) {
    let code = '';
    for (let i = 0; i < TRACKED_CODE_LENGTH; i += 1) {
      code += TRACKED_CODE_ALPHABET[Math.floor(random() * TRACKED_CODE_ALPHABET.length)];
    }
    codes.add(code);
  }
  return [...codes];
}
