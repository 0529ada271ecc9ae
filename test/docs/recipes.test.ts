// README's "Add a view" and "Add an export format" recipes, kept honest: every file they name
// exists, every route has its view folder and registry entry, and the menu, the browser tests and
// the bench all read the one formats table (so a format cannot be missing from one of them).

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS } from '../../src/browser/export/formats.ts';
import { ROUTES } from '../../src/lib/state/url-state.ts';
import { VIEW_BY_ROUTE } from '../../src/views/registry.ts';

const readme = readFileSync('README.md', 'utf8');
const section = (title: string): string => {
  const start = readme.indexOf(`## ${title}\n`);
  expect(start, `README has a section "${title}"`).toBeGreaterThanOrEqual(0);
  const end = readme.indexOf('\n## ', start + 4);
  return readme.slice(start, end < 0 ? undefined : end);
};
/** Paths in backquotes that look like files of this repository. */
const pathsIn = (text: string): string[] =>
  [...text.matchAll(/`((?:src|test|bench|scripts)\/[^`<>]+\.(?:ts|svelte))`/g)].map((m) => m[1]!);

/** The component a view's `load` imports (`graph/GraphRoute.svelte`), read from the registry. */
const registry = readFileSync('src/views/registry.ts', 'utf8');
const loadedBy = (route: string): { folder: string; file: string } | undefined => {
  const m = new RegExp(
    // The view's component, alone or beside what it loads with it (`Promise.all([import(…), …])`,
    // `withMessages(import(…).then(…), part)`).
    `${route}: \\{[^}]*?load: \\(\\) =>\\s*(?:Promise\\.all\\(\\[\\s*|withMessages\\(\\s*)?import\\('\\./([a-z-]+)/([A-Za-z]+\\.svelte)'\\)`,
    's',
  ).exec(registry);
  return m ? { folder: m[1]!, file: m[2]! } : undefined;
};
const folderOf = (route: string): string | undefined => loadedBy(route)?.folder;

describe('README: Add a view', () => {
  const recipe = section('Add a view');

  it('names files that exist', () => {
    const paths = pathsIn(recipe);
    expect(paths.length).toBeGreaterThanOrEqual(4);
    for (const p of paths) expect(existsSync(p), p).toBe(true);
  });

  it.each([...ROUTES])(
    '#/%s has a registry entry and a folder with its view and describe.ts',
    (route) => {
      expect(VIEW_BY_ROUTE[route]?.route).toBe(route);
      const folder = folderOf(route);
      expect(folder, `registry loads #/${route} from src/views/<view>/`).toBeDefined();
      const files = readdirSync(`src/views/${folder}`);
      expect(files).toContain(loadedBy(route)!.file);
      expect(files).toContain('describe.ts');
    },
  );

  it('every view folder belongs to a route (no view left without one)', () => {
    const folders = readdirSync('src/views', { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort();
    expect(folders).toEqual(ROUTES.map((r) => folderOf(r)!).sort());
  });
});

describe('README: Add an export format', () => {
  const recipe = section('Add an export format');

  it('names files that exist', () => {
    const paths = pathsIn(recipe);
    expect(paths).toEqual(
      expect.arrayContaining([
        'src/browser/export/formats.ts',
        'test/e2e/export.test.ts',
        'src/ui/share/ExportMenu.svelte',
        'bench/export.ts',
      ]),
    );
    for (const p of paths) expect(existsSync(p), p).toBe(true);
  });

  it('the menu, the browser test and the bench read EXPORT_FORMATS, and kinds are unique', () => {
    for (const file of [
      'src/ui/share/ExportMenu.svelte',
      'test/e2e/export.test.ts',
      'bench/export.ts',
    ])
      expect(readFileSync(file, 'utf8'), file).toMatch(/EXPORT_FORMATS\.(map|find|filter)\(/);
    const kinds = EXPORT_FORMATS.map((f) => f.kind);
    expect(new Set(kinds).size).toBe(kinds.length);
  });
});
