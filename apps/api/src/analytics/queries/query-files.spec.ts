import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { QUERY_FILES, renderQueryFile } from './query-files';

const FOLDER = __dirname;
const REGENERATE = 'Run `npm run generate:sql` and commit the result.';

/** Where two texts first differ, as a hint for the failure message. */
function firstDifference(committed: string, built: string): string {
  const before = committed.split('\n');
  const after = built.split('\n');
  const line = before.findIndex((text, index) => text !== after[index]);
  const at = line === -1 ? before.length : line;
  return [
    `first difference at line ${at + 1}:`,
    `- committed: ${before[at] ?? '(end of file)'}`,
    `+ built:     ${after[at] ?? '(end of file)'}`,
  ].join('\n');
}

describe('the analytics statements kept in queries/*.sql', () => {
  it.each(QUERY_FILES.map((file) => [file.name, file] as const))(
    '%s is the text the code builds',
    (name, file) => {
      const target = path.join(FOLDER, name);
      const built = renderQueryFile(file);
      if (!existsSync(target)) {
        throw new Error(`apps/api/src/analytics/queries/${name} is missing. ${REGENERATE}`);
      }
      const committed = readFileSync(target, 'utf8');
      if (committed !== built) {
        throw new Error(
          `apps/api/src/analytics/queries/${name} is stale: the code builds another statement ` +
            `(${firstDifference(committed, built)}). ${REGENERATE}`,
        );
      }
    },
  );

  it('holds no file for a statement the code no longer builds', () => {
    const known = new Set(QUERY_FILES.map((file) => file.name));
    const stray = readdirSync(FOLDER).filter((name) => name.endsWith('.sql') && !known.has(name));
    expect(stray).toEqual([]);
  });

  it('names each file once', () => {
    const names = QUERY_FILES.map((file) => file.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('numbers every parameter a statement refers to', () => {
    for (const { name, statement } of QUERY_FILES) {
      const used = [...statement.text.matchAll(/\$(\d+)/g)].map((match) => Number(match[1]));
      expect({ name, highest: Math.max(0, ...used) }).toEqual({
        name,
        highest: statement.params.length,
      });
    }
  });
});
