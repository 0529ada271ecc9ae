// The path aliases of src's top folders ($lib, $browser, $ui, $views), for every Vite server and
// build that loads the app's code: vite.config.ts and the build-time prerender's own server.
// tsconfig.json repeats them for the type checker.

import { fileURLToPath } from 'node:url';

export const SRC_FOLDERS = ['lib', 'browser', 'ui', 'views'] as const;

export function srcAliases(
  root: string | URL = new URL('..', import.meta.url),
): Record<string, string> {
  const base = typeof root === 'string' ? root.replace(/\/?$/, '/') : fileURLToPath(root);
  return Object.fromEntries(SRC_FOLDERS.map((dir) => [`$${dir}`, `${base}src/${dir}`]));
}
