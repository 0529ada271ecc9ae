// Build time, in Node: the app rendered to HTML with svelte/server, from the same components the
// browser runs. The shell and the default view (the concept graph, drawn from the build-time
// layout), in English, go into index.html. Every other view, and every view in Chinese, is a page
// of its own (a fragment: the app's markup only) that index.html's first-paint script fetches when
// the address asks for it, so that no route parses the others' markup. Every view's data tables go
// into the no-script data page.
// Loaded by scripts/prerender-plugin.ts through Vite's SSR loader, never shipped to the browser.

import { render } from 'svelte/server';
import App from '../App.svelte';
import { GRAPH_PRERENDER, type GraphPrerender } from '../views/graph/prerender.ts';
import { layoutInputs, readGraphLayout } from '../lib/layout/graph-layout.ts';
import { AppState } from '../lib/state/app-state.svelte.ts';
import { ROUTES, type Route } from '../lib/state/url-state.ts';
import type { Corpus } from '../lib/corpus/types.ts';
import { extractUncodedTerms } from '../lib/corpus/uncoded-terms.ts';
import type { Language } from '../lib/i18n/language.ts';
import { CHART_PRERENDER_WIDTH } from '../ui/prerender-width.ts';
import { VIEWS } from '../views/registry.ts';
import { useLanguage } from '../ui/i18n.svelte.ts';
import type { PrerenderSeed } from './seed.ts';

/** The window AppState needs, at an address, serving the corpus; history writes go nowhere. */
function buildTimeWindow(corpusJson: string, hash: string): Window {
  const ignore = (): void => {};
  return {
    fetch: () => Promise.resolve(new Response(corpusJson, { status: 200 })),
    location: { hash },
    history: { pushState: ignore, replaceState: ignore },
    addEventListener: ignore,
    removeEventListener: ignore,
  } as unknown as Window;
}

async function seedAt(corpusJson: string, hash: string, lang: Language): Promise<PrerenderSeed> {
  await useLanguage(lang);
  // The uncoded terms found here, as the browser's worker finds them once the page is idle: the
  // views that show them (comparison, reader) are built with them, as they will stand.
  const app = new AppState(buildTimeWindow(corpusJson, hash), 'data/corpus.json', {
    terms: (corpus) => Promise.resolve(extractUncodedTerms(corpus)),
  });
  await app.load();
  if (app.status !== 'ready') throw new Error(`prerender: ${app.loadError ?? 'corpus not loaded'}`);
  app.requestTerms();
  await new Promise((done) => setTimeout(done, 0));
  if (!app.terms) throw new Error(`prerender: ${app.termsProblem ?? 'no uncoded terms'}`);
  const loaded = await Promise.all(VIEWS.map(async (v) => [v.route, await v.load()] as const));
  return { app, views: Object.fromEntries(loaded) };
}

/** The chart sizes the graph is drawn at: a desktop window's and a phone's (1280 and 390 wide). */
export const PRERENDER_SIZES = {
  wide: { width: 862, height: 518 },
  tall: { width: 364, height: 606 },
} as const;

/** The other views' charts' widths in those two windows (their boxes, measured in the browser), and
 * the element that holds each chart (drawn in both shapes; prerender.css shows one). */
export const CHART_BOXES: Partial<Record<Route, { wide: number; tall: number; box: string }>> = {
  timeline: { wide: 1248, tall: 366, box: '<div class="chart' },
  compare: { wide: 821, tall: 366, box: '<div class="chart' },
  map: { wide: 880, tall: 366, box: '<div class="map' },
};

/** A fragment's name, under prerender/: the route, and `.zh` for Chinese ("timeline.zh"). */
export function fragmentName(route: Route, lang: Language): string {
  return lang === 'en' ? route : `${route}.${lang}`;
}

export interface PrerenderedPages {
  /** The app's markup for index.html's #app: the graph in both shapes (wide, and tall for phones). */
  shell: string;
  /** The app's markup at every other address (route × language), by fragmentName: each replaces
   * the shell in the page when the address asks for it (public/prerender-route.js). */
  fragments: Record<string, string>;
  /** Each view's data tables (HTML), by route. */
  tables: Partial<Record<Route, string[]>>;
  corpus: Corpus;
}
function graphSvg(html: string): string {
  const chart = html.indexOf('class="chart');
  const start = html.indexOf('<svg', chart);
  const end = html.indexOf('</svg>', start);
  if (chart < 0 || start < 0 || end < 0) throw new Error('prerender: the graph drew no SVG');
  return html.slice(start, end + '</svg>'.length);
}

/** The graph's SVG at the size of its box, marked with its shape (prerender.css shows one). */
function fitted(svg: string, shape: 'wide' | 'tall'): string {
  return svg.replace(
    /^<svg([^>]*?) width="[\d.]+" height="[\d.]+"/,
    `<svg data-prerendered-shape="${shape}"$1 width="100%" height="100%"`,
  );
}

