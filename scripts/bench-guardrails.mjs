#!/usr/bin/env node
// `npm run bench:guardrails`: times the guardrails checker (@chorus/guardrails, as the API runs it,
// compiled) on 10,000 posts of about 500 characters against 1,000 restricted terms, on one core.
// Prints figures; asserts nothing. Target: the 10,000 checks in under 1 s.
// Then, per language, the profanity check against the corpora written for Chorus
// (libs/guardrails/corpus): recall over the profane posts and false blocks over the ordinary ones,
// each post checked with all eight languages enabled and marked as each of them. Targets: recall
// of at least 95% per language, at most 1 false block per 10,000 ordinary posts.
//   --posts N   posts to check (default 10000)
//   --terms N   restricted terms (default 1000)
//   --rounds N  timed rounds of all posts; the median and the best are printed (default 5)
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { argument } from './lib/bench-support.mjs';
import { buildIfNeeded } from './lib/build.mjs';
import { builtCore } from './lib/built.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const POSTS = argument('--posts', 10_000);
const TERMS = argument('--terms', 1_000);
const ROUNDS = argument('--rounds', 5);
const POST_LENGTH = 500;

/** libs/core's seeded PRNG, once the API is built (main). */
let random;
const pick = (list) => list[Math.floor(random() * list.length)];
const chance = (p) => random() < p;

const NAME_PARTS = [
  'Falcon',
  'Orion',
  'Café',
  'Noir',
  'Øresund',
  'Ærø',
  'Zürich',
  'Crème',
  'Brûlée',
  'Łódź',
  'Señor',
  'Müller',
  'Nordlys',
  'Kraków',
  'Ελιά',
  'Άστρο',
  'Björk',
  'Gdańsk',
  'Straße',
  'Mañana',
  'Atlas',
  'Beacon',
  'Cobalt',
  'Delta',
  'Ember',
  'Fjord',
  'Granite',
  'Harbor',
  'Indigo',
  'Jade',
  'Kestrel',
  'Lumen',
  'Meridian',
  'Nimbus',
  'Onyx',
  'Pulsar',
  'Quartz',
  'Raven',
  'Sierra',
  'Tundra',
  'Umbra',
  'Vertex',
  'Willow',
  'Xenon',
  'Yarrow',
  'Zephyr',
  'Acme',
  'Globex',
  'Initech',
  'Hooli',
];
const SUFFIXES = ['', '', ' Corp', ' Labs', ' 2027', ' Pro', ' Cloud', ' Max', ' One', ' AI'];
const CATEGORIES = ['confidential', 'competitor', 'taboo'];

function makeTerms(count) {
  const terms = new Map();
  for (let i = 0; terms.size < count; i += 1) {
    const words = 1 + Math.floor(random() * 3);
    const base = Array.from({ length: words }, () => pick(NAME_PARTS)).join(
      chance(0.2) ? '-' : ' ',
    );
    const term = `${chance(0.3) ? 'Project ' : ''}${base}${pick(SUFFIXES)}${terms.has(base) ? ` ${i}` : ''}`;
    terms.set(term, {
      term,
      category: pick(CATEGORIES),
      severity: chance(0.4) ? 'block' : 'warn',
      note: chance(0.5) ? 'Not announced yet: do not mention it' : '',
    });
  }
  return [...terms.values()];
}

