#!/usr/bin/env node
// The portal's boundaries, checked by `npm run lint` (issue 14). It reads the relative imports of
// every module under apps/portal/src, tests (`*.test.ts[x]`) left out: a test may import whatever
// it arranges.
//
// 1. Shared code (`api/`, `components/`, `i18n/`, `lib/`) imports nothing from `features/` or
//    `app/`: features build on it, never the other way round.
// 2. Code that several features use lives in `app/`, `components/` or `lib/`. A feature imports
//    from another feature only what that feature keeps under an `api/` folder (its queryOptions
//    factories, query keys and response types); its components, hooks and helpers are its own.
//    The imports that broke this rule when the check was added are listed in
//    KNOWN_CROSS_FEATURE_IMPORTS: the check fails on any other, so that the list can only shrink.
// 3. Features do not import each other in a circle (strongly connected components of the feature
//    graph), not even through `api/`: a mutation refreshes another feature's data through the
//    query roots of lib/query-roots.ts, not its query keys.
// Remove an entry of KNOWN_CROSS_FEATURE_IMPORTS once it is gone; the check says which ones are.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '../apps/portal/src');
const FEATURES = join(SRC, 'features');
const SHARED = ['api', 'components', 'i18n', 'lib'];
const NOT_FROM_SHARED = ['features', 'app'];

/**
 * Imports of another feature's components, hooks or helpers found when the rule was added
 * (issue 14): `importing feature -> imported module`, the module's path below features/.
 */
const KNOWN_CROSS_FEATURE_IMPORTS = [
  'analytics -> groups/GroupSelect',
  'auth -> language/LanguageMenu',
  'content -> guardrails/FindingsList',
  'content -> guardrails/use-post-findings',
  'content -> topics/use-create-topic',
  'feed -> sharing/ShareDialog',
  'home -> advocacy/GetReadyCard',
  'home -> feed/FeedSection',
  'people -> groups/GroupSelect',
  'profile -> auth/sign-out-locally',
  'sharing -> guardrails/FindingsList',
  'sharing -> guardrails/PostEditor',
  'sharing -> guardrails/PostVerdict',
  'sharing -> guardrails/post-check/ReadinessAlert',
  'sharing -> guardrails/use-post-findings',
];

const IMPORT = /(?:from|import)\s*\(?\s*'(\.[^']+)'/g;

function* modules(folder) {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) yield* modules(path);
    else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) yield path;
  }
}

/** The modules a module imports, as absolute paths without extension. */
const importsOf = (path) =>
  [...readFileSync(path, 'utf8').matchAll(IMPORT)].map(([, specifier]) =>
    resolve(dirname(path), specifier),
  );

const segments = (path, root) => relative(root, path).split(sep);
const isBelow = (path, root) => path.startsWith(root + sep);
const display = (path) => relative(SRC, path).split(sep).join('/');

/** Rule 1: shared modules that import from features/ or app/. */
function sharedViolations() {
  const found = [];
  for (const folder of SHARED) {
    for (const path of modules(join(SRC, folder))) {
      for (const target of importsOf(path)) {
        const [top] = segments(target, SRC);
        if (isBelow(target, SRC) && NOT_FROM_SHARED.includes(top)) {
          found.push(`${display(path)} imports ${display(target)}`);
        }
      }
    }
  }
  return found;
}

/** Every import of one feature by another: the importing feature and the imported module. */
function crossFeatureImports() {
  const found = [];
  for (const path of modules(FEATURES)) {
    const [from] = segments(path, FEATURES);
    for (const target of importsOf(path)) {
      if (!isBelow(target, FEATURES)) continue;
      const [to, ...rest] = segments(target, FEATURES);
      if (to !== from) found.push({ from, to, module: [to, ...rest].join('/'), path });
    }
  }
  return found;
}

/** The circles of the graph: its strongly connected components of two features or more. */
function cycles(graph) {
  const index = new Map();
  const low = new Map();
  const stack = [];
  const found = [];
  const visit = (node) => {
    index.set(node, index.size);
    low.set(node, index.get(node));
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node), low.get(next)));
      } else if (stack.includes(next)) {
        low.set(node, Math.min(low.get(node), index.get(next)));
      }
    }
    if (low.get(node) !== index.get(node)) return;
    const component = [];
    let member;
    do {
      member = stack.pop();
      component.push(member);
    } while (member !== node);
    if (component.length > 1) found.push(component.sort());
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return found;
}

const problems = [];
const notices = [];

for (const violation of sharedViolations()) {
  problems.push(`Shared code imports a feature or the app: ${violation}`);
}

const imports = crossFeatureImports();
const isThroughApi = ({ module }) => module.split('/').slice(1, -1).includes('api');
const known = new Set(KNOWN_CROSS_FEATURE_IMPORTS);
const crossing = imports.filter((found) => !isThroughApi(found));
for (const { from, module, path } of crossing) {
  if (!known.has(`${from} -> ${module}`)) {
    problems.push(
      `A feature imports another feature's own module: ${display(path)} imports ${module}`,
    );
  }
}
const stillImported = new Set(crossing.map(({ from, module }) => `${from} -> ${module}`));
for (const entry of KNOWN_CROSS_FEATURE_IMPORTS.filter((entry) => !stillImported.has(entry))) {
  notices.push(`No longer imported: ${entry}; remove it from KNOWN_CROSS_FEATURE_IMPORTS.`);
}

const graph = new Map();
for (const path of modules(FEATURES)) graph.set(segments(path, FEATURES)[0], new Set());
for (const { from, to } of imports) graph.get(from).add(to);
for (const cycle of cycles(graph)) {
  problems.push(`Portal features import each other in a circle: ${cycle.join(', ')}`);
}

for (const problem of problems) console.error(problem);
if (problems.length > 0) {
  console.error(
    'Move what features share to components/ or lib/ (or query keys to lib/query-roots.ts), ' +
      "import another feature only through its api/ folder, and keep features out of each other's circles.",
  );
  process.exit(1);
}
for (const notice of notices) console.log(notice);
console.log(
  `Portal boundaries: ${crossing.length} known imports of another feature's own modules ` +
    `(${KNOWN_CROSS_FEATURE_IMPORTS.length} listed), no circle between features.`,
);
