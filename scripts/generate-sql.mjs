#!/usr/bin/env node
// Writes apps/api/src/analytics/queries/*.sql: the text of every analytics statement, as the
// code builds it for example requests (see query-files.ts there), and removes files of
// statements the code no longer builds. The unit tests fail when a committed file is stale.
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIfNeeded } from './lib/build.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const FOLDER = path.join(root, 'apps/api/src/analytics/queries');

buildIfNeeded(root, console.log, ['api']);
const require = createRequire(import.meta.url);
const { QUERY_FILES, renderQueryFile } = require(
  path.join(root, 'dist/apps/api/src/analytics/queries/query-files.js'),
);

const names = new Set(QUERY_FILES.map((file) => file.name));
for (const name of readdirSync(FOLDER)) {
  if (name.endsWith('.sql') && !names.has(name)) rmSync(path.join(FOLDER, name));
}
for (const file of QUERY_FILES) writeFileSync(path.join(FOLDER, file.name), renderQueryFile(file));
console.log(`Wrote ${QUERY_FILES.length} files to ${path.relative(root, FOLDER)}.`);