const SENTENCES = {
  en: [
    'Proud of our team for shipping the new release ahead of schedule.',
    'Our quarterly results are in and revenue grew 12% year on year.',
    'We are hiring engineers, designers and account managers across Europe.',
    'Read how our customers cut onboarding time in half with better tooling.',
    'Thanks to everyone who joined the webinar on sustainable logistics.',
    'The analysis shows that classic approaches still assess risk well.',
  ],
  nl: [
    'Trots op ons team dat de nieuwe versie eerder dan gepland heeft opgeleverd.',
    'Onze kwartaalcijfers zijn binnen en de omzet groeide met twaalf procent.',
    'We zoeken collega’s in Amsterdam, Utrecht en Rotterdam.',
    'Dank aan iedereen die meedeed aan het webinar over duurzame logistiek.',
  ],
  da: [
    'Vi er stolte af holdet, der leverede den nye version før tid.',
    'Kvartalsregnskabet er klar, og omsætningen voksede med tolv procent.',
    'Vi søger udviklere og designere i København og Aarhus.',
  ],
  sv: [
    'Vi är stolta över teamet som levererade den nya versionen i förtid.',
    'Kvartalsrapporten är klar och intäkterna växte med tolv procent.',
    'Slut på veckan: tack till alla som var med på vårt webbinarium.',
  ],
  de: [
    'Wir sind stolz auf unser Team, das die neue Version früher geliefert hat.',
    'Die Quartalszahlen sind da und der Umsatz ist um zwölf Prozent gestiegen.',
    'Wir suchen Entwicklerinnen und Entwickler in Berlin und München.',
  ],
  fr: [
    'Fiers de notre équipe qui a livré la nouvelle version en avance.',
    'Nos résultats trimestriels sont arrivés et le chiffre d’affaires progresse.',
    'Nous recrutons des ingénieurs et des designers à Paris et à Lyon.',
  ],
  el: [
    'Είμαστε περήφανοι για την ομάδα μας που παρέδωσε τη νέα έκδοση νωρίτερα.',
    'Τα αποτελέσματα του τριμήνου είναι εδώ και τα έσοδα αυξήθηκαν.',
    'Αναζητούμε μηχανικούς και σχεδιαστές στην Αθήνα και τη Θεσσαλονίκη.',
  ],
};
const LANGUAGES = Object.keys(SENTENCES);
const PROFANITY = ['shit', 'f**k', 'sh1t', 'klootzak', 'Scheiße', 'putain', 'μαλάκας', 'jävlar'];
const EXTRAS = [
  () => ` Mail ${pick(['jan.devries', 'anna', 'sales'])}@example.com for details.`,
  () => ' Call +31 6 1234 5678 or 020 123 4567.',
  () => ` Order ORD-2026-${100000 + Math.floor(random() * 900000)} ships on 2026-11-22.`,
  () => ' Read more: https://news.example.com/2026/11/results?utm_source=chorus',
  () => ' 🎉🚀👨‍👩‍👧',
];
const NETWORKS = [
  'linkedin',
  'linkedin',
  'linkedin',
  'x',
  'any',
  'bluesky',
  'xing',
  'reddit',
  'threads',
  'mastodon',
];

function hashtag(term) {
  return `#${term
    .normalize('NFC')
    .split(/[\s-]+/)
    .map((word) => word[0].toUpperCase() + word.slice(1))
    .join('')}`;
}

function makePost(terms) {
  const language = pick(LANGUAGES);
  let text = '';
  while (text.length < POST_LENGTH) {
    text += ` ${pick(SENTENCES[language])}`;
    if (chance(0.08)) text += ` About ${pick(terms).term}.`;
    if (chance(0.04)) text += ` ${hashtag(pick(terms).term)}`;
    if (chance(0.03)) text += pick(EXTRAS)();
    if (chance(0.01)) text += ` ${pick(PROFANITY)}!`;
  }
  return {
    text: text.trim().slice(0, POST_LENGTH),
    context: { network: pick(NETWORKS), language: chance(0.8) ? language : null },
  };
}

/** Wall-clock and CPU time (all of the process's threads, so the collector's too) of a piece of work. */
function time(work) {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const result = work();
  const ms = performance.now() - started;
  const used = process.cpuUsage(cpu);
  return { ms, cpuMs: (used.user + used.system) / 1000, result };
}

/** Whether a compiled file of the library is missing or older than its source. */
function guardrailsStale() {
  const sources = path.join(root, 'libs/guardrails/src');
  const output = path.join(root, 'dist/libs/guardrails/src');
  return readdirSync(sources, { recursive: true })
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.spec.ts'))
    .some((file) => {
      const compiled = path.join(output, file.replace(/\.ts$/, '.js'));
      return (
        !existsSync(compiled) ||
        statSync(compiled).mtimeMs < statSync(path.join(sources, file)).mtimeMs
      );
    });
}

