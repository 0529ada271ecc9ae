// Build only: index.html arrives with the page already in it. The app (shell + concept graph) is
// rendered with svelte/server from the same components, by src/prerender/render.ts loaded through
// a short-lived Vite SSR server. The first paint waits for no request but the page's own: the app's
// and the graph view's stylesheets are written into <head>, and so is the short script that reads
// the address (public/prerender-route.js, allowed by its hash in the Content-Security-Policy:
// scripts/security-headers.ts). Every other view, and every view in Chinese, is written as a
// fragment of its own, prerender/<route>[.zh].html, with the stylesheets index.html lacks: that
// script fetches the one the address names and puts it in a slot before the built page (which it
// then drops), so that no route lays out another's markup. The app's own scripts are written as
// blocks that do not run; the same script starts them once the address's view is painted. A
// <noscript> links the plain pages (src/prerender/plain-pages.ts), which are written into the
// build. In the browser, src/browser/prerendered.ts swaps in the live app.

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { createServer, type Plugin } from 'vite';
import type { OutputBundle, OutputChunk } from 'rolldown';
import type { PrerenderedPages } from '../src/prerender/render.ts';
import type { Route } from '../src/lib/state/url-state.ts';
import { srcAliases } from './src-aliases.ts';
import type * as PlainPages from '../src/prerender/plain-pages.ts';
import { FIRST_PAINT_SCRIPT } from './security-headers.ts';

type Loaded = PrerenderedPages & { plain: Map<string, string>; links: string };