/** Where the <div> that opens at `start` ends (after its closing tag), divs counted; -1 if never. */
function divEnd(html: string, start: number): number {
  const tags = /<div\b|<\/div>/g;
  tags.lastIndex = start;
  let depth = 0;
  for (let m = tags.exec(html); m; m = tags.exec(html)) {
    depth += m[0] === '</div>' ? -1 : 1;
    if (depth === 0) return tags.lastIndex;
  }
  return -1;
}

/** The wide page with its chart's box in both shapes (the tall one from the tall page); the rest of
 * the two pages must be the same. Each SVG takes its box's width (its height stays). */
function bothShapes(wide: string, tall: string, box: string, route: Route): string {
  const part = (page: string): [string, string, string] => {
    const start = page.indexOf(box, page.indexOf('<main'));
    const end = start < 0 ? -1 : divEnd(page, start);
    if (end < 0) throw new Error(`prerender: no ${box}> in the ${route} view`);
    return [page.slice(0, start), page.slice(start, end), page.slice(end)];
  };
  const [before, wideBox, after] = part(wide);
  const [tallBefore, tallBox, tallAfter] = part(tall);
  if (before !== tallBefore || after !== tallAfter)
    throw new Error(`prerender: the ${route} view differs outside its chart between shapes`);
  const shaped = (html: string, shape: 'wide' | 'tall'): string =>
    html
      .replace(/^<div/, `<div data-prerendered-shape="${shape}"`)
      .replace(/<svg([^>]*?) width="[\d.]+"/g, '<svg$1 width="100%"');
  return before + shaped(wideBox, 'wide') + unique(shaped(tallBox, 'tall'), '-tall') + after;
}

/** The ids a piece of markup defines, and its references to them, suffixed: a pattern the tall
 * drawing fills with must be its own, not the hidden wide drawing's (which would not paint). */
function unique(html: string, suffix: string): string {
  let out = html;
  for (const [, id] of html.matchAll(/ id="([^"]+)"/g)) {
    const name = id!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    out = out.replace(
      new RegExp(`(id="|url\\(#|href="#|aria-labelledby="|aria-describedby=")${name}([")])`, 'g'),
      `$1${id}${suffix}$2`,
    );
  }
  return out;
}

function tablesOf(html: string): string[] {
  return [...html.matchAll(/<table[\s\S]*?<\/table>/g)].map((m) => m[0]);
}

const TABLE = /<table[\s\S]*?<\/table>/g;

export async function prerender(corpusJson: string, layoutJson: string): Promise<PrerenderedPages> {
  const base = await seedAt(corpusJson, '', 'en');
  const layout = readGraphLayout(JSON.parse(layoutJson), layoutInputs(base.app.index!.corpus));
  if (!layout) throw new Error('prerender: graph-layout.json is stale (run npm run corpus)');
  const draw = (
    size: { width: number; height: number },
    seed: PrerenderSeed,
    chartWidth = 0,
  ): string => {
    const graph: GraphPrerender = { ...size, layout };
    return render(App, {
      props: { seed },
      context: new Map<unknown, unknown>([
        [GRAPH_PRERENDER, graph],
        [CHART_PRERENDER_WIDTH, chartWidth],
      ]),
    }).body;
  };
  /** The page at an address: its chart in both shapes. */
  const page = (route: Route, seed: PrerenderSeed): { html: string; wide: string } => {
    if (route === 'graph') {
      const wideHtml = draw(PRERENDER_SIZES.wide, seed);
      const wide = graphSvg(wideHtml);
      const tall = graphSvg(draw(PRERENDER_SIZES.tall, seed));
      const html = wideHtml.replace(wide, () => fitted(wide, 'wide') + fitted(tall, 'tall'));
      return { html, wide: wideHtml };
    }
    const chart = CHART_BOXES[route];
    const wide = draw(PRERENDER_SIZES.wide, seed, chart?.wide);
    if (!chart) return { html: wide, wide };
    const tall = draw(PRERENDER_SIZES.tall, seed, chart.tall);
    return { html: bothShapes(wide, tall, chart.box, route), wide };
  };
  const graphPage = page('graph', base);
  const tables: Partial<Record<Route, string[]>> = { graph: tablesOf(graphPage.wide) };
  const fragments: Record<string, string> = {};
  for (const lang of ['en', 'zh'] as const)
    for (const route of ROUTES) {
      if (route === 'graph' && lang === 'en') continue;
      const seed = await seedAt(
        corpusJson,
        `#/${route}${lang === 'en' ? '' : `?lang=${lang}`}`,
        lang,
      );
      const { html, wide } = page(route, seed);
      seed.app.destroy();
      if (lang === 'en' && route !== 'read') tables[route] = tablesOf(wide);
      // The tables sit in closed <details>: a fragment leaves them out (the data page has them).
      fragments[fragmentName(route, lang)] = html.replace(TABLE, '');
    }
  await useLanguage('en');
  base.app.destroy();
  return { shell: graphPage.html, fragments, tables, corpus: base.app.index!.corpus };
}
