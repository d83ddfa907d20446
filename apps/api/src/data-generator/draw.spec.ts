import { seededRandom } from '@chorus/core';
import { cumulative, pickIndex, randomFromSeed, trackedCodes, uuid } from './draw';

describe('draws', () => {
  it('come from libs/core’s seeded generator', () => {
    const ours = randomFromSeed(42);
    const core = seededRandom(42);
    expect([ours(), ours(), ours()]).toEqual([core(), core(), core()]);
  });

  it('make version 4 UUIDs', () => {
    const random = randomFromSeed(1);
    const ids = Array.from({ length: 500 }, () => uuid(random));
    for (const id of ids) {
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    }
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('make as many distinct tracked-link codes as asked', () => {
    const codes = trackedCodes(randomFromSeed(2), 2_000);
    expect(codes).toHaveLength(2_000);
    expect(new Set(codes).size).toBe(2_000);
    expect(trackedCodes(randomFromSeed(2), 0)).toEqual([]);
  });

  it('pick indices in proportion to their weights, never one of weight 0', () => {
    const random = randomFromSeed(5);
    const sums = cumulative([1, 0, 3]);
    const counts = [0, 0, 0];
    for (let i = 0; i < 4000; i += 1) counts[pickIndex(random, sums)] += 1;
    expect(counts[1]).toBe(0);
    expect(counts[2] / counts[0]).toBeGreaterThan(2.5);
    expect(counts[2] / counts[0]).toBeLessThan(3.5);
  });
});
