#!/usr/bin/env node
// Builds the API and the portal when their sources changed since the last build.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIfNeeded } from './lib/build.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const built = buildIfNeeded(root);
console.log(built.length ? `Built: ${built.join(', ')}` : 'Everything is built and up to date.');
