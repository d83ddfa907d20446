import { AhoCorasick } from './aho-corasick';

function codes(text: string): Uint16Array {
  return Uint16Array.from(text, (char) => char.charCodeAt(0));
}

function scanAll(patterns: string[], text: string): string[] {
  const found: string[] = [];
  AhoCorasick.compile(patterns).scan(codes(text), 0, text.length, (pattern, start, end) =>
    found.push(`${patterns[pattern]}@${start}-${end}`),
  );
  return found.sort();
}

function naive(patterns: string[], text: string): string[] {
  const found: string[] = [];
  patterns.forEach((pattern) => {
    if (!pattern) return;
    for (let at = text.indexOf(pattern); at >= 0; at = text.indexOf(pattern, at + 1)) {
      found.push(`${pattern}@${at}-${at + pattern.length}`);
    }
  });
  return found.sort();
}

describe('AhoCorasick', () => {
  it('finds overlapping and nested patterns', () => {
    expect(scanAll(['he', 'she', 'his', 'hers'], 'ushers')).toEqual([
      'he@2-4',
      'hers@2-6',
      'she@1-4',
    ]);
  });

  it('never matches an empty pattern', () => {
    expect(scanAll(['', 'a'], 'aa')).toEqual(['a@0-1', 'a@1-2']);
  });

  it('agrees with a naive search on random text', () => {
    let seed = 42;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const word = (length: number) => Array.from({ length }, () => 'abcd'[random(4)]).join('');
    for (let round = 0; round < 50; round += 1) {
      const patterns = Array.from({ length: 1 + random(12) }, () => word(1 + random(5)));
      const text = word(200);
      expect(scanAll(patterns, text)).toEqual(naive(patterns, text));
    }
  });

  it('stays correct with an alphabet too large for the dense table', () => {
    // 3000 patterns of two distinct CJK characters: the table would have 36 million cells.
    const patterns = Array.from({ length: 3000 }, (_, i) =>
      String.fromCharCode(0x4e00 + 2 * i, 0x4e01 + 2 * i),
    );
    const text = `x${patterns[7]}${patterns[2999]}y${patterns[7].slice(1)}${patterns[8]}`;
    expect(scanAll(patterns, text)).toEqual(naive(patterns, text));
    expect(scanAll(patterns, text)).toHaveLength(3);
  });
});
