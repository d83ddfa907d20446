import { PREFERRED_LANGUAGES, ROLES } from '@chorus/core';
import {
  MAX_IMPORT_ROWS,
  parsePeopleCsv,
  PEOPLE_CSV_COLUMNS,
  PeopleCsvFileError,
  type ImportProblem,
} from './people-csv';

const HEADER = PEOPLE_CSV_COLUMNS.join(',');

/** A file from its lines, joined with \n unless told otherwise. */
function csv(lines: string[], lineBreak = '\n'): Buffer {
  return Buffer.from(lines.join(lineBreak), 'utf8');
}

/** A file of email,name rows for `count` people. */
function manyPeople(count: number): Buffer {
  const lines = ['email,name'];
  for (let i = 1; i <= count; i += 1) lines.push(`person${i}@example.com,Person ${i}`);
  return csv(lines);
}

function fileError(file: Buffer): PeopleCsvFileError {
  try {
    parsePeopleCsv(file);
  } catch (error) {
    expect(error).toBeInstanceOf(PeopleCsvFileError);
    return error as PeopleCsvFileError;
  }
  throw new Error('Expected the file to be rejected as a whole');
}

/** The problems of a file with the given rows under the full header. */
/** What each problem says, and where: the English sentence a key renders. */
function said(problems: ImportProblem[]) {
  return problems.map(({ line, column, message }) => ({ line, column, message }));
}

function problemsOf(...rows: string[]): ImportProblem[] {
  const { rows: imported, problems } = parsePeopleCsv(csv([HEADER, ...rows]));
  expect(imported).toEqual([]);
  return problems;
}

