/**
 * A small seeded random generator (mulberry32): the same seed gives the same numbers in [0, 1),
 * so demo data looks the same on every install and a failing randomised test can be replayed.
 * Not for secrets.
 */
export function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
