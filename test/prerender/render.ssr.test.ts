// The build's prerender (src/prerender/render.ts), run in Node on the shipped corpus: index.html's
// shell holds the graph only; every other address (route × language) has a page of its own, with
// its own view, in its language, its chart in both shapes each with ids of its own, and the
// reader's first part of text and the comparison's uncoded wording as they will stand in the
// browser.

import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { fragmentName, prerender, type PrerenderedPages } from '../../src/prerender/render.ts';
import { en } from '../../src/lib/i18n/en/index.ts';
import { zh } from '../../src/lib/i18n/zh/index.ts';
import { ROUTES, type Route } from '../../src/lib/state/url-state.ts';
import { viewFor } from '../../src/views/registry.ts';
import { realCorpus } from '../support/mini-corpus.ts';

const data = (name: string): string =>
  readFileSync(new URL(`../../public/data/${name}`, import.meta.url), 'utf8');
const statement = realCorpus().documents.find((d) => d.id === '2024-chair-statement')!;
const title = (route: Route, lang: 'en' | 'zh'): string =>
  String((lang === 'en' ? en : zh)[viewFor(route).title]);
const headings = (html: string): string[] =>
  [...html.matchAll(/<h1[^>]*>([^<]*)<\/h1>/g)].map((m) => m[1]!);

let pages: PrerenderedPages;
beforeAll(async () => {
  pages = await prerender(data('corpus.json'), data('graph-layout.json'));
}, 120_000);

describe('prerender', () => {
  it('names each fragment by its route, and its language when that is not English', () => {
    expect(fragmentName('timeline', 'en')).toBe('timeline');
    expect(fragmentName('graph', 'zh')).toBe('graph.zh');
  });

  it('puts the graph alone into the shell, in English', () => {
    expect(headings(pages.shell)).toEqual([title('graph', 'en')]);
    expect(pages.shell).toContain('data-prerendered-shape="tall"');
  });

  it('writes a page for every other address, each with its own view in its own language', () => {
    const expected = ROUTES.flatMap((r) => [
      ...(r === 'graph' ? [] : [fragmentName(r, 'en')]),
      fragmentName(r, 'zh'),
    ]);
    expect(Object.keys(pages.fragments).sort()).toEqual(expected.sort());
    for (const route of ROUTES)
      for (const lang of ['en', 'zh'] as const) {
        if (route === 'graph' && lang === 'en') continue;
        const html = pages.fragments[fragmentName(route, lang)]!;
        expect(headings(html), `${route} ${lang}`).toEqual([title(route, lang)]);
        // The header too is in that language, and its links keep it.
        const graphLabel = String((lang === 'en' ? en : zh)['shell.view.graph.label']);
        expect(html).toContain(`>${graphLabel}</a>`);
        if (lang === 'zh') expect(html).toContain('href="#/graph?lang=zh"');
        // The tables sit in closed <details>: the data page has them.
        expect(html).not.toContain('<table');
      }
  });

  it.each(['timeline', 'compare', 'map'] as const)(
    "draws the %s view's chart in both shapes, the tall one with ids of its own",
    (route) => {
      const view = pages.fragments[route]!;
      const wide = view.indexOf('data-prerendered-shape="wide"');
      const tall = view.indexOf('data-prerendered-shape="tall"');
      expect(wide).toBeGreaterThan(0);
      expect(tall).toBeGreaterThan(wide);
      const ids = (html: string): string[] =>
        [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]!);
      const wideIds = ids(view.slice(wide, tall));
      const tallPart = view.slice(tall);
      for (const id of wideIds) expect(ids(tallPart)).not.toContain(id);
      for (const [, ref] of tallPart.matchAll(/url\(#([^)]+)\)/g))
        expect(ids(tallPart), ref).toContain(ref);
    },
  );

  it("holds the reader's first part of text, each sentence with its id", () => {
    const reader = pages.fragments.read!;
    expect(reader).toContain(`data-sentence="${statement.sentences[0]!.id}"`);
    expect(reader).toContain('class="chunk svelte');
  });

  it("shows the comparison's uncoded wording as found, not as being looked for", () => {
    expect(pages.fragments.compare).toContain('class="wording-headline');
  });
});
