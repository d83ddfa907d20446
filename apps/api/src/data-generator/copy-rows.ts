import { getMetadataArgsStorage } from 'typeorm';
import { SnakeNamingStrategy } from '../database/snake-naming.strategy';

/** A value of a COPY text row: null and undefined are NULL. */
export type CopyValue = string | number | boolean | null | undefined;

/** A table to COPY into, its columns named by the entity's properties. */
export interface CopyTable<K extends string> {
  /** `table (column, ...)`, for `COPY ... FROM STDIN`. */
  readonly target: string;
  /** One COPY text row of the values, in the order of the columns. */
  row(values: Readonly<Record<K, CopyValue>>): string;
}

const naming = new SnakeNamingStrategy();

/**
 * The table of an entity, with the columns of `properties` as the schema names them (the
 * entity's metadata and the API's naming strategy): a property that is not a column of the
 * entity fails at once, not in the middle of a load.
 */
export function entityTable<E, K extends keyof E & string>(
  entity: new () => E,
  properties: readonly K[],
): CopyTable<K> {
  const metadata = getMetadataArgsStorage();
  const table = metadata.tables.find((candidate) => candidate.target === entity)?.name;
  if (!table) throw new Error(`${entity.name} is not an entity with a table name`);
  const columns = properties.map((property) => {
    const column = metadata.columns.find(
      (candidate) => candidate.target === entity && candidate.propertyName === property,
    );
    if (!column) throw new Error(`${entity.name}.${property} is not a column`);
    return naming.columnName(property, column.options.name, []);
  });
  return tableOf(table, properties, columns);
}

/** The join table of a many-to-many relation, as (owner id, related id). */
export function joinTable<E>(
  entity: new () => E,
  relation: keyof E & string,
): CopyTable<'ownerId' | 'relatedId'> {
  const join = getMetadataArgsStorage().joinTables.find(
    (candidate) => candidate.target === entity && candidate.propertyName === relation,
  );
  const owner = join?.joinColumns?.[0]?.name;
  const related = join?.inverseJoinColumns?.[0]?.name;
  if (!join?.name || !owner || !related) {
    throw new Error(`${entity.name}.${relation} is not a named join table`);
  }
  return tableOf(join.name, ['ownerId', 'relatedId'], [owner, related]);
}

function tableOf<K extends string>(
  table: string,
  properties: readonly K[],
  columns: readonly string[],
): CopyTable<K> {
  return {
    target: `${table} (${columns.join(', ')})`,
    row: (values) => copyRow(properties.map((property) => values[property])),
  };
}

const SPECIAL = /[\\\t\n\r]/;
const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/** One COPY text row (tab-separated, `\N` for NULL, special characters escaped). */
export function copyRow(values: readonly CopyValue[]): string {
  let line = '';
  for (let i = 0; i < values.length; i += 1) {
    const value = values[i];
    if (i > 0) line += '\t';
    if (value === null || value === undefined) line += '\\N';
    else if (typeof value !== 'string') line += String(value);
    else line += SPECIAL.test(value) ? value.replace(/[\\\t\n\r]/g, (c) => ESCAPES[c]) : value;
  }
  return `${line}\n`;
}

/** A PostgreSQL array literal of simple words (roles, language codes). */
export const pgArray = (values: readonly string[]): string => `{${values.join(',')}}`;

/** Rows joined into chunks of about 64 kB, so that a COPY stream is not one write per row. */
export function* chunks(rows: Iterable<string>): Generator<string> {
  let chunk = '';
  for (const line of rows) {
    chunk += line;
    if (chunk.length >= 65_536) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
}
