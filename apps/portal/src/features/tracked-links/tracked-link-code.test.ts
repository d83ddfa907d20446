import { trackedCodeOf } from './tracked-link-code';

describe('trackedCodeOf', () => {
  it('takes the code from a whole tracked link', () => {
    expect(trackedCodeOf('https://chorus.example.com/r/AbC123xyz0')).toBe('AbC123xyz0');
    expect(trackedCodeOf('  http://localhost:3000/r/AbC123xyz0/?utm=x#top ')).toBe('AbC123xyz0');
  });

  it('takes a link pasted without its scheme, or the code alone', () => {
    expect(trackedCodeOf('chorus.example.com/r/AbC123xyz0')).toBe('AbC123xyz0');
    expect(trackedCodeOf('AbC123xyz0')).toBe('AbC123xyz0');
  });

  it('refuses what is neither', () => {
    expect(trackedCodeOf('')).toBeNull();
    expect(trackedCodeOf('https://chorus.example.com/content/AbC123xyz0')).toBeNull();
    expect(trackedCodeOf('https://chorus.example.com/r/AbC-123')).toBeNull();
    expect(trackedCodeOf('not a link')).toBeNull();
  });
});
