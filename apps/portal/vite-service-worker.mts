import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { rolldown } from 'rolldown';
import type { Plugin } from 'vite';

/** Every file under `folder`, as paths relative to it with forward slashes. */
function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)))
    .map((file) => file.split(path.sep).join('/'));
}

/**
 * Builds the service worker (`entry`) into /sw.js, with the list of this build's files to keep
 * as the app shell (the bundle and the public folder) and a build id that changes whenever any
 * of them does. The worker is bundled on its own, as one classic script: it shares no chunk with
 * the portal. Production builds only: the development server has no service worker.
 */
export function serviceWorker(entry: string): Plugin {
  let publicDir = '';
  return {
    name: 'chorus-service-worker',
    apply: 'build',
    // After index.html has been written into the bundle.
    enforce: 'post',
    configResolved(config) {
      publicDir = config.publicDir;
    },
    async generateBundle(_options, bundle) {
      const id = createHash('sha256');
      const files: string[] = [];
      for (const output of Object.values(bundle).sort((a, b) =>
        a.fileName.localeCompare(b.fileName),
      )) {
        if (output.fileName.endsWith('.map')) continue;
        files.push(`/${output.fileName}`);
        id.update(output.fileName).update(output.type === 'chunk' ? output.code : output.source);
      }
      for (const file of publicDir ? filesUnder(publicDir).sort() : []) {
        files.push(`/${file}`);
        id.update(file).update(readFileSync(path.join(publicDir, file)));
      }
      if (!files.includes('/index.html')) {
        throw new Error('The service worker is built after index.html: it is not in the bundle.');
      }
      const shell = { build: id.digest('hex').slice(0, 16), files };
      const worker = await rolldown({
        input: entry,
        platform: 'browser',
        transform: { define: { __CHORUS_SHELL__: JSON.stringify(shell) } },
      });
      try {
        const { output } = await worker.generate({ format: 'iife', minify: true });
        this.emitFile({ type: 'asset', fileName: 'sw.js', source: output[0].code });
      } finally {
        await worker.close();
      }
    },
  };
}
