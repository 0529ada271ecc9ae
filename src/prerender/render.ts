// Build time, in Node: the app rendered to HTML with svelte/server, from the same components the
// browser runs. The shell and the default view (the concept graph, drawn from the build-time
// layout) go into index.html; every view's data tables go into the no-script data page.
// Loaded by scripts/prerender-plugin.ts through Vite's SSR loader, never shipped to the browser.

import { render } from 'svelte/server';
import App from '../App.svelte';
import { GRAPH_PRERENDER, type GraphPrerender } from '../views/graph/prerender.ts';
import { layoutInputs, readGraphLayout } from '../lib/layout/graph-layout.ts';
import { AppState } from '../lib/state/app-state.svelte.ts';
import { ROUTES, type Route } from '../lib/state/url-state.ts';
import type { Corpus } from '../lib/corpus/types.ts';
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

async function seedAt(corpusJson: string, hash: string): Promise<PrerenderSeed> {
  // index.html is the English page (a Chinese link shows it until its own catalogue is here).
  await useLanguage('en');
  const app = new AppState(buildTimeWindow(corpusJson, hash), 'data/corpus.json');
  await app.load();
  if (app.status !== 'ready') throw new Error(`prerender: ${app.loadError ?? 'corpus not loaded'}`);
  const loaded = await Promise.all(VIEWS.map(async (v) => [v.route, await v.load()] as const));
  return { app, views: Object.fromEntries(loaded) };
}

/** The chart sizes the graph is drawn at: a desktop window's and a phone's (1280 and 390 wide). */
export const PRERENDER_SIZES = {
  wide: { width: 862, height: 518 },
  tall: { width: 364, height: 606 },
} as const;

export interface PrerenderedPages {
  /** The app's markup for index.html's #app: the graph in both shapes (wide, and tall for phones). */
  shell: string;
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

function tablesOf(html: string): string[] {
  return [...html.matchAll(/<table[\s\S]*?<\/table>/g)].map((m) => m[0]);
}

export async function prerender(corpusJson: string, layoutJson: string): Promise<PrerenderedPages> {
  const base = await seedAt(corpusJson, '');
  const layout = readGraphLayout(JSON.parse(layoutJson), layoutInputs(base.app.index!.corpus));
  if (!layout) throw new Error('prerender: graph-layout.json is stale (run npm run corpus)');
  const draw = (size: { width: number; height: number }, seed: PrerenderSeed): string => {
    const graph: GraphPrerender = { ...size, layout };
    return render(App, {
      props: { seed },
      context: new Map<unknown, unknown>([[GRAPH_PRERENDER, graph]]),
    }).body;
  };
  const wideHtml = draw(PRERENDER_SIZES.wide, base);
  const wide = graphSvg(wideHtml);
  const tall = graphSvg(draw(PRERENDER_SIZES.tall, base));
  const shell = wideHtml.replace(wide, () => fitted(wide, 'wide') + fitted(tall, 'tall'));
  const tables: Partial<Record<Route, string[]>> = {};
  for (const route of ROUTES) {
    if (route === 'read') continue;
    const html =
      route === 'graph'
        ? wideHtml
        : draw(PRERENDER_SIZES.wide, await seedAt(corpusJson, `#/${route}`));
    tables[route] = tablesOf(html);
  }
  base.app.destroy();
  return { shell, tables, corpus: base.app.index!.corpus };
}
