// Browser tests run against the built app: build once into dist-e2e/, serve it on 127.0.0.1, and
// check that Chromium is there before any test starts.

import { resolve } from 'node:path';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';
import { startStaticServer } from '../../scripts/static-server.ts';
import { findChromium } from '../support/chromium.ts';

export const DIST = 'dist-e2e';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  findChromium();
  // Vitest sets NODE_ENV=test, and Vite builds for the NODE_ENV it finds (Svelte's development
  // runtime, other chunks): build as `npm run build` does, so that the tests see what ships.
  const nodeEnv = process.env['NODE_ENV'];
  process.env['NODE_ENV'] = 'production';
  try {
    await build({
      configFile: resolve('vite.config.ts'),
      logLevel: 'warn',
      build: { outDir: DIST, emptyOutDir: true },
    });
  } finally {
    process.env['NODE_ENV'] = nodeEnv;
  }
  const server = await startStaticServer({ root: DIST });
  project.provide('baseUrl', server.url);
  project.provide('distDir', resolve(DIST));
  return () => server.close();
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    distDir: string;
  }
}
