import { csvChunks, toCsv } from './csv';

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

  it('writes numbers as they are, negative ones too', () => {
    expect(toCsv(['a', 'b'], [[-2, 1.5]])).toBe('a,b\r\n-2,1.5\r\n');
  });

  it('writes empty cells for null and undefined', () => {
    expect(toCsv(['a', 'b', 'c'], [[null, undefined, 0]])).toBe('a,b,c\r\n,,0\r\n');
  });
});

describe('csvChunks', () => {
  it('writes the same document in chunks of whole lines', async () => {
    const rows = Array.from({ length: 7 }, (_, i) => [i, `row ${i}`]);
    const chunks: string[] = [];
    for await (const chunk of csvChunks(['n', 'label'], rows, 3)) chunks.push(chunk);
    expect(chunks).toHaveLength(3);
    expect(chunks.every((chunk) => chunk.endsWith('\r\n'))).toBe(true);
    expect(chunks.join('')).toBe(toCsv(['n', 'label'], rows));
  });
});
