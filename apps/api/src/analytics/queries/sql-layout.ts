/**
 * Lays out a statement for a reader, whatever the indentation of the fragments it was built
 * from: each clause on a line of its own, indented by the subquery it belongs to, one selected
 * column per line (lined up after SELECT), and the conditions of WHERE and HAVING one per line. Only whitespace
 * changes: what PostgreSQL reads is the same statement. It knows only the SQL the analytics
 * statements are written in (no comments, no dollar quoting).
 */
export function layoutSql(sql: string): string {
  const tokens = tokenize(sql);
  const lines: string[] = [];
  let line = '';
  const stack: Frame[] = [{ query: true, base: 0, clause: '', between: false }];
  const newline = (indent: number) => {
    if (line.trim() !== '') lines.push(line.trimEnd());
    line = ' '.repeat(indent);
  };
  const put = (text: string, space: boolean) => {
    line += line.trim() !== '' && space ? ` ${text}` : text;
  };

  for (let index = 0; index < tokens.length; index += 1) {
    const { text, space } = tokens[index];
    const frame = stack[stack.length - 1];
    if (frame.query) {
      const word = text.toUpperCase();
      const pair = `${word} ${tokens[index + 1]?.text.toUpperCase()}`;
      const keyword = [pair, word].find((candidate) => KEYWORDS.has(candidate));
      if (keyword) {
        const join = JOINS.has(keyword);
        newline(frame.base + (join ? 2 : 0));
        put(keyword === pair ? `${text} ${tokens[(index += 1)].text}` : text, space);
        if (!join) frame.clause = keyword;
        frame.between = false;
        continue;
      }
      if (word === 'BETWEEN') frame.between = true;
      if (word === 'AND' && frame.between) {
        frame.between = false;
      } else if (word === 'AND' && (frame.clause === 'WHERE' || frame.clause === 'HAVING')) {
        newline(frame.base + 2);
        put(text, space);
        continue;
      }
      if (text === ',' && frame.clause === 'SELECT') {
        put(text, false);
        newline(frame.base + SELECT_INDENT);
        continue;
      }
    }
    if (text === '(') {
      const next = tokens[index + 1]?.text.toUpperCase();
      put(text, space);
      const query = next === 'SELECT' || next === 'WITH';
      const indent = line.length - line.trimStart().length;
      stack.push({ query, base: indent + 2, clause: '', between: false });
      continue;
    }
    if (text === ')' && stack.length > 1) {
      const closed = stack.pop()!;
      if (closed.query) newline(closed.base - 2);
      put(text, space);
      continue;
    }
    put(text, space);
  }
  newline(0);
  return lines.join('\n');
}

/** A parenthesis being laid out: a subquery (`query`) or an expression's. */
interface Frame {
  query: boolean;
  /** The indentation of its clauses. */
  base: number;
  /** The clause being written, such as WHERE. */
  clause: string;
  /** Within `x BETWEEN a AND b`, before the AND. */
  between: boolean;
}

/** Selected columns after the first line up with it, after `SELECT `. */
const SELECT_INDENT = 'SELECT '.length;

const JOINS = new Set(['JOIN', 'LEFT JOIN', 'CROSS JOIN']);
const KEYWORDS = new Set([
  'WITH',
  'SELECT',
  'FROM',
  'WHERE',
  'GROUP BY',
  'HAVING',
  'ORDER BY',
  'LIMIT',
  'UNION ALL',
  ...JOINS,
]);

/** Words, operators, literals and quoted names, parentheses and commas, each with whether whitespace came before it. */
function tokenize(sql: string): { text: string; space: boolean }[] {
  const tokens: { text: string; space: boolean }[] = [];
  let space = false;
  let index = 0;
  while (index < sql.length) {
    const char = sql[index];
    if (/\s/.test(char)) {
      space = true;
      index += 1;
      continue;
    }
    let end = index + 1;
    if (char === "'" || char === '"') {
      // To the closing quote; a doubled quote is one quote inside.
      while (end < sql.length && !(sql[end] === char && sql[end + 1] !== char)) {
        end += sql[end] === char ? 2 : 1;
      }
      end += 1;
    } else if (!'(),'.includes(char)) {
      while (end < sql.length && !/[\s(),'"]/.test(sql[end])) end += 1;
    }
    tokens.push({ text: sql.slice(index, end), space });
    space = false;
    index = end;
  }
  return tokens;
}
