#!/usr/bin/env node
// Builds the browser extension (apps/extension) into dist/extension/{chromium,firefox}/, ready to
// load unpacked, and zips each as dist/extension/chorus-<version>-<browser>.zip for the stores.
// The TypeScript sources are transpiled file by file (each is an ES module the browser loads as
// is); type checking is `npm run typecheck`'s. Icons are rendered from the portal's favicon.svg.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import ts from 'typescript';
import { zip } from './lib/zip.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const source = path.join(root, 'apps/extension');
const out = path.join(root, 'dist/extension');
const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));

const ICON_SIZES = [16, 32, 48, 128];
const FIREFOX_ID = 'chorus-extension@chorus.invalid';
// Firefox 140 (an ESR) is the first with the built-in data consent declared below.
const FIREFOX_MIN_VERSION = '140.0';

/** What differs between the two packages: the background, the add-on id, Norwegian's folder. */
const BROWSERS = {
  chromium: {
    background: { service_worker: 'background.js', type: 'module' },
    // Chrome's documentation lists Norwegian as `no`, but a browser in Bokmål (`nb`) reads
    // `_locales/nb`: both, so that either finds it.
    locales: (name) => (name === 'nb' ? ['nb', 'no'] : [name]),
  },
  firefox: {
    background: { scripts: ['background.js'], type: 'module' },
    browser_specific_settings: {
      gecko: {
        id: FIREFOX_ID,
        strict_min_version: FIREFOX_MIN_VERSION,
        // The page's address and title go to the person's own Chorus when they press the button.
        data_collection_permissions: { required: ['browsingActivity', 'websiteContent'] },
      },
    },
    // Firefox falls back from `nb-NO` to `nb`.
    locales: (name) => [name],
  },
};

/** The sources' JavaScript, keyed by file name (specs left out). */
function transpile() {
  const files = {};
  for (const name of readdirSync(path.join(source, 'src'))) {
    if (!name.endsWith('.ts') || name.endsWith('.spec.ts')) continue;
    const result = ts.transpileModule(readFileSync(path.join(source, 'src', name), 'utf8'), {
      fileName: name,
      reportDiagnostics: true,
      compilerOptions: {
        target: ts.ScriptTarget.ES2022,
        module: ts.ModuleKind.ES2022,
        verbatimModuleSyntax: true,
      },
    });
    if (result.diagnostics?.length) {
      const message = ts.formatDiagnostics(result.diagnostics, {
        getCanonicalFileName: (f) => f,
        getCurrentDirectory: () => source,
        getNewLine: () => '\n',
      });
      throw new Error(`Cannot transpile ${name}:\n${message}`);
    }
    files[name.replace(/\.ts$/, '.js')] = Buffer.from(result.outputText);
  }
  return files;
}

async function icons() {
  const svg = readFileSync(path.join(root, 'apps/portal/public/favicon.svg'));
  const files = {};
  for (const size of ICON_SIZES) {
    // The 64-unit drawing rasterised at 288 dpi is 256 pixels, then scaled down to each size.
    files[`icons/icon-${size}.png`] = await sharp(svg, { density: 288 })
      .resize(size, size)
      .png({ compressionLevel: 9 })
      .toBuffer();
  }
  return files;
}

function locales(folders) {
  const files = {};
  for (const name of readdirSync(path.join(source, '_locales'))) {
    const messages = readFileSync(path.join(source, '_locales', name, 'messages.json'));
    for (const folder of folders(name)) files[`_locales/${folder}/messages.json`] = messages;
  }
  return files;
}

function manifest(browser) {
  const { locales: _locales, ...settings } = BROWSERS[browser];
  const base = JSON.parse(readFileSync(path.join(source, 'manifest.json'), 'utf8'));
  return Buffer.from(`${JSON.stringify({ ...base, version, ...settings }, null, 2)}\n`);
}

const scripts = transpile();
const pictures = await icons();
const pages = Object.fromEntries(
  readdirSync(path.join(source, 'static')).map((name) => [
    name,
    readFileSync(path.join(source, 'static', name)),
  ]),
);

rmSync(out, { recursive: true, force: true });
for (const browser of Object.keys(BROWSERS)) {
  const files = {
    'manifest.json': manifest(browser),
    ...scripts,
    ...pages,
    ...pictures,
    ...locales(BROWSERS[browser].locales),
  };
  const names = Object.keys(files).sort();
  for (const name of names) {
    const target = path.join(out, browser, name);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, files[name]);
  }
  const archive = path.join(out, `chorus-${version}-${browser}.zip`);
  writeFileSync(archive, zip(names.map((name) => ({ name, data: files[name] }))));
  console.log(
    `Built ${path.relative(root, path.join(out, browser))} and ${path.relative(root, archive)}`,
  );
}
