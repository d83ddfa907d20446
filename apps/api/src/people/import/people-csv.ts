import {
  preferredLanguageOf,
  isRole,
  LANGUAGE_NAMES,
  normalizeEmail,
  PREFERRED_LANGUAGES,
  ROLES,
  renderMessage,
  type MessageKey,
  type MessageParams,
  type PreferredLanguage,
  type Role,
} from '@chorus/core';
import { CsvError, parse } from 'csv-parse/sync';
// The same check as every email field of the API, so an import accepts what an invitation does.
import { isEmail } from 'class-validator';

/**
 * Reads the people CSV an HR export produces, for the bulk import. Pure: bytes in, rows and
 * problems out. Whatever is wrong with the file as a whole throws a PeopleCsvFileError; whatever
 * is wrong with one line becomes an ImportProblem, so an admin sees every problem at once.
 */

export const PEOPLE_CSV_COLUMNS = [
  'email',
  'name',
  'department',
  'location',
  'language',
  'roles',
] as const;

export type PeopleCsvColumn = (typeof PEOPLE_CSV_COLUMNS)[number];

export const MAX_IMPORT_ROWS = 50_000;

export interface ImportRow {
  /** Physical line in the file where the record starts (the header is line 1). */
  line: number;
  /** Trimmed, lower-cased. */
  email: string;
  /** Trimmed, with runs of whitespace (line breaks included) collapsed to one space. */
  name: string;
  /** As name; null when empty or the column is absent. */
  department: string | null;
  location: string | null;
  /** Null when empty or the column is absent. */
  language: PreferredLanguage | null;
  /** Null when empty or the column is absent; de-duplicated, in ROLES order. */
  roles: Role[] | null;
}

export interface ImportProblem {
  line: number;
  /** The column the problem is in; null when it is about the whole line. */
  column: string | null;
  /** The sentence by catalogue key, for clients that say it in their reader's language. */
  key: MessageKey;
  params: MessageParams;
  /** The sentence in English. */
  message: string;
}

/** A problem on one line of the file, said by key. */
export function importProblem(
  line: number,
  column: string | null,
  key: MessageKey,
  params: MessageParams = {},
): ImportProblem {
  return { line, column, key, params, message: renderMessage('en', key, params) };
}

export interface ParsedPeopleCsv {
  rows: ImportRow[];
  problems: ImportProblem[];
}

/** A problem with the whole file (encoding, header, structure): nothing in it can be imported. */
export class PeopleCsvFileError extends Error {
  override name = 'PeopleCsvFileError';

  constructor(
    readonly key: MessageKey,
    readonly params: MessageParams = {},
  ) {
    super(renderMessage('en', key, params));
  }
}

const REQUIRED_COLUMNS: readonly PeopleCsvColumn[] = ['email', 'name'];
const MAX_LENGTH = { email: 320, name: 200, department: 120, location: 120 } as const;
const EXAMPLE_HEADER = PEOPLE_CSV_COLUMNS.join(',');
const ACCEPTED_COLUMNS = PEOPLE_CSV_COLUMNS.join(', ');
const DELIMITER_NAMES = { ',': 'comma', ';': 'semicolon', '\t': 'tab' } as const;
type Delimiter = keyof typeof DELIMITER_NAMES;

const ROLE_SEPARATORS = /[;|,\s]+/;

interface CsvRecord {
  line: number;
  fields: string[];
}

type ColumnPositions = Partial<Record<PeopleCsvColumn, number>>;

export function parsePeopleCsv(file: Buffer): ParsedPeopleCsv {
  // Excel writes \r\n, old Mac exports \r: one kind of line break keeps line numbers simple.
  const text = decodeUtf8(file).replace(/\r\n?/g, '\n');
  const delimiter = detectDelimiter(text);
  const [header, ...records] = readRecords(text, delimiter);
  if (header === undefined) {
    throw new PeopleCsvFileError('errors:import.empty', { example: EXAMPLE_HEADER });
  }
  const columns = readHeader(header.fields);
  if (records.length === 0) {
    throw new PeopleCsvFileError('errors:import.noPeople');
  }
  return validateRecords(records, columns, header.fields.length, delimiter);
}