describe('parsePeopleCsv', () => {
  describe('a valid file', () => {
    it('reads every column, trimming values, lower-casing emails and ordering roles', () => {
      const result = parsePeopleCsv(
        csv([
          HEADER,
          ' Ann.Smith@Example.COM , Ann Smith ,Sales, Amsterdam ,NL,Admin;employee;admin',
          'bob@example.com,Bob Jones,Engineering,Berlin,de,curator',
        ]),
      );

      expect(result.problems).toEqual([]);
      expect(result.rows).toEqual([
        {
          line: 2,
          email: 'ann.smith@example.com',
          name: 'Ann Smith',
          department: 'Sales',
          location: 'Amsterdam',
          language: 'nl',
          roles: ['employee', 'admin'],
        },
        {
          line: 3,
          email: 'bob@example.com',
          name: 'Bob Jones',
          department: 'Engineering',
          location: 'Berlin',
          language: 'de',
          roles: ['curator'],
        },
      ]);
    });

    it('accepts the columns in any order, with only email and name required', () => {
      const { rows, problems } = parsePeopleCsv(csv(['name,email', 'Ann,ann@example.com']));

      expect(problems).toEqual([]);
      expect(rows).toEqual([
        {
          line: 2,
          email: 'ann@example.com',
          name: 'Ann',
          department: null,
          location: null,
          language: null,
          roles: null,
        },
      ]);
    });

    it('reads languages as HR systems write them: any case, with a region, Norwegian as no', () => {
      const { rows } = parsePeopleCsv(
        csv([
          'email,name,language',
          'a@example.com,A,NO',
          'b@example.com,B,en-GB',
          'c@example.com,C,nb_NO',
        ]),
      );

      expect(rows.map((row) => row.language)).toEqual(['nb', 'en', 'nb']);
    });

    it('reads header names whatever their case and surrounding spaces', () => {
      const { rows } = parsePeopleCsv(csv([' Email , NAME ,Language', 'ann@example.com,Ann,en']));

      expect(rows).toMatchObject([{ email: 'ann@example.com', name: 'Ann', language: 'en' }]);
    });

    it('gives null for optional values left empty', () => {
      const { rows } = parsePeopleCsv(csv([HEADER, 'ann@example.com,Ann, , ,,  ']));

      expect(rows).toMatchObject([
        { department: null, location: null, language: null, roles: null },
      ]);
    });

    it('reads a semicolon-separated file, as Excel writes in many European locales', () => {
      const { rows, problems } = parsePeopleCsv(
        csv([
          'email;name;department;roles',
          'ann@example.com;"Smith, Ann";Sales;"curator;analyst"',
        ]),
      );

      expect(problems).toEqual([]);
      expect(rows).toMatchObject([
        { name: 'Smith, Ann', department: 'Sales', roles: ['curator', 'analyst'] },
      ]);
    });

    it('reads a tab-separated file', () => {
      const { rows } = parsePeopleCsv(
        csv(['email\tname\tlocation', 'ann@example.com\tAnn\tParis']),
      );

      expect(rows).toMatchObject([{ email: 'ann@example.com', name: 'Ann', location: 'Paris' }]);
    });

    it('ignores the byte order mark Excel puts before "CSV UTF-8" files', () => {
      const file = Buffer.concat([
        Buffer.from([0xef, 0xbb, 0xbf]),
        csv(['email,name', 'zoë@example.com,Zoë']),
      ]);

      expect(parsePeopleCsv(file).rows).toMatchObject([{ email: 'zoë@example.com', name: 'Zoë' }]);
    });

    it('reads Windows line breaks and counts lines the same way', () => {
      const { rows } = parsePeopleCsv(
        csv(['email,name', 'ann@example.com,Ann', '', 'bob@example.com,Bob', ''], '\r\n'),
      );

      expect(rows.map(({ line, name }) => ({ line, name }))).toEqual([
        { line: 2, name: 'Ann' },
        { line: 4, name: 'Bob' },
      ]);
    });

    it('skips blank lines and lines of only separators, keeping physical line numbers', () => {
      const { rows, problems } = parsePeopleCsv(
        csv([
          '',
          'email,name',
          '',
          'ann@example.com,Ann',
          '   ',
          ',',
          ',,,',
          'bob@example.com,Bob',
          '',
        ]),
      );

      expect(problems).toEqual([]);
      expect(rows.map(({ line, email }) => ({ line, email }))).toEqual([
        { line: 4, email: 'ann@example.com' },
        { line: 8, email: 'bob@example.com' },
      ]);
    });

    it('keeps line numbers right after a quoted value that spans several lines', () => {
      const { rows, problems } = parsePeopleCsv(
        csv(
          [
            'email,name,department',
            'ann@example.com,"Ann\nSmith",Sales',
            'bob@example.com,Bob,"Research and',
            '',
            'Development"',
            'eve@example.com,,Sales',
          ],
          '\r\n',
        ),
      );

      expect(rows).toMatchObject([
        { line: 2, name: 'Ann Smith' },
        { line: 4, name: 'Bob', department: 'Research and Development' },
      ]);
      expect(said(problems)).toEqual([{ line: 7, column: 'name', message: expect.any(String) }]);
    });

    it('splits roles on semicolons, bars, commas and spaces, whatever their case', () => {
      const { rows } = parsePeopleCsv(
        csv([
          'email,name,roles',
          'ann@example.com,Ann,"ADMIN | Curator, employee  analyst;curator"',
        ]),
      );

      expect(rows[0].roles).toEqual(['employee', 'curator', 'analyst', 'admin']);
    });

    it('returns all 10,000 people of a large file', () => {
      const { rows, problems } = parsePeopleCsv(manyPeople(10_000));

      expect(problems).toEqual([]);
      expect(rows).toHaveLength(10_000);
      expect(rows[9_999]).toMatchObject({ line: 10_001, email: 'person10000@example.com' });
    });
  });

  describe('a file that cannot be imported at all', () => {
    it('rejects a file that is not UTF-8, such as one saved as "CSV (Comma delimited)"', () => {
      const latin1 = Buffer.from('email,name\nzoe@example.com,Zoë\n', 'latin1');

      expect(fileError(latin1).message).toBe(
        'The file is not UTF-8 text. Save it as "CSV UTF-8" and upload it again.',
      );
    });

    it('rejects a UTF-16 file, as Excel writes for "Unicode Text"', () => {
      const utf16 = Buffer.from('\uFEFFemail,name\nann@example.com,Ann\n', 'utf16le');

      expect(fileError(utf16).message).toMatch(/not UTF-8/);
    });

    it.each([
      ['empty', ''],
      ['only whitespace', ' \n\t\r\n  '],
    ])('rejects an %s file, naming the header line it expects', (_, content) => {
      expect(fileError(Buffer.from(content)).message).toContain(
        'email,name,department,location,language,roles',
      );
    });

    it('rejects a header without people', () => {
      expect(fileError(csv([HEADER, '', '  ', ''])).message).toBe(
        'The file has a header but no people.',
      );
    });

    it.each([
      ['email', 'name,department'],
      ['name', 'Email,location'],
    ])('rejects a header without the %s column', (column, header) => {
      const { message } = fileError(csv([header, 'x,y']));

      expect(message).toContain(`no "${column}" column`);
      expect(message).toContain(HEADER);
    });

    it('rejects an unknown column, naming it and listing the accepted ones', () => {
      const { message } = fileError(csv(['email,name,phone', 'ann@example.com,Ann,123']));

      expect(message).toContain('"phone"');
      expect(message).toContain('email, name, department, location, language, roles');
    });

    it('rejects a file whose first line is a person rather than the header', () => {
      expect(fileError(csv(['ann@example.com,Ann'])).message).toContain('"ann@example.com"');
    });

    it('rejects a column that appears twice, whatever its case', () => {
      const { message } = fileError(csv(['email,name,EMAIL', 'a@example.com,A,b@example.com']));

      expect(message).toContain('"email" appears more than once');
      expect(message).toContain('email, name, department, location, language, roles');
    });

    it('rejects a header column without a name', () => {
      expect(fileError(csv(['email,name,', 'ann@example.com,Ann,'])).message).toContain(
        'Column 3 of the header line has no name',
      );
    });

    it('rejects a quote that is never closed, naming the line where it opens', () => {
      const file = csv([
        'email,name',
        'ann@example.com,Ann',
        '',
        'bob@example.com,"Bob',
        'x,y',
        '',
      ]);

      expect(fileError(file).message).toContain('Line 4 opens a double quote');
    });

    it('rejects a stray quote, naming its line', () => {
      const file = csv(
        ['email,name', 'ann@example.com,"Ann\nSmith"', 'bob@example.com,Bob "Bobby" Jones'],
        '\r\n',
      );

      expect(fileError(file).message).toContain('Line 4 has a double quote');
    });

    it(`rejects more than ${MAX_IMPORT_ROWS.toLocaleString('en-US')} people`, () => {
      expect(fileError(manyPeople(MAX_IMPORT_ROWS + 1)).message).toContain('more than 50,000');
    });
  });

  describe('problems with single lines', () => {
    it('says each problem by key, with the values its sentence needs', () => {
      const [problem] = problemsOf('ann@example.com,Ann,,,,boss');
      expect(problem).toEqual({
        line: 2,
        column: 'roles',
        key: 'errors:import.unknownRole',
        params: { value: 'boss', roles: 'employee, curator, analyst, admin' },
        message: '"boss" is not a role. The roles are: employee, curator, analyst, admin.',
      });
    });

    it('reports a line with a different number of values and still imports the others', () => {
      const { rows, problems } = parsePeopleCsv(
        csv([
          'email,name,department',
          'ann@example.com,Smith, Ann,Sales',
          'bob@example.com,Bob',
          'eve@example.com,Eve,Sales',
        ]),
      );

      expect(rows.map((row) => row.email)).toEqual(['eve@example.com']);
      expect(said(problems)).toEqual([
        {
          line: 2,
          column: null,
          message:
            'This line has 4 values, but the header line has 3 columns. Check for a missing or extra comma, and wrap any value that contains a comma in double quotes.',
        },
        { line: 3, column: null, message: expect.stringContaining('has 2 values') },
      ]);
    });

    it('names the separator of a semicolon file when values are missing', () => {
      const { problems } = parsePeopleCsv(csv(['email;name;location', 'ann@example.com;Ann']));

      expect(problems[0].message).toContain('missing or extra semicolon');
    });

    it.each([
      ['missing', ',Ann', 'Email is missing'],
      ['without @', 'ann.example.com,Ann', '"ann.example.com" is not a valid email address'],
      ['with two @', 'ann@b@example.com,Ann', 'is not a valid email address'],
      ['without local part', '@example.com,Ann', 'is not a valid email address'],
      ['without a dot in the domain', 'ann@example,Ann', 'is not a valid email address'],
      ['with a space', 'ann smith@example.com,Ann', 'is not a valid email address'],
      ['too long', `${'a'.repeat(309)}@example.com,Ann`, 'at most 320 characters'],
    ])('reports an email %s', (_, row, message) => {
      expect(said(parsePeopleCsv(csv(['email,name', row])).problems)).toEqual([
        { line: 2, column: 'email', message: expect.stringContaining(message) },
      ]);
    });

    it('checks emails as the invitation form does: a 64-character local part passes, 65 does not', () => {
      const longest = `${'a'.repeat(64)}@example.com`;
      const tooLong = `${'a'.repeat(65)}@example.com`;

      const { rows, problems } = parsePeopleCsv(
        csv(['email,name', `${longest},Ann`, `${tooLong},Bob`]),
      );
      expect(rows.map((row) => row.email)).toEqual([longest]);
      expect(said(problems)).toEqual([
        {
          line: 3,
          column: 'email',
          message: expect.stringMatching(/is not a valid email address/),
        },
      ]);
    });

    it('refuses a file with NUL characters, such as a UTF-16 export', () => {
      const utf16 = Buffer.from('email,name\nann@example.com,Ann\n', 'utf16le');

      expect(() => parsePeopleCsv(utf16)).toThrow(/NUL characters/);
    });

    it('reports an email that appears again, on the later line, whatever its case', () => {
      const { rows, problems } = parsePeopleCsv(
        csv([
          'email,name',
          'ann@example.com,Ann',
          'bob@example.com,Bob',
          'ANN@example.com,Ann B',
          'ann@example.com,Ann C',
        ]),
      );

      expect(rows.map((row) => row.line)).toEqual([2, 3]);
      expect(said(problems)).toEqual(
        [4, 5].map((line) => ({
          line,
          column: 'email',
          message: 'The email address ann@example.com also appears on line 2.',
        })),
      );
    });

    it('reports a missing name', () => {
      expect(said(problemsOf('ann@example.com,  ,Sales,,,'))).toEqual([
        { line: 2, column: 'name', message: 'Name is missing. Every person needs a name.' },
      ]);
    });

    it('reports a name longer than 200 characters', () => {
      expect(said(problemsOf(`ann@example.com,${'n'.repeat(201)},,,,`))).toEqual([
        {
          line: 2,
          column: 'name',
          message: 'Name is too long. Shorten it to at most 200 characters.',
        },
      ]);
    });

    it('counts characters, not bytes, against the limits', () => {
      const { rows } = parsePeopleCsv(csv(['email,name', `ann@example.com,${'😀'.repeat(200)}`]));

      expect(rows).toHaveLength(1);
    });

    it.each([
      ['department', `ann@example.com,Ann,${'d'.repeat(121)},,,`, 'Department is too long'],
      ['location', `ann@example.com,Ann,,${'l'.repeat(121)},,`, 'Location is too long'],
    ])('reports a %s longer than 120 characters', (column, row, message) => {
      expect(said(problemsOf(row))).toEqual([
        { line: 2, column, message: expect.stringContaining(message) },
      ]);
    });

    it('reports an unsupported language, listing the supported ones', () => {
      const [problem] = problemsOf('ann@example.com,Ann,,,Klingon,');

      expect(problem).toMatchObject({ line: 2, column: 'language' });
      expect(problem.message).toContain('"Klingon" is not a supported language');
      for (const code of PREFERRED_LANGUAGES) expect(problem.message).toContain(`${code} (`);
    });

    it('reports each unknown role, naming it and listing the roles', () => {
      const problems = problemsOf('ann@example.com,Ann,,,,"employee;Manager;root"');

      expect(said(problems)).toEqual([
        {
          line: 2,
          column: 'roles',
          message: `"Manager" is not a role. The roles are: ${ROLES.join(', ')}.`,
        },
        { line: 2, column: 'roles', message: expect.stringContaining('"root" is not a role') },
      ]);
    });

    it('reports every problem of a line, leaving the person out', () => {
      const problems = problemsOf(`not-an-email,,${'d'.repeat(121)},,xx,boss`);

      expect(problems.map(({ line, column }) => ({ line, column }))).toEqual([
        { line: 2, column: 'email' },
        { line: 2, column: 'name' },
        { line: 2, column: 'department' },
        { line: 2, column: 'language' },
        { line: 2, column: 'roles' },
      ]);
    });
  });
});