function main() {
  buildIfNeeded(root, (line) => console.log(line), ['api']);
  // A build that was running while the library changed leaves a newer main.js but older output.
  if (guardrailsStale()) {
    console.log('Building the api (the guardrails library changed since the last build)…');
    const build = spawnSync('npm', ['run', '--silent', 'build:api'], {
      cwd: root,
      stdio: 'inherit',
    });
    if (build.status !== 0)
      throw new Error(`npm run build:api failed (exit code ${build.status}).`);
  }
  const require = createRequire(import.meta.url);
  const guardrails = require(path.join(root, 'dist/libs/guardrails/src/index.js'));
  random = builtCore().seededRandom(20261122);

  const terms = makeTerms(TERMS);
  const posts = Array.from({ length: POSTS }, () => makePost(terms));
  const characters = posts.reduce((sum, post) => sum + post.text.length, 0);

  const compiled = time(() => guardrails.compileTerms(terms));
  const matcher = compiled.result;
  const checkAll = () => {
    let findings = 0;
    const byKind = {};
    for (const { text, context } of posts) {
      for (const finding of guardrails.check(text, { ...context, terms: matcher })) {
        findings += 1;
        byKind[finding.kind] = (byKind[finding.kind] ?? 0) + 1;
      }
    }
    return { findings, byKind };
  };
  const scanAll = () => {
    let hits = 0;
    for (const { text } of posts) if (text.toLowerCase().includes('x')) hits += 1;
    return hits;
  };

  // The first check builds the profanity index (once per process); a first pass warms the JIT up.
  const first = time(() =>
    guardrails.check(posts[0].text, { ...posts[0].context, terms: matcher }),
  );
  checkAll();
  scanAll();
  const rounds = Array.from({ length: ROUNDS }, () => ({
    checked: time(checkAll),
    scanned: time(scanAll),
  }));
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const checked = {
    ms: median(rounds.map((round) => round.checked.ms)),
    cpuMs: median(rounds.map((round) => round.checked.cpuMs)),
    result: rounds[0].checked.result,
  };
  const best = Math.min(...rounds.map((round) => round.checked.ms));
  const scanned = { ms: median(rounds.map((round) => round.scanned.ms)) };

  const row = (label, value, unit = '') =>
    console.log(`${label.padEnd(44)}${value.padStart(10)} ${unit}`);
  console.log(
    `${POSTS} posts of ${Math.round(characters / POSTS)} characters on average, ${matcher.size} restricted terms, ${ROUNDS} timed rounds\n`,
  );
  row('compileTerms (once)', compiled.ms.toFixed(1), 'ms');
  row('first check (builds the profanity index)', first.ms.toFixed(1), 'ms');
  row(`check, all posts (median)`, checked.ms.toFixed(1), `ms (best ${best.toFixed(1)} ms)`);
  row('  CPU time (median)', checked.cpuMs.toFixed(1), 'ms');
  row('  per check', ((checked.ms * 1000) / POSTS).toFixed(1), 'µs');
  row('  checks per second', String(Math.round(POSTS / (checked.ms / 1000))));
  row("baseline: toLowerCase().includes('x') (median)", scanned.ms.toFixed(1), 'ms');
  row('  check / baseline', (checked.ms / scanned.ms).toFixed(1), 'x');
  const kinds = Object.entries(checked.result.byKind)
    .map(([kind, count]) => `${kind} ${count}`)
    .join(', ');
  row('findings per round', String(checked.result.findings), `(${kinds})`);
  console.log(`\nTarget: ${POSTS} checks in under 1 s: ${(checked.ms / 1000).toFixed(3)} s.`);
  corpusFigures(guardrails);
}

/** Recall and false blocks per corpus language, every post checked marked as every language. */
function corpusFigures(guardrails) {
  const folder = path.join(root, 'libs/guardrails/corpus');
  const corpora = readdirSync(folder)
    .filter((file) => file.endsWith('.json'))
    .map((file) => JSON.parse(readFileSync(path.join(folder, file), 'utf8')));
  const languages = corpora.map((corpus) => corpus.language);
  const profane = (text, marked) =>
    guardrails
      .check(text, { network: 'any', language: marked, languages })
      .some((finding) => finding.kind === 'profanity');
  console.log(
    `\nProfanity corpora (libs/guardrails/corpus), each post checked with ${languages.length} languages enabled, marked as each of them:\n`,
  );
  console.log(
    `${'language'.padEnd(10)}${'profane'.padStart(9)}${'recall'.padStart(9)}${'ordinary'.padStart(10)}${'false blocks'.padStart(14)}${'per 10,000'.padStart(12)}`,
  );
  let checks = 0;
  let falseBlocks = 0;
  for (const corpus of corpora) {
    let found = 0;
    for (const text of corpus.profane)
      for (const marked of languages) if (profane(text, marked)) found += 1;
    let blocked = 0;
    for (const text of corpus.ordinary)
      for (const marked of languages) if (profane(text, marked)) blocked += 1;
    const ordinaryChecks = corpus.ordinary.length * languages.length;
    checks += ordinaryChecks;
    falseBlocks += blocked;
    console.log(
      `${corpus.language.padEnd(10)}${String(corpus.profane.length).padStart(9)}${`${((100 * found) / (corpus.profane.length * languages.length)).toFixed(1)}%`.padStart(9)}${String(corpus.ordinary.length).padStart(10)}${String(blocked).padStart(14)}${((10_000 * blocked) / ordinaryChecks).toFixed(1).padStart(12)}`,
    );
  }
  console.log(
    `\nTargets: recall of at least 95% per language; at most 1 false block per 10,000 ordinary posts: ${((10_000 * falseBlocks) / checks).toFixed(2)} over ${checks} checks.`,
  );
}

main();
