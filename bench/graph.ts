// npm run bench:graph [-- --no-build] [--runs N] [--seconds S]
//
// Measures the concept graph in headless Chromium and prints (and writes to
// bench/results/graph.json):
// - the entry script's and the graph chunk's size, gzipped at level 9 (after `npm run build`);
// - time from a click on a node to its evidence shown (median of N clicks, default 20);
// - frames per second while dragging a node for S seconds (default 3), on the real corpus and on
//   the synthetic one (2,000 concepts, 5,000 links), whose layout the app computes in its worker
//   (the build-time layout file, made for the real corpus, does not fit it);
// - for the synthetic corpus, the time from opening the page to the graph drawn: its first frame
//   and its access layer (the app's marks graph:first-frame and graph:access-layer, from navigation
//   start), and until the nodes can be found in the page (from goto, which waits for the load
//   event, to the access layer's first button seen).
// The synthetic corpus is served in place of data/corpus.json by a local server over the same
// built files: nothing of it ships in dist/.

import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { startStaticServer } from '../scripts/static-server.ts';
import { launchChromium } from '../test/support/chromium.ts';
import { measureClickToEvidence, measureDragFps, waitForGraph } from './graph-metrics.ts';
import { SYNTHETIC_DEFAULTS, syntheticGraphCorpus } from './synthetic-graph-corpus.ts';
import { serveWithCorpus } from './synthetic-server.ts';

const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const runs = arg('--runs', 20);
const seconds = arg('--seconds', 3);
const DIST = 'dist';

if (!process.argv.includes('--no-build'))
  execFileSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' });

/** Gzipped (level 9) size in bytes of a built file. */
const gz = (path: string): number => gzipSync(readFileSync(path), { level: 9 }).length;

function sizes(): Record<string, { file: string; bytes: number; gzip: number }> {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const entry = /<script type="module"[^>]*src="\.?\/?([^"]+)"/.exec(html)?.[1];
  if (!entry) throw new Error('no entry script in dist/index.html');
  const assets = readdirSync(join(DIST, 'assets'));
  const find = (prefix: string): string => {
    const f = assets.find((a) => a.startsWith(prefix) && a.endsWith('.js'));
    if (!f) throw new Error(`no ${prefix}*.js in dist/assets`);
    return join('assets', f);
  };
  const out: Record<string, { file: string; bytes: number; gzip: number }> = {};
  for (const [name, file] of [
    ['entry', entry],
    ['graphView', find('GraphRoute-')],
    ['layoutWorker', find('graph-layout.worker-')],
  ] as const) {
    const path = join(DIST, file);
    out[name] = { file, bytes: readFileSync(path).length, gzip: gz(path) };
  }
  return out;
}

async function measure(browser: Browser, baseUrl: string, label: string) {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    // The app's CSP forbids eval; the measuring code's waitForFunction strings need it.
    bypassCSP: true,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  const opened = Date.now();
  await page.goto(`${baseUrl}#/graph`);
  const mode = await waitForGraph(page, 180_000);
  const drawnMs = Date.now() - opened;
  // The app's own marks (canvas only), from navigation start.
  const marks: { firstFrame?: number; accessLayer?: number } = await page.evaluate(`({
    firstFrame: performance.getEntriesByName('graph:first-frame')[0]?.startTime,
    accessLayer: performance.getEntriesByName('graph:access-layer')[0]?.startTime,
  })`);
  const nodes = await page.locator('.chart [data-node]').count();
  const click = await measureClickToEvidence(page, { runs });
  const drag = await measureDragFps(page, { durationMs: seconds * 1000 });
  await context.close();
  if (errors.length > 0) throw new Error(`${label}: errors in the page: ${errors.join('; ')}`);
  return {
    mode,
    nodes,
    openToDrawnMs: drawnMs,
    ...(marks.firstFrame === undefined ? {} : { firstFrameMs: Math.round(marks.firstFrame) }),
    ...(marks.accessLayer === undefined ? {} : { accessLayerMs: Math.round(marks.accessLayer) }),
    clickToEvidenceMs: click,
    drag,
  };
}

const synthetic = syntheticGraphCorpus(SYNTHETIC_DEFAULTS);
const real = await startStaticServer({ root: DIST });
const fake = await serveWithCorpus(DIST, synthetic);
const { browser, close } = await launchChromium();
try {
  const result = {
    date: new Date().toISOString(),
    sizes: sizes(),
    real: await measure(browser, real.url, 'real corpus'),
    synthetic: {
      concepts: synthetic.codebook.concepts.length,
      links: synthetic.edges.sentence.length,
      ...(await measure(browser, fake.url, 'synthetic corpus')),
    },
  };
  mkdirSync('bench/results', { recursive: true });
  writeFileSync('bench/results/graph.json', `${JSON.stringify(result, null, 2)}\n`);
  const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
  const ms = (s: { median: number; min: number; max: number }) =>
    `${s.median.toFixed(1)} ms (min ${s.min.toFixed(1)}, max ${s.max.toFixed(1)})`;
  console.log(
    `entry script       ${result.sizes.entry!.file}: ${kb(result.sizes.entry!.gzip)} gzip -9`,
  );
  console.log(
    `graph view chunk   ${result.sizes.graphView!.file}: ${kb(result.sizes.graphView!.gzip)} gzip -9`,
  );
  console.log(
    `layout worker      ${result.sizes.layoutWorker!.file}: ${kb(result.sizes.layoutWorker!.gzip)} gzip -9`,
  );
  for (const [name, r] of [
    ['real', result.real],
    ['synthetic', result.synthetic],
  ] as const) {
    console.log(
      `${name.padEnd(9)} (${r.mode}, ${r.nodes} nodes): ` +
        ('firstFrameMs' in r && r.firstFrameMs !== undefined
          ? `first frame ${r.firstFrameMs} ms, access layer ${r.accessLayerMs} ms after navigation start; `
          : '') +
        `nodes findable ${r.openToDrawnMs} ms after goto; ` +
        `click → evidence median of ${runs} ${ms(r.clickToEvidenceMs)}; ` +
        `drag ${r.drag.fps.toFixed(1)} fps over ${(r.drag.ms / 1000).toFixed(1)} s ` +
        `(worst frame ${r.drag.worstFrameMs.toFixed(0)} ms, node moved ${r.drag.moved.toFixed(0)} px)`,
    );
  }
  console.log('wrote bench/results/graph.json');
} finally {
  await close();
  await real.close();
  await fake.close();
}