function decodeUtf8(file: Buffer): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(file);
  } catch {
    throw new PeopleCsvFileError('errors:import.notUtf8');
  }
  // UTF-16 files and spreadsheets saved under a .csv name are full of NUL characters.
  if (text.includes('\u0000')) {
    throw new PeopleCsvFileError('errors:import.nulCharacters');
  }
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

/** The separator used most, outside quotes, on the first line that is not blank; comma on a tie. */
function detectDelimiter(text: string): Delimiter {
  const headerLine = /^.*\S.*$/m.exec(text)?.[0] ?? '';
  const counts: Record<Delimiter, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const char of headerLine) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && char in counts) counts[char as Delimiter] += 1;
  }
  let best: Delimiter = ',';
  for (const candidate of [';', '\t'] as const) {
    if (counts[candidate] > counts[best]) best = candidate;
  }
  return best;
}

/** Every record that is not blank, the header first, each with the line it starts on. */
function readRecords(text: string, delimiter: Delimiter): CsvRecord[] {
  const records: CsvRecord[] = [];
  let lastLineRead = 0;
  try {
    parse(text, {
      delimiter,
      record_delimiter: '\n',
      relax_column_count: true,
      skip_empty_lines: true,
      on_record: (fields: string[], context) => {
        // `lines` is the line the record ends on; a record only spans lines inside quoted fields.
        lastLineRead = context.lines;
        if (fields.every((field) => field.trim() === '')) return null;
        if (records.length > MAX_IMPORT_ROWS) {
          throw new PeopleCsvFileError('errors:import.tooManyPeople', { max: MAX_IMPORT_ROWS });
        }
        records.push({ line: context.lines - countLineBreaks(fields), fields });
        return null;
      },
    });
  } catch (error) {
    if (error instanceof CsvError) throw structureError(error, text, lastLineRead);
    throw error;
  }
  return records;
}

function countLineBreaks(fields: string[]): number {
  let count = 0;
  for (const field of fields) {
    for (let at = field.indexOf('\n'); at !== -1; at = field.indexOf('\n', at + 1)) count += 1;
  }
  return count;
}

function structureError(error: CsvError, text: string, lastLineRead: number): PeopleCsvFileError {
  if (error.code === 'CSV_QUOTE_NOT_CLOSED') {
    // csv-parse reports the end of the file; the admin needs the line where the quote opened,
    // which is where the record after the last one read starts (empty lines are skipped).
    const lines = text.split('\n');
    let index = lastLineRead;
    while (index < lines.length - 1 && lines[index] === '') index += 1;
    return new PeopleCsvFileError('errors:import.quoteNotClosed', { line: index + 1 });
  }
  return typeof error.lines === 'number'
    ? new PeopleCsvFileError('errors:import.strayQuote', { line: error.lines })
    : new PeopleCsvFileError('errors:import.strayQuoteSomewhere');
}

function readHeader(fields: string[]): ColumnPositions {
  const names = fields.map((field) => field.trim().toLowerCase());
  const empty = names.indexOf('');
  if (empty !== -1) {
    throw new PeopleCsvFileError('errors:import.unnamedColumn', {
      position: empty + 1,
      accepted: ACCEPTED_COLUMNS,
    });
  }
  const unknown = names.filter((name) => !isColumn(name));
  if (unknown.length > 0) {
    const listed = unknown.map((name) => `"${name}"`).join(', ');
    throw new PeopleCsvFileError('errors:import.unknownColumns', {
      count: unknown.length,
      columns: listed,
      accepted: ACCEPTED_COLUMNS,
    });
  }
  const positions: ColumnPositions = {};
  names.forEach((name, position) => {
    if (!isColumn(name)) return;
    if (positions[name] !== undefined) {
      throw new PeopleCsvFileError('errors:import.repeatedColumn', {
        column: name,
        accepted: ACCEPTED_COLUMNS,
      });
    }
    positions[name] = position;
  });
  const missing = REQUIRED_COLUMNS.filter((column) => positions[column] === undefined);
  const [first, second] = missing;
  if (second !== undefined) {
    throw new PeopleCsvFileError('errors:import.missingColumns', {
      first,
      second,
      example: EXAMPLE_HEADER,
    });
  }
  if (first !== undefined) {
    throw new PeopleCsvFileError('errors:import.missingColumn', {
      column: first,
      example: EXAMPLE_HEADER,
    });
  }
  return positions;
}

