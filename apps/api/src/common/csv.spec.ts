import { toCsv } from './csv';

describe('toCsv', () => {
  it('quotes cells with commas, quotes and line breaks, and ends every line with CRLF', () => {
    expect(toCsv(['name', 'note'], [['Jan, Piet', 'said "hi"\nthen left']])).toBe(
      'name,note\r\n"Jan, Piet","said ""hi""\nthen left"\r\n',
    );
  });

  it('defuses cells a spreadsheet would run as a formula', () => {
    expect(toCsv(['a'], [['=HYPERLINK("x")'], ['+1'], ['-2'], ['@SUM(A1)']])).toBe(
      'a\r\n"\'=HYPERLINK(""x"")"\r\n\'+1\r\n\'-2\r\n\'@SUM(A1)\r\n',
    );
  });

  it('writes empty cells for null and undefined', () => {
    expect(toCsv(['a', 'b', 'c'], [[null, undefined, 0]])).toBe('a,b,c\r\n,,0\r\n');
  });
});
