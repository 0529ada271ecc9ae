import { fileURLToPath } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { builtTerms } from './scripts/built-terms-plugin.ts';
import { offline } from './scripts/offline-plugin.ts';
import { prerender } from './scripts/prerender-plugin.ts';
import { contentSecurityPolicy } from './scripts/security-headers.ts';
import { srcAliases } from './scripts/src-aliases.ts';

/**
 * The built index.html carries the Content-Security-Policy as a <meta>, so that a static host that
 * sets no headers still forbids inline and third-party script. Build only: the dev server injects
 * styles inline. `frame-ancestors` cannot be set this way; hosts send it as a header (README).
 */
function cspMeta(): Plugin {
  return {
    name: 'csp-meta',
    apply: 'build',
    transformIndexHtml(html) {
      // Right after <meta charset>, before any script or stylesheet it governs.
      const charset = /<meta charset="[^"]*"\s*\/?>/i;
      if (!charset.test(html)) throw new Error('index.html needs <meta charset> for the CSP meta');
      const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy({ meta: true })}" />`;
      return html.replace(charset, (m) => `${m}\n    ${meta}`);
    },
  };
}

export default defineConfig({
  // Relative asset paths: the built app works from any folder of any static host, and saved to disk.
  base: './',
  plugins: [svelte(), cspMeta(), prerender(), builtTerms(), offline()],
  // One alias per top folder of src (README "How the code is laid out"); tsconfig.json repeats them.
  resolve: {
    alias: {
      ...srcAliases(),
      // d3-zoom uses d3-transition and d3-interpolate only for animated zooms, which the app
      // never starts (src/browser/d3-zoom-stand-ins.ts): about 9 KB gzipped less in the graph.
      ...Object.fromEntries(
        ['d3-transition', 'd3-interpolate'].map((name) => [
          name,
          fileURLToPath(new URL('./src/browser/d3-zoom-stand-ins.ts', import.meta.url)),
        ]),
      ),
    },
  },
  build: {
    target: 'es2022',
    modulePreload: { polyfill: false },
    reportCompressedSize: false,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // What the entry needs and the views share (the corpus index, the translator, dates,
            // the URL's words): one chunk loaded with the entry, not six.
            {
              name: 'shell',
              test: /src\/lib\/(corpus\/cooccurrence|model\/corpus-index|i18n\/language|i18n\/translator|text\/dates|i18n\/en\/url)\.ts$/,
            },
          ],
        },
      },
    },
  },
  // ES module workers: each worker's script is also the main thread's fallback, imported for its
  // exports where no worker starts (src/browser/tagger.ts, src/browser/layout-worker.ts).
  worker: {
    format: 'es',
    // Vite's worker build drops an entry's exports; the workers' must stay.
    plugins: () => [
      {
        name: 'keep-worker-exports',
        options: (options) => ({ ...options, preserveEntrySignatures: 'exports-only' }),
      },
    ],
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: [
            'test/lib/**/*.test.ts',
            'test/scripts/**/*.test.ts',
            'test/bench/**/*.test.ts',
            'test/browser/**/*.test.ts',
            'test/style/**/*.test.ts',
            'test/docs/**/*.test.ts',
          ],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'component',
          include: ['test/ui/**/*.test.ts', 'test/views/**/*.test.ts'],
          exclude: ['**/*.ssr.test.ts'],
          environment: 'jsdom',
          setupFiles: ['test/support/component-setup.ts'],
        },
        resolve: { conditions: ['browser'] },
      },
      {
        // Components rendered to HTML in plain Node with svelte/server.
        extends: true,
        test: {
          name: 'ssr',
          include: ['test/**/*.ssr.test.ts'],
          environment: 'node',
          setupFiles: ['test/support/ssr-setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
