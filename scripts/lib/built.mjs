// Modules of the built API that the scripts use: run buildIfNeeded (lib/build.mjs) first.
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** libs/core, as built: seededRandom and the rest of Chorus's shared definitions. */
export const builtCore = () => require(path.join(root, 'dist/libs/core/src/index.js'));

/** The data generator (apps/api/src/data-generator): the data sets of seed:load and the benches. */
export const builtGenerator = () =>
  require(path.join(root, 'dist/apps/api/src/data-generator/index.js'));
