// npx tsx bench/graph-profile.ts [--dist DIR] [--out FILE]
//
// Where the synthetic graph's first frame goes: opens #/graph on the 2,000-concept / 5,000-link
// synthetic corpus with the main thread's CPU profiler on (1 ms samples), and prints
// - moments after navigation start: corpus fetched, the canvas's first paint (the app's own
//   performance marks "graph:first-frame" and "graph:access-layer" when it sets them), the
//   access layer's buttons in the DOM;
// - main-thread time by function (self time, top 30), and by 100 ms slice the functions that
//   filled it, so a slow phase can be named.
// The profile itself is written to FILE (default bench/results/graph-open.cpuprofile): open it in
// Chromium's DevTools (Performance → load profile). Build first (`npx vite build`); a build
// without minification (`npx vite build --minify false --outDir /tmp/dist-plain`) gives readable
// function names.

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { launchChromium } from '../test/support/chromium.ts';
import { waitForGraph } from './graph-metrics.ts';
import { SYNTHETIC_DEFAULTS, syntheticGraphCorpus } from './synthetic-graph-corpus.ts';
import { serveWithCorpus } from './synthetic-server.ts';

const option = (name: string, fallback: string): string => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1]! : fallback;
};
const dist = option('--dist', 'dist');
const out = option('--out', 'bench/results/graph-open.cpuprofile');

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

const corpus = syntheticGraphCorpus(SYNTHETIC_DEFAULTS);
const server = await serveWithCorpus(dist, corpus, { gzip: true });
const { browser, close } = await launchChromium();
try {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    bypassCSP: true,
  });
  const page = await context.newPage();
  // When the chart's canvas and its first access button enter the DOM (page clock).
  await page.addInitScript(`(() => {
    const seen = {};
    window.__graphMoments = seen;
    new MutationObserver(() => {
      if (!seen.canvas && document.querySelector('[data-live] .chart canvas')) seen.canvas = performance.now();
      if (!seen.buttons && document.querySelector('[data-live] .chart button[data-node]')) seen.buttons = performance.now();
    }).observe(document, { subtree: true, childList: true });
  })()`);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 1000 });
  await cdp.send('Profiler.start');
  const t0 = Date.now();
  await page.goto(`${server.url}#/graph`);
  await waitForGraph(page, 180_000);
  const wall = Date.now() - t0;
  // A little after, so that what follows the first frame is seen too.
  await page.waitForTimeout(1500);
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  const moments = (await page.evaluate(`(() => {
    const out = { ...window.__graphMoments };
    const nav = performance.getEntriesByType('navigation')[0];
    out.domContentLoaded = nav.domContentLoadedEventEnd;
    for (const r of performance.getEntriesByType('resource'))
      if (r.name.includes('corpus.json')) out['corpus.json fetched'] = r.responseEnd;
    for (const m of performance.getEntriesByType('mark'))
      if (m.name.startsWith('graph:')) out[m.name] ??= m.startTime;
    return out;
  })()`)) as Record<string, number>;
  await context.close();
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify(profile));

  console.log(`waitForGraph (the access layer's buttons) returned ${wall} ms after goto`);
  console.log('moments after navigation start (ms):');
  for (const [k, v] of Object.entries(moments).sort((a, b) => a[1] - b[1]))
    console.log(`  ${v.toFixed(0).padStart(6)}  ${k}`);

  // Self time per function, and what filled each 100 ms slice (times from navigation ≈ profile
  // start; the profile starts a few ms before navigation).
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const name = (n: ProfileNode): string => {
    const f = n.callFrame;
    const file = f.url.split('/').pop() ?? '';
    return `${f.functionName || '(anonymous)'} ${file}:${f.lineNumber + 1}`;
  };
  // The profile's clock is not the page's: align them on the first paint of the canvas (the
  // mark is set as the first paintView returns), else on the profile's start.
  const parent = new Map<number, number>();
  for (const n of profile.nodes as (ProfileNode & { children?: number[] })[])
    for (const c of n.children ?? []) parent.set(c, n.id);
  const inPaint = (id: number | undefined): boolean => {
    for (; id !== undefined; id = parent.get(id))
      if (byId.get(id)!.callFrame.functionName === 'paintView') return true;
    return false;
  };
  let offset = 0;
  {
    let t = 0;
    let seen = false;
    for (let i = 0; i < profile.samples.length; i++) {
      t += profile.timeDeltas[i]! / 1000;
      const painting = inPaint(profile.samples[i]);
      if (painting) seen = true;
      else if (seen) {
        if (moments['graph:first-frame'] !== undefined) offset = t - moments['graph:first-frame'];
        break;
      }
    }
  }
  console.log(`(profile times moved by ${(-offset).toFixed(0)} ms onto the page's clock)`);
  const self = new Map<string, number>();
  const slices = new Map<number, Map<string, number>>();
  let t = -offset;
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i]! / 1000;
    const dt = (profile.timeDeltas[i + 1] ?? 1000) / 1000;
    const n = byId.get(profile.samples[i]!)!;
    const key = name(n);
    if (n.callFrame.functionName === '(idle)') continue;
    self.set(key, (self.get(key) ?? 0) + dt);
    const slice = Math.floor(Math.max(0, t) / 100);
    const m = slices.get(slice) ?? new Map<string, number>();
    m.set(key, (m.get(key) ?? 0) + dt);
    slices.set(slice, m);
  }
  const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 30);
  console.log('main thread self time (ms), top 30:');
  for (const [k, v] of top) console.log(`  ${v.toFixed(0).padStart(6)}  ${k}`);
  console.log('by 100 ms slice: busy ms, then the three largest:');
  for (const [s, m] of [...slices].sort((a, b) => a[0] - b[0])) {
    const busy = [...m.values()].reduce((a, b) => a + b, 0);
    const three = [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 3)
      .map(([k, v]) => `${k} ${v.toFixed(0)}`)
      .join('; ');
    console.log(`  ${String(s * 100).padStart(5)}  ${busy.toFixed(0).padStart(3)}  ${three}`);
  }
  console.log(`wrote ${out}`);
} finally {
  await close();
  await server.close();
}
