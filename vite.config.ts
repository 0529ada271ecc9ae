import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Relative asset paths: the built app works from any folder of any static host, and saved to disk.
  base: './',
  plugins: [svelte()],
  build: {
    target: 'es2022',
    modulePreload: { polyfill: false },
    reportCompressedSize: false,
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
          ],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'component',
          include: ['test/components/**/*.test.ts', 'test/views/**/*.test.ts'],
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
