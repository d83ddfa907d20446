/**
 * One CSV document (RFC 4180, CRLF line ends) from a header and rows. Cells that a spreadsheet
 * would run as a formula (=, +, -, @ first) get a leading apostrophe: an export must never run
 * code in the reader's spreadsheet.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

function csvCell(value: unknown): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
