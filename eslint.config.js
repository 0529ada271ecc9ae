import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';

export default ts.config(
  { ignores: ['dist', 'dist-*', 'node_modules', 'public/data', 'bench/results'] },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'] } },
  },
  {
    // Svelte's code for these would sit in the entry script of every route (its runtime lives
    // there), for a few parts that load on demand: a value and an event handler do it, or {#if}.
    files: ['src/**/*.svelte'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "SvelteDirective[kind='Binding'][key.name.name=/^(value|group|checked|files|indeterminate)$/]",
          message:
            'Use value={x} (or checked) with oninput/onchange: bind: puts code in the entry.',
        },
        {
          // Its attributes are set by the spread-attribute code, also about 1 KB in the entry.
          selector: "SvelteElement[kind='special'][name.name='svelte:element']",
          message: 'Use {#if} with plain elements: <svelte:element> puts code in the entry.',
        },
      ],
    },
  },
  {
    // The pure core runs in Node and in the browser alike: no DOM, no Svelte, no Node built-ins.
    files: ['src/lib/**/*.ts'],
    ignores: ['src/lib/**/*.svelte.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['svelte', 'svelte/*', 'node:*', '*.svelte'], message: 'src/lib is pure.' },
            {
              group: ['$browser/*', '$ui/*', '$views/*', '**/browser/*', '**/ui/*', '**/views/*'],
              message: 'src/lib imports nothing else in src.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'localStorage',
        'location',
        'navigator',
      ],
    },
  },
  // The folder boundaries (README "How the code is laid out"): browser adapters know no Svelte UI,
  // shared UI knows no view, and a view imports from its own folder, $lib, $browser and $ui only
  // (and the registry, for its name and props).
  {
    files: ['src/browser/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['$ui/*', '$views/*', '**/ui/*', '**/views/*', '*.svelte'],
              message: 'src/browser imports no UI.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/ui/**/*.svelte', 'src/ui/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['$views/*', '!$views/registry.ts', '!$views/describe-view.ts', '**/views/*'],
              message:
                'src/ui imports no view (the registry of their names, and of their states’ names, is allowed).',
            },
          ],
        },
      ],
    },
  },
  ...['graph', 'timeline', 'compare', 'map', 'reader'].map(
    (view) =>
      /** @type {import('eslint').Linter.Config} */ ({
        files: [`src/views/${view}/**/*.svelte`, `src/views/${view}/**/*.ts`],
        rules: {
          'no-restricted-imports': [
            'error',
            {
              patterns: [
                {
                  group: ['$views/*', `!$views/${view}`, '!$views/registry.ts', '../*'],
                  message: `A view imports its own folder, $lib, $browser and $ui: no other view (${view}).`,
                },
              ],
            },
          ],
        },
      }),
  ),
);
