import { LETTER, SPACE, UNDERSCORE, UPPER, foldText, foldedString, termKey } from './normalize';

describe('termKey', () => {
  it.each([
    ['Project Falcon', 'project falcon'],
    ['  PROJECT--FALCON ', 'project falcon'],
    ['project_falcon', 'project falcon'],
    ['Project \u2013 Falcon', 'project falcon'],
    ['Café Noir', 'cafe noir'],
    ['Cafe\u0301 Noir', 'cafe noir'],
    ['Straße', 'strasse'],
    ['Søren Ærø', 'soren aero'],
    ['Œuvre', 'oeuvre'],
    ['Łódź', 'lodz'],
    ['Đorđe', 'dorde'],
    ['Iıİ', 'iii'],
    ['ΜΑΛΑΚΑΣ', 'μαλακασ'],
    ['μαλάκας', 'μαλακασ'],
    ['Ｆａｌｃｏｎ', 'falcon'],
    ['Fal\u00adcon', 'falcon'],
    ['Falcon™', 'falcon™'],
    ['z’n', "z'n"],
    ['C++', 'c++'],
    ['---', ''],
  ])('folds %j to %j', (term, key) => {
    expect(termKey(term)).toBe(key);
  });

  it('gives two spellings of one term the same key, and different terms different keys', () => {
    expect(termKey('Café-Noir')).toBe(termKey('cafe  noir'));
    expect(termKey('Falcon')).not.toBe(termKey('Falcons'));
  });
});

describe('foldText', () => {
  it('maps each folded unit back to the original, across emoji and expansions', () => {
    const text = '👨‍👩‍👧 Straße–Nord';
    const folded = foldText(text);
    const key = foldedString(folded);
    expect(key).toBe('👨👩👧 strasse nord');
    const at = key.indexOf('strasse');
    const last = at + 'strasse'.length - 1;
    expect(text.slice(folded.starts[at], folded.ends[last])).toBe('Straße');
    const nord = key.indexOf('nord');
    expect(text.slice(folded.starts[nord], folded.ends[nord + 3])).toBe('Nord');
  });

  it('collapses runs of separators into one space spanning all of them', () => {
    const text = 'a -_ b';
    const folded = foldText(text);
    expect(foldedString(folded)).toBe('a b');
    expect(folded.flags[1] & SPACE).toBeTruthy();
    expect(text.slice(folded.starts[1], folded.ends[1])).toBe(' -_ ');
    expect(folded.flags[1] & UNDERSCORE).toBeFalsy();
    expect(foldText('a__b').flags[1] & UNDERSCORE).toBeTruthy();
  });

  it('keeps a decomposed accent with its letter and remembers the original case', () => {
    const text = 'E\u0301t';
    const folded = foldText(text);
    expect(foldedString(folded)).toBe('et');
    expect(text.slice(folded.starts[0], folded.ends[0])).toBe('E\u0301');
    expect(folded.flags[0] & (LETTER | UPPER)).toBe(LETTER | UPPER);
  });

  it('grows its buffers when folding makes the text longer, shared ones too', () => {
    const text = `${'ß'.repeat(3000)} ﬃ`;
    for (const reuse of [false, true, true]) {
      const folded = foldText(text, reuse);
      expect(folded.length).toBe(6000 + 1 + 3);
      expect(foldedString(folded, 5998)).toBe('ss ffi');
      expect(text.slice(folded.starts[5999], folded.ends[6003])).toBe('ß ﬃ');
    }
    expect(foldedString(foldText('Short', true))).toBe('short');
  });
});
