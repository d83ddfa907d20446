import { layoutSql } from './sql-layout';
import { QUERY_FILES } from './query-files';

/** The statement without its whitespace outside quotes: what layout must leave alone. */
function squashed(sql: string): string {
  return sql.replace(/('(?:[^']|'')*'|"[^"]*")|\s+/g, (_, quoted: string | undefined) =>
    quoted === undefined ? ' ' : quoted,
  );
}

describe('layoutSql', () => {
  it('puts each clause, selected column and condition on a line, subqueries indented', () => {
    const sql = `SELECT count(*)::int AS "shares", max(x.day) FROM (SELECT day, user_id
         FROM shares WHERE day BETWEEN $1::date AND $2::date) x    LEFT JOIN users person ON person.id = x.user_id
      WHERE true AND person.status = 'it''s  active'   GROUP BY x.user_id`;

    expect(layoutSql(sql)).toBe(
      [
        'SELECT count(*)::int AS "shares",',
        '       max(x.day)',
        'FROM (',
        '  SELECT day,',
        '         user_id',
        '  FROM shares',
        '  WHERE day BETWEEN $1::date AND $2::date',
        ') x',
        '  LEFT JOIN users person ON person.id = x.user_id',
        'WHERE true',
        "  AND person.status = 'it''s  active'",
        'GROUP BY x.user_id',
      ].join('\n'),
    );
  });

  it('leaves expressions in parentheses on their line', () => {
    expect(
      layoutSql(
        'SELECT count(*) FILTER (WHERE a > 0 AND b) AS n, rank() OVER (ORDER BY n DESC) FROM t',
      ),
    ).toBe(
      [
        'SELECT count(*) FILTER (WHERE a > 0 AND b) AS n,',
        '       rank() OVER (ORDER BY n DESC)',
        'FROM t',
      ].join('\n'),
    );
  });

  it.each(QUERY_FILES.map((file) => [file.name, file.statement.text] as const))(
    'changes only whitespace in %s',
    (_, text) => {
      expect(squashed(layoutSql(text)).replace(/ ?([(),]) ?/g, '$1')).toBe(
        squashed(text)
          .trim()
          .replace(/ ?([(),]) ?/g, '$1'),
      );
    },
  );
});
