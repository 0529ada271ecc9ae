// The first-paint script (public/prerender-route.js, inlined into index.html) picks the language of
// the page it shows before the app has loaded; the app then picks its own (src/main.ts, App.svelte:
// chooseLanguage over the link's `lang` as url-state.ts reads it). If they differ, a reader sees
// one language and then the other. The exact text index.html carries runs here, in a bare Node
// context with only what it touches, over one table of links, remembered choices and browsers.

import { Script, createContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { FIRST_PAINT_SCRIPT } from '../../scripts/security-headers.ts';
import { chooseLanguage } from '../../src/lib/i18n/language.ts';
import { parseUrlShape } from '../../src/lib/state/url-state.ts';

const script = new Script(FIRST_PAINT_SCRIPT);

/** Storage that throws, as in a page framed by another site with third-party storage blocked. */
const REFUSED = Symbol('refused');
type Stored = string | null | typeof REFUSED;

interface FirstPaint {
  /** `<html lang>` as the script leaves it. */
  lang: string;
  /** The built pages it asked for. */
  fetched: string[];
}

// One context for all runs (making one is the slow part): each run sets what the stubs read.
const run = {
  hash: '',
  stored: null as Stored,
  languages: [] as string[],
  fetched: [] as string[],
};
const root = {
  lang: 'en',
  setAttribute: () => undefined,
  removeAttribute: () => undefined,
};
const context = createContext({
  location: {
    get hash() {
      return run.hash;
    },
  },
  window: {},
  // Parsed already.
  document: {
    documentElement: root,
    readyState: 'interactive',
    addEventListener: () => undefined,
    querySelector: () => null,
    querySelectorAll: () => [],
    createElement: () => ({}),
    head: { appendChild: () => undefined },
  },
  localStorage: {
    getItem: (key: string) => {
      if (run.stored === REFUSED) throw new Error('SecurityError: storage refused');
      return key === 'gdi-explorer.lang' ? run.stored : null;
    },
  },
  navigator: {
    get languages() {
      return run.languages;
    },
    get language() {
      return run.languages[0];
    },
  },
  fetch: (url: string) => {
    run.fetched.push(url);
    return new Promise(() => undefined);
  },
  performance: { now: () => 0 },
  setTimeout: () => 0,
  clearTimeout: () => undefined,
});

function runFirstPaint(hash: string, stored: Stored, languages: string[]): FirstPaint {
  Object.assign(run, { hash, stored, languages, fetched: [] });
  root.lang = 'en';
  script.runInContext(context);
  return { lang: root.lang, fetched: run.fetched };
}

/** What the app shows for the same address, storage and browser. */
function appChoice(hash: string, stored: Stored, languages: string[]): 'en' | 'zh' {
  return chooseLanguage(parseUrlShape(hash).lang, stored === REFUSED ? null : stored, languages);
}

// The link's value as it stands in the address (already escaped where a browser escapes it).
const LINK_VALUES: (string | null)[] = [
  null,
  'zh',
  'en',
  'ZH-cn',
  'zh-Hant-TW',
  'en_GB',
  'cn',
  'Chinese',
  'ENGLISH',
  encodeURIComponent('中文'),
  '%20zh',
  'zh+CN',
  'fr',
  '',
  '%E4%B8', // a broken escape
  'fr&lang=zh', // two: the first counts
];
const STORED: Stored[] = [null, 'zh', 'en', 'fr', 'zh-TW', 'chinese', REFUSED];
const BROWSERS: string[][] = [['zh-CN', 'en-US'], ['en-GB', 'zh'], ['fr-FR', 'zh-TW'], ['de'], []];
const ADDRESSES = ['#/timeline', '#/graph', '#/read?doc=2024-chair-statement', ''];

const withLang = (address: string, value: string | null): string =>
  value === null
    ? address
    : `${address === '' ? '#/graph' : address}${address.includes('?') ? '&' : '?'}lang=${value}`;

describe('the first-paint script’s choice of language', () => {
  it('is the app’s, for every link, remembered choice and browser in the table', () => {
    let cases = 0;
    const differ: string[] = [];
    for (const address of ADDRESSES)
      for (const value of LINK_VALUES)
        for (const stored of STORED)
          for (const browser of BROWSERS) {
            const hash = withLang(address, value);
            const expected = appChoice(hash, stored, browser);
            const got = runFirstPaint(hash, stored, browser).lang === 'zh-CN' ? 'zh' : 'en';
            cases++;
            if (got !== expected)
              differ.push(
                `${hash} stored=${String(stored)} browser=${browser.join(',')}: ${got}, app ${expected}`,
              );
          }
    expect(differ).toEqual([]);
    expect(cases).toBe(ADDRESSES.length * LINK_VALUES.length * STORED.length * BROWSERS.length);
  });

  it('fetches the page of the address’s view in that language (the graph’s English is index.html)', () => {
    expect(runFirstPaint('#/timeline', null, ['en-US']).fetched).toEqual([
      'prerender/timeline.html',
    ]);
    expect(runFirstPaint('#/timeline?lang=cn', null, ['en-US']).fetched).toEqual([
      'prerender/timeline.zh.html',
    ]);
    expect(runFirstPaint('#/map', 'zh', ['en-US']).fetched).toEqual(['prerender/map.zh.html']);
    expect(runFirstPaint('#/graph', null, ['zh-CN']).fetched).toEqual(['prerender/graph.zh.html']);
    expect(runFirstPaint('#/graph', null, ['en-US']).fetched).toEqual([]);
    // An address that names more than the view: its built page would show something else first.
    expect(runFirstPaint('#/read?doc=2024-chair-statement', null, ['zh']).fetched).toEqual([]);
  });

  it('reads the choice the app itself stores', () => {
    // The key the app writes (src/browser/language-choice.ts): a stored Chinese choice is seen.
    expect(appChoice('#/timeline', 'zh', ['en'])).toBe('zh');
    expect(runFirstPaint('#/timeline', 'zh', ['en']).lang).toBe('zh-CN');
  });
});
