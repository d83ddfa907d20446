import { ELLIPSIS, escapeMrkdwn, truncateAtWord, truncateText } from './chat-text';

describe('truncateText', () => {
  it('leaves text that fits as it is', () => {
    expect(truncateText('Quarterly results', 17)).toBe('Quarterly results');
  });

  it('cuts longer text to the limit, ending with an ellipsis', () => {
    const cut = truncateText('Quarterly results are in', 12);
    expect(cut).toBe(`Quarterly r${ELLIPSIS}`);
    expect(cut.length).toBeLessThanOrEqual(12);
  });

  it.each([
    ['an emoji made of a surrogate pair', `${'a'.repeat(9)}😀😀`],
    ['a family emoji joined by ZWJ', `${'a'.repeat(8)}👨‍👩‍👧‍👦 b`],
    ['a flag of two regional indicators', `${'a'.repeat(9)}🇩🇰🇬🇷`],
    ['a letter and its combining accent', `${'a'.repeat(9)}e\u0301e\u0301e\u0301`],
    ['a skin-tone modifier', `${'a'.repeat(9)}👍🏽👍🏽`],
  ])('never cuts inside %s', (_what, text) => {
    const cut = truncateText(text, 12);
    expect(cut.length).toBeLessThanOrEqual(12);
    expect(cut.endsWith(ELLIPSIS)).toBe(true);
    const kept = cut.slice(0, -1);
    // What is kept is a prefix of whole graphemes: segmenting it gives the text's own graphemes.
    const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    const graphemes = [...segmenter.segment(text)].map(({ segment }) => segment);
    const keptGraphemes = [...segmenter.segment(kept)].map(({ segment }) => segment);
    expect(graphemes.slice(0, keptGraphemes.length)).toEqual(keptGraphemes);
    expect(kept).not.toMatch(/[\uD800-\uDBFF]$/);
  });

  it('counts escapes at their escaped length and never cuts one in half', () => {
    const cut = truncateText('a<b>&c'.repeat(10), 20, escapeMrkdwn);
    expect(cut.length).toBeLessThanOrEqual(20);
    expect(cut).not.toMatch(/&(a|am|l|g|lt|gt|amp)?…$/);
    expect(cut.startsWith('a&lt;b&gt;&amp;c')).toBe(true);
  });

  it('reads only as much of a huge text as can fit', () => {
    const huge = 'word '.repeat(2_000_000);
    expect(truncateText(huge, 150).length).toBeLessThanOrEqual(150);
  });
});

describe('truncateAtWord', () => {
  it('leaves text that fits as it is', () => {
    expect(truncateAtWord('Quarterly results are in', 24)).toBe('Quarterly results are in');
  });

  it('ends at the last whole word, within the limit', () => {
    expect(truncateAtWord('Quarterly results are in', 20)).toBe(`Quarterly results${ELLIPSIS}`);
  });

  it('cuts inside a word only when the last space leaves less than half', () => {
    expect(truncateAtWord('Quarterly extraordinarily', 16)).toBe(`Quarterly${ELLIPSIS}`);
    expect(truncateAtWord('A extraordinarily', 10)).toBe(`A extraor${ELLIPSIS}`);
  });

  it('never cuts inside a grapheme', () => {
    expect(truncateAtWord(`Hej ${'👨‍👩‍👧‍👦'.repeat(3)}`, 16)).toBe(`Hej 👨‍👩‍👧‍👦${ELLIPSIS}`);
  });
});

describe('escapeMrkdwn', () => {
  it("escapes Slack's control characters, so text cannot mention or link", () => {
    expect(escapeMrkdwn('<!channel> & <https://evil.example|click>')).toBe(
      '&lt;!channel&gt; &amp; &lt;https://evil.example|click&gt;',
    );
  });
});
