import { LOCKS } from './advisory-lock';

describe('LOCKS', () => {
  it('gives every lock a key of its own, so that two kinds of work never wait on each other', () => {
    const keys = Object.values(LOCKS);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
