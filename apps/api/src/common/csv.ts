/**
 * CSV documents (RFC 4180, CRLF line ends). Text cells that a spreadsheet would run as a
 * formula (=, +, -, @ first) get a leading apostrophe: an export must never run code in the
 * reader's spreadsheet. Numbers are written as they are.
 */
export function toCsv(header: readonly string[], rows: Iterable<readonly unknown[]>): string {
  return [header, ...rows].map(csvLine).join('');
}

/**
 * The same document in chunks of lines, for streaming a large export to the client as its
 * rows arrive rather than building it whole.
 */
export async function* csvChunks(
  header: readonly string[],
  rows: Iterable<readonly unknown[]> | AsyncIterable<readonly unknown[]>,
  linesPerChunk = 500,
): AsyncGenerator<string> {
  let chunk = csvLine(header);
  let lines = 1;
  for await (const row of rows) {
    chunk += csvLine(row);
    lines += 1;
    if (lines === linesPerChunk) {
      yield chunk;
      chunk = '';
      lines = 0;
    }
  }
  if (chunk) yield chunk;
}

function csvLine(row: readonly unknown[]): string {
  return row.map(csvCell).join(',') + '\r\n';
}

function csvCell(value: unknown): string {
  // A number is never a formula, and needs no quotes.
  if (typeof value === 'number') return String(value);
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
