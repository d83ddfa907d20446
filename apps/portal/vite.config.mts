import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { loadEnv } from 'vite';
import { defineConfig } from 'vitest/config';
import { serviceWorker } from './vite-service-worker.mjs';

const portalRoot = fileURLToPath(new URL('.', import.meta.url));
const repositoryRoot = fileURLToPath(new URL('../../', import.meta.url));

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, repositoryRoot, 'CHORUS_');
  const apiTarget = `http://127.0.0.1:${env.CHORUS_API_PORT ?? '3000'}`;

  return {
    root: portalRoot,
    plugins: [react(), serviceWorker(`${portalRoot}src/service-worker/service-worker.ts`)],
    resolve: {
      alias: {
        '@chorus/core': `${repositoryRoot}libs/core/src/index.ts`,
        '@chorus/guardrails': `${repositoryRoot}libs/guardrails/src/index.ts`,
      },
    },
    build: {
      outDir: `${repositoryRoot}dist/portal`,
      emptyOutDir: true,
      rolldownOptions: {
        output: {
          // Libraries change less often than the portal: separate chunks stay cached.
          codeSplitting: {
            groups: [
              {
                name: 'react',
                test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/,
                priority: 4,
              },
              {
                name: 'mantine',
                test: /node_modules[\\/]@mantine[\\/](?!charts[\\/])/,
                priority: 3,
              },
              // Charts are drawn on the analytics pages only, which load them when opened. After
              // React and Mantine, so that this group takes in none of their modules; the charts'
              // styles (imported in main.tsx) load with the other styles.
              {
                name: 'charts',
                test: /node_modules[\\/](@mantine[\\/]charts|recharts|victory-vendor|d3-[a-z-]+|internmap|decimal\.js-light|es-toolkit|eventemitter3|immer|@reduxjs|react-redux|redux|redux-thunk|reselect)[\\/](?!.*\.css$)/,
                priority: 2,
              },
              { name: 'vendor', test: /node_modules[\\/]/, priority: 1 },
            ],
          },
        },
      },
    },
    server: {
      // Anchored patterns, so that portal pages such as /reports stay with the dev server.
      proxy: {
        '^/api/': { target: apiTarget },
        '^/r/': { target: apiTarget },
      },
    },
    test: {
      // happy-dom renders the portal's pages in about half the time jsdom takes.
      environment: 'happy-dom',
      // The test files of a worker share one module graph: React, Mantine and the portal are
      // loaded once per worker instead of once per file (the setup file cleans up after each
      // test), and every core runs a worker.
      isolate: false,
      maxWorkers: '100%',
      // A page's first render in a worker also compiles Mantine's and React's render paths: on a
      // machine other work keeps busy that alone can pass vitest's 5 s. Tests wait for
      // conditions, never for time, so a longer limit only changes how long a real hang takes.
      testTimeout: 10_000,
      globals: true,
      include: ['src/**/*.test.{ts,tsx}'],
      setupFiles: ['./src/test/setup.ts'],
      unstubGlobals: true,
      restoreMocks: true,
    },
  };
});
