import { findLoneSurrogate, nestsDeeperThan as nestsDeeperThanBytes } from './json-body';

const nestsDeeperThan = (json: string, limit: number) =>
  nestsDeeperThanBytes(Buffer.from(json, 'utf8'), limit);

describe('nestsDeeperThan', () => {
  it('counts nested arrays and objects', () => {
    expect(nestsDeeperThan('{"a":[{"b":[1]}]}', 4)).toBe(false);
    expect(nestsDeeperThan('{"a":[{"b":[1]}]}', 3)).toBe(true);
  });

  it('does not count brackets inside strings, escaped quotes included', () => {
    expect(nestsDeeperThan('{"a":"[[[[\\"[[[["}', 1)).toBe(false);
    expect(nestsDeeperThan('["\\\\",[[1]]]', 2)).toBe(true);
  });

  it('finds a deep body without recursing, however deep it is', () => {
    const deep = `{"email":${'['.repeat(500_000)}${']'.repeat(500_000)},"password":"x"}`;
    expect(nestsDeeperThan(deep, 32)).toBe(true);
  });

  it('reads multi-byte UTF-8 text without mistaking it for brackets', () => {
    expect(nestsDeeperThan('{"name":"Zoë [ 🎵 ] 漢字","a":[1]}', 2)).toBe(false);
    expect(nestsDeeperThan('{"name":"漢字","a":[[1]]}', 2)).toBe(true);
  });

  it('counts depth, not the number of siblings', () => {
    expect(nestsDeeperThan(`[${Array(10_000).fill('[1]').join(',')}]`, 2)).toBe(false);
  });
});

describe('findLoneSurrogate', () => {
  it('names the field whose text holds an unpaired surrogate', () => {
    expect(findLoneSurrogate(JSON.parse('{"email":"\\ud800x","password":"x"}'))).toBe('email');
    expect(findLoneSurrogate(JSON.parse('{"a":[{"b":"ok"},{"b":"\\udfff"}]}'))).toBe('a[1].b');
    expect(findLoneSurrogate(JSON.parse('{"\\ud800":1}'))).toBe('\ud800');
    expect(findLoneSurrogate(JSON.parse('"\\ud800"'))).toBe('(body)');
  });

  it('accepts well-formed text, emoji (a surrogate pair) included', () => {
    expect(findLoneSurrogate(JSON.parse('{"name":"Zoë \\ud83d\\ude00","tags":["a",1,null]}'))).toBe(
      undefined,
    );
  });
});