async function renderAtBuild(root: string): Promise<Loaded> {
  const server = await createServer({
    configFile: false,
    root,
    logLevel: 'error',
    appType: 'custom',
    plugins: [svelte()],
    resolve: { alias: srcAliases(root) },
    server: { middlewareMode: true, hmr: false, ws: false },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  try {
    const render = (await server.ssrLoadModule('/src/prerender/render.ts')) as {
      prerender: (corpus: string, layout: string) => Promise<PrerenderedPages>;
    };
    const plain = (await server.ssrLoadModule(
      '/src/prerender/plain-pages.ts',
    )) as typeof PlainPages;
    const read = (p: string): string => readFileSync(resolve(root, 'public/data', p), 'utf8');
    const pages = await render.prerender(read('corpus.json'), read('graph-layout.json'));
    const texts = pages.corpus.documents
      .map((d) => `<li><a href="./${plain.plainTextPath(d)}">${escape(d.title)}</a></li>`)
      .join('');
    const links = `<ul>${texts}<li><a href="./${plain.PLAIN_DATA}">The charts' data, as tables</a></li></ul>`;
    return { ...pages, plain: plain.plainPages(pages.corpus, pages.tables), links };
  } finally {
    await server.close();
  }
}

/** Without Svelte's hydration markers: the built page is replaced, never hydrated. */
function bare(html: string): string {
  return html.replace(/<!--[[\]\-0-9]*-->/g, '');
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The stylesheets a chunk needs, with those of the chunks it imports statically. */
function cssOf(bundle: OutputBundle, chunk: OutputChunk, seen = new Set<string>()): string[] {
  if (seen.has(chunk.fileName)) return [];
  seen.add(chunk.fileName);
  const own = [...(chunk.viteMetadata?.importedCss ?? [])];
  for (const name of chunk.imports) {
    const dep = bundle[name];
    if (dep?.type === 'chunk') own.push(...cssOf(bundle, dep, seen));
  }
  return own;
}

/**
 * An empty element after the built page, which the head's `<link rel="expect" blocking="render">`
 * names: the browser paints nothing until it has parsed the whole page. A busy machine's parser
 * yields midway through index.html's 160 KB, and a first paint of half a page then moved what came
 * in after it (a legend's row of chips, the graph's controls wrapping under their heading).
 */
const BUILT_PAGE_END = 'prerendered-end';

/** Each view's own module (src/views/registry.ts): its chunk names the stylesheets it needs. */
const VIEW_MODULES: Record<Route, string> = {
  graph: '/src/views/graph/GraphRoute.svelte',
  timeline: '/src/views/timeline/TimelineView.svelte',
  compare: '/src/views/compare/CompareView.svelte',
  map: '/src/views/map/MapView.svelte',
  read: '/src/views/reader/ReaderView.svelte',
};

function viewChunk(bundle: OutputBundle, route: Route): OutputChunk {
  const chunk = Object.values(bundle).find(
    (c): c is OutputChunk =>
      c.type === 'chunk' && (c.facadeModuleId ?? '').endsWith(VIEW_MODULES[route]),
  );
  if (!chunk) throw new Error(`prerender: no chunk for ${VIEW_MODULES[route]}`);
  return chunk;
}

function cssText(bundle: OutputBundle, file: string): string {
  const asset = bundle[file];
  if (asset?.type !== 'asset') throw new Error(`prerender: no stylesheet ${file}`);
  return String(asset.source).replace(/<\/style/gi, '<\\/style');
}

/** The stylesheets index.html holds: the entry's and the graph view's. */
function indexSheets(bundle: OutputBundle): Set<string> {
  const entry = Object.values(bundle).find(
    (c): c is OutputChunk => c.type === 'chunk' && c.isEntry,
  );
  if (!entry) throw new Error('prerender: no entry chunk');
  return new Set([...cssOf(bundle, entry), ...cssOf(bundle, viewChunk(bundle, 'graph'))]);
}

export function prerender(): Plugin {
  let root = process.cwd();
  let pages: Promise<Loaded> | null = null;
  return {
    name: 'prerender',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    buildStart() {
      // Rendered while the client bundle builds; awaited where it is needed.
      pages = renderAtBuild(root);
      pages.catch(() => undefined);
    },
    async generateBundle(_, bundle) {
      const { plain, fragments } = await pages!;
      for (const [fileName, source] of plain) this.emitFile({ type: 'asset', fileName, source });
      // Each fragment with the stylesheets of its view that index.html lacks (a few KB at most).
      const inIndex = indexSheets(bundle);
      for (const [name, html] of Object.entries(fragments)) {
        const route = name.split('.')[0] as Route;
        const sheets = [...new Set(cssOf(bundle, viewChunk(bundle, route)))]
          .filter((f) => !inIndex.has(f))
          .map((f) => `<style>${cssText(bundle, f)}</style>`)
          .join('');
        this.emitFile({
          type: 'asset',
          fileName: `prerender/${name}.html`,
          source: `${sheets}${bare(html)}\n`,
        });
      }
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html, ctx) {
        const { shell, links } = await pages!;
        const bundle = ctx.bundle!;
        const sheets = [...new Set(cssOf(bundle, viewChunk(bundle, 'graph')))]
          .filter((f) => !html.includes(f))
          .map((f) => `<style>${cssText(bundle, f)}</style>`)
          .join('\n    ');
        // The entry's stylesheet, linked by Vite, is written in the same way.
        const linked = /<link rel="stylesheet"[^>]*href="\.\/([^"]+\.css)"[^>]*>/g;
        const routeScript = /<script src="\.\/prerender-route\.js"[^>]*><\/script>/;
        if (!routeScript.test(html))
          throw new Error('prerender: index.html needs <script src="./prerender-route.js">');
        const app = '<div id="app"></div>';
        const noscript = /<noscript[\s\S]*?<\/noscript\s*>/;
        if (!html.includes(app) || !noscript.test(html))
          throw new Error('prerender: index.html needs <div id="app"></div> and a <noscript>');
        // Before the app, so that a reader without scripts finds the plain pages first.
        const note = `<noscript><div class="noscript">The explorer's charts need JavaScript. Without it, read the texts and the charts' data here: ${links}</div></noscript>`;
        // The app's scripts wait for the view's first paint (public/prerender-route.js starts them):
        // written as blocks the browser neither fetches nor runs, before the script that starts them.
        const moduleTags =
          /<script type="module"[^>]*><\/script>\s*|<link rel="modulepreload"[^>]*>\s*/g;
        const held = (html.match(moduleTags) ?? [])
          .map((tag) =>
            tag
              .trim()
              .replace('type="module"', 'type="module-after-paint"')
              .replace('rel="modulepreload"', 'rel="modulepreload-after-paint"'),
          )
          .join('\n    ');
        if (!held.includes('type="module-after-paint"'))
          throw new Error('prerender: index.html has no module script');
        return (
          html
            .replace(noscript, '')
            .replace(moduleTags, '')
            .replace(routeScript, () => `${held}\n    <script>${FIRST_PAINT_SCRIPT}</script>`)
            .replace(linked, (_, file: string) => `<style>${cssText(bundle, file)}</style>`)
            // Without scripts the share bar never comes: no place kept for it.
            .replace(
              '</head>',
              () =>
                `  ${sheets}\n  <noscript><style>.share-slot { display: none; }</style></noscript>\n    <link rel="expect" href="#${BUILT_PAGE_END}" blocking="render" />\n  </head>`,
            )
            .replace(
              app,
              `${note}\n    <div id="app"><div data-prerendered-slot></div><div data-prerendered>${bare(shell)}</div></div><div id="${BUILT_PAGE_END}" hidden></div>`,
            )
        );
      },
    },
  };
}