function isColumn(name: string): name is PeopleCsvColumn {
  return (PEOPLE_CSV_COLUMNS as readonly string[]).includes(name);
}

function validateRecords(
  records: CsvRecord[],
  columns: ColumnPositions,
  columnCount: number,
  delimiter: Delimiter,
): ParsedPeopleCsv {
  const rows: ImportRow[] = [];
  const problems: ImportProblem[] = [];
  const firstLineOfEmail = new Map<string, number>();

  for (const { line, fields } of records) {
    if (fields.length !== columnCount) {
      problems.push(
        importProblem(line, null, 'errors:import.valueCount', {
          count: fields.length,
          columns: columnCount,
          separator: DELIMITER_NAMES[delimiter],
        }),
      );
      continue;
    }

    const found = problems.length;
    const report =
      (column: PeopleCsvColumn): Report =>
      (key, params) =>
        problems.push(importProblem(line, column, key, params));
    const value = (column: PeopleCsvColumn): string => {
      const position = columns[column];
      return position === undefined ? '' : fields[position];
    };

    const email = readEmail(value('email'), report('email'));
    if (email !== null) {
      const firstLine = firstLineOfEmail.get(email);
      if (firstLine === undefined) firstLineOfEmail.set(email, line);
      else report('email')('errors:import.emailRepeated', { email, line: firstLine });
    }
    const name = readText(value('name'), 'name', report('name'));
    if (value('name').trim() === '') report('name')('errors:import.nameMissing');
    const department = readText(value('department'), 'department', report('department'));
    const location = readText(value('location'), 'location', report('location'));
    const language = readLanguage(value('language'), report('language'));
    const roles = readRoles(value('roles'), report('roles'));

    if (problems.length === found && email !== null && name !== null) {
      rows.push({ line, email, name, department, location, language, roles });
    }
  }
  return { rows, problems };
}

type Report = (key: MessageKey, params?: MessageParams) => void;

const TOO_LONG = {
  name: 'errors:import.nameTooLong',
  department: 'errors:import.departmentTooLong',
  location: 'errors:import.locationTooLong',
} as const;

/** The address as Chorus stores it, or null after reporting why it cannot be used. */
function readEmail(raw: string, report: Report): string | null {
  const email = normalizeEmail(raw);
  if (email === '') {
    report('errors:import.emailMissing');
  } else if (isLongerThan(email, MAX_LENGTH.email)) {
    report('errors:import.emailTooLong', { max: MAX_LENGTH.email });
  } else if (!isEmail(email)) {
    report('errors:import.emailInvalid', { value: raw.trim() });
  } else {
    return email;
  }
  return null;
}

/** Trimmed text with whitespace runs collapsed; null when empty (or after reporting it too long). */
function readText(raw: string, column: keyof typeof TOO_LONG, report: Report): string | null {
  const text = raw.replace(/\s+/g, ' ').trim();
  if (text === '') return null;
  const max = MAX_LENGTH[column];
  if (isLongerThan(text, max)) {
    report(TOO_LONG[column], { max });
    return null;
  }
  return text;
}

function readLanguage(raw: string, report: Report): PreferredLanguage | null {
  if (raw.trim() === '') return null;
  const language = preferredLanguageOf(raw);
  if (language) return language;
  const listed = PREFERRED_LANGUAGES.map((code) => `${code} (${LANGUAGE_NAMES[code]})`).join(', ');
  report('errors:import.unsupportedLanguage', { value: raw.trim(), languages: listed });
  return null;
}

function readRoles(raw: string, report: Report): Role[] | null {
  const names = raw.split(ROLE_SEPARATORS).filter((name) => name !== '');
  if (names.length === 0) return null;
  const held = new Set<Role>();
  const unknown = new Set<string>();
  for (const name of names) {
    const role = name.toLowerCase();
    if (isRole(role)) held.add(role);
    else unknown.add(name);
  }
  for (const name of unknown) {
    report('errors:import.unknownRole', { value: name, roles: ROLES.join(', ') });
  }
  return ROLES.filter((role) => held.has(role));
}

/** Counts characters as PostgreSQL does (code points, not UTF-16 units). */
function isLongerThan(text: string, max: number): boolean {
  return text.length > max && [...text].length > max;
}
