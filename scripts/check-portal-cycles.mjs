#!/usr/bin/env node
// Portal features may not depend on each other in a circle. This reads the relative imports of
// every non-test module under apps/portal/src/features, groups them by feature folder, and finds
// the circles (strongly connected components) of that graph. The circles that existed when the
// check was added are listed in KNOWN_CYCLES: the check fails on any other circle, and on a known
// one that grew, so that the number can only go down. Remove an entry once its circle is broken.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const FEATURES = resolve(dirname(fileURLToPath(import.meta.url)), '../apps/portal/src/features');

/** Circles between features found when the check was added (issue 14), to be broken. */
const KNOWN_CYCLES = [
  ['auth', 'language', 'profile'],
  ['activity', 'feed', 'sharing'],
  ['campaigns', 'content', 'topics'],
];

const IMPORT = /(?:from|import)\s*\(?\s*'(\.[^']+)'/g;

function* modules(folder) {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) yield* modules(path);
    else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) yield path;
  }
}

const featureOf = (path) => relative(FEATURES, path).split(sep)[0];

/** Feature → the features its modules import. */
function featureGraph() {
  const graph = new Map();
  for (const path of modules(FEATURES)) {
    const from = featureOf(path);
    const targets = graph.get(from) ?? new Set();
    graph.set(from, targets);
    for (const [, specifier] of readFileSync(path, 'utf8').matchAll(IMPORT)) {
      const target = resolve(dirname(path), specifier);
      if (!target.startsWith(FEATURES + sep)) continue;
      const to = featureOf(target);
      if (to !== from) targets.add(to);
    }
  }
  return graph;
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

const isWithinKnown = (cycle) =>
  KNOWN_CYCLES.some((known) => cycle.every((feature) => known.includes(feature)));

const found = cycles(featureGraph());
const unknown = found.filter((cycle) => !isWithinKnown(cycle));
for (const cycle of unknown) {
  console.error(`Portal features import each other in a circle: ${cycle.join(', ')}`);
}
if (unknown.length > 0) {
  console.error('Move what they share to components/ or lib/, or have one depend on the other.');
  process.exit(1);
}
const broken = KNOWN_CYCLES.filter(
  (known) => !found.some((cycle) => known.every((feature) => cycle.includes(feature))),
);
for (const known of broken) {
  console.log(`No longer a full circle: ${known.join(', ')}; update KNOWN_CYCLES.`);
}
console.log(`Portal feature circles: ${found.length} (known: ${KNOWN_CYCLES.length}).`);
