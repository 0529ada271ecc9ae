// What the long tasks of a first visit are: loads each route of a built app in Chromium with a
// DevTools trace (and V8's sampling profiler in it), and lists every main-thread task longer than a
// threshold with what it spent its time on (script evaluation of which chunk, layout, style,
// timers, idle callbacks…) and the functions that took the most of its samples.
//
//   npx tsx bench/load-tasks.ts [--dist dist] [--cpu 1] [--min 12] [--runs 1] [--phone] [--lighthouse] [route…]
//
// --phone opens each route as Lighthouse's mobile run does (412 × 823 at 1.75 device pixels, touch),
// where the built pages hold back other parts than on a desktop (src/prerender/prerender.css).
// --lighthouse also records what Lighthouse's trace records (a stack for each DOM and style event,
// style invalidations, screenshots): DOM-heavy tasks then take about as long as in its run, where a
// task counts toward TBT past 12.5 ms at 1×.
//
// Lighthouse's mobile preset multiplies each task it observes by 4, so at 1× every task above about
// 12 ms counts toward its Total Blocking Time: the default threshold.

import { startStaticServer } from '../scripts/static-server.ts';
import { securityHeaders } from '../scripts/security-headers.ts';
import { ROUTES } from '../src/lib/state/url-state.ts';
import { launchChromium } from '../test/support/chromium.ts';
import { VIEW_SHOWN } from '../test/support/view-shown.ts';
import { pageMainThread, throttledSession, type TraceEvent } from './load.ts';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  parent?: number;
}

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1]! : fallback;
}

const dist = option('--dist', 'dist');
const cpuRate = Number(option('--cpu', '1'));
const minMs = Number(option('--min', '12'));
const runs = Number(option('--runs', '1'));
const phone = process.argv.includes('--phone');
const asLighthouse = process.argv.includes('--lighthouse');
const valued = new Set(['--dist', '--cpu', '--min', '--runs', '--stack']);
const routes = process.argv
  .slice(2)
  .filter((a, i, all) => !a.startsWith('--') && !valued.has(all[i - 1] ?? ''));

const short = (url: unknown): string =>
  typeof url === 'string' ? url.replace(/^.*\/(assets\/)?/, '').replace(/\?.*$/, '') : '';

/** A name for a trace event that says what it did (which script, which event, which callback). */
function label(e: TraceEvent): string {
  const d = e.args?.data ?? {};
  switch (e.name) {
    case 'EvaluateScript':
    case 'v8.compile':
    case 'v8.compileModule':
    case 'v8.evaluateModule':
      return `${e.name} ${short(d['url'] ?? e.args?.['fileName'])}`;
    case 'FunctionCall':
      return `FunctionCall ${String(d['functionName'] || '(anon)')} ${short(d['url'])}`;
    case 'EventDispatch':
      return `Event ${String(d['type'])}`;
    case 'TimerFire':
    case 'FireIdleCallback':
    case 'FireAnimationFrame':
    case 'RunMicrotasks':
    case 'ParseHTML':
    case 'ParseAuthorStyleSheet':
    case 'UpdateLayoutTree':
    case 'Layout':
    case 'Paint':
    case 'PrePaint':
    case 'Layerize':
    case 'Commit':
    case 'HitTest':
    case 'ResourceReceivedData':
    case 'XHRLoad':
    case 'MajorGC':
    case 'MinorGC':
    case 'V8.GC_SCAVENGER':
    case 'V8.GC_MARK_COMPACTOR':
    case 'ScheduleStyleRecalculation':
      return e.name;
    default:
      return '';
  }
}

async function traceRoute(
  browser: Awaited<ReturnType<typeof launchChromium>>['browser'],
  url: string,
): Promise<TraceEvent[]> {
  const context = await browser.newContext(
    phone
      ? {
          viewport: { width: 412, height: 823 },
          deviceScaleFactor: 1.75,
          isMobile: true,
          hasTouch: true,
        }
      : {},
  );
  const page = await context.newPage();
  const cdp = await throttledSession(page, cpuRate);
  await browser.startTracing(page, {
    categories: [
      'devtools.timeline',
      'disabled-by-default-devtools.timeline',
      'v8.execute',
      'v8',
      'disabled-by-default-v8.cpu_profiler',
      'blink.user_timing',
      'loading',
      ...(asLighthouse
        ? [
            'disabled-by-default-devtools.screenshot',
            'disabled-by-default-devtools.timeline.stack',
            'disabled-by-default-devtools.timeline.frame',
            'latencyInfo',
            'disabled-by-default-devtools.timeline.invalidationTracking',
          ]
        : []),
    ],
  });
  await page.goto(url, { waitUntil: 'commit' });
  const deadline = Date.now() + 30_000;
  for (;;) {
    const { result } = await cdp.send('Runtime.evaluate', {
      expression: `document.querySelector(${JSON.stringify(VIEW_SHOWN)}) !== null`,
      returnByValue: true,
    });
    if (result.value === true) break;
    if (Date.now() > deadline) throw new Error(`${url}: no view in 30 s`);
    await new Promise((done) => setTimeout(done, 50));
  }
  await new Promise((done) => setTimeout(done, 1500));
  const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as {
    traceEvents: TraceEvent[];
  };
  await context.close();
  return trace.traceEvents;
}

function analyse(events: TraceEvent[], route: string, origin: string): void {
  // The renderer of the page: the main thread that parsed the served page (the browser may run
  // other renderers meanwhile, e.g. its own omnibox popup).
  const mainKey = pageMainThread({ traceEvents: events }, origin);
  const main = events.find((e) => `${e.pid}:${e.tid}` === mainKey && e.name === 'ParseHTML')!;
  const onMain = events.filter((e) => `${e.pid}:${e.tid}` === mainKey);
  const nav =
    onMain.find(
      (e) =>
        e.name === 'navigationStart' &&
        String(e.args?.data?.['documentLoaderURL'] ?? '').includes(origin),
    ) ?? main;
  const t0 = nav.ts;
  const marks = onMain
    .filter((e) =>
      ['firstPaint', 'firstContentfulPaint', 'largestContentfulPaint::Candidate'].includes(e.name),
    )
    .map((e) => `${e.name} ${((e.ts - t0) / 1000).toFixed(0)}`);

  // Samples of V8's profiler on this thread, with their times.
  const nodes = new Map<number, ProfileNode>();
  const samples: { ts: number; node: number }[] = [];
  const profiles = new Map<string, number>();
  for (const e of events) {
    if (`${e.pid}:${e.tid}` !== mainKey && e.name !== 'ProfileChunk') continue;
    if (e.name === 'Profile' && `${e.pid}:${e.tid}` === mainKey)
      profiles.set(
        `${e.pid}:${String(e.id)}`,
        Number((e.args?.data as { startTime: number }).startTime),
      );
  }
  const clock = new Map(profiles);
  for (const e of events) {
    const key = `${e.pid}:${String(e.id)}`;
    if (e.name !== 'ProfileChunk' || !clock.has(key)) continue;
    const data = e.args?.data as {
      cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
      timeDeltas?: number[];
    };
    for (const n of data.cpuProfile?.nodes ?? []) nodes.set(n.id, n);
    let t = clock.get(key)!;
    const ids = data.cpuProfile?.samples ?? [];
    const deltas = data.timeDeltas ?? [];
    for (let i = 0; i < ids.length; i++) {
      t += deltas[i] ?? 0;
      samples.push({ ts: t, node: ids[i]! });
    }
    clock.set(key, t);
  }
  samples.sort((a, b) => a.ts - b.ts);

  const tasks = onMain.filter(
    (e) => e.name === 'RunTask' && e.ph === 'X' && (e.dur ?? 0) >= minMs * 1000,
  );
  console.log(
    `\n## #/${route}  (CPU ${cpuRate}×${phone ? ', phone' : ''}${asLighthouse ? ", Lighthouse's trace" : ''}; ${marks.join(', ')})`,
  );
  // The same from each task's own CPU time: less swayed by other work on a shared machine.
  let tbtCpu = 0;
  let longestCpu = 0;
  let longestWall = 0;
  for (const e of onMain)
    if (e.name === 'RunTask' && e.ph === 'X' && e.ts >= t0) {
      tbtCpu += Math.max(0, ((e.tdur ?? 0) * 4) / 1000 - 50);
      longestCpu = Math.max(longestCpu, (e.tdur ?? 0) / 1000);
      longestWall = Math.max(longestWall, (e.dur ?? 0) / 1000);
    }
  console.log(
    `longest task ${longestWall.toFixed(1)} ms wall, ${longestCpu.toFixed(1)} ms own CPU; sum of (4×cpu − 50) over tasks: ${tbtCpu.toFixed(0)} ms`,
  );
  let tbt = 0;
  for (const e of onMain)
    if (e.name === 'RunTask' && e.ph === 'X' && (e.dur ?? 0) > 12_500)
      tbt += (e.dur! * 4) / 1000 - 50;
  console.log(
    `tasks ≥ ${minMs} ms: ${tasks.length}; sum of (4×wall − 50) over tasks > 12.5 ms: ${tbt.toFixed(0)} ms`,
  );
  for (const task of tasks) {
    const end = task.ts + task.dur!;
    const inside = onMain.filter(
      (e) => e.ph === 'X' && e.ts >= task.ts && e.ts < end && e !== task,
    );
    const byLabel = new Map<string, number>();
    for (const e of inside) {
      const l = label(e);
      if (l) byLabel.set(l, (byLabel.get(l) ?? 0) + (e.dur ?? 0) / 1000);
    }
    const parts = [...byLabel]
      .filter(([, ms]) => ms >= 1)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 9)
      .map(([l, ms]) => `${l} ${ms.toFixed(1)}`);
    // Self time per function, from the samples inside the task.
    const self = new Map<string, number>();
    let prev = task.ts;
    for (const s of samples) {
      if (s.ts < task.ts) continue;
      if (s.ts >= end) break;
      const f = nodes.get(s.node)?.callFrame;
      const name = f
        ? `${f.functionName || '(anon)'}@${short(f.url)}${f.url ? `:${f.lineNumber + 1}` : ''}`
        : '?';
      self.set(name, (self.get(name) ?? 0) + (s.ts - prev) / 1000);
      prev = s.ts;
    }
    // Inclusive time of the page's own functions (each counted once per sample).
    const inclusive = new Map<string, number>();
    let before = task.ts;
    for (const s of samples) {
      if (s.ts < task.ts) continue;
      if (s.ts >= end) break;
      const seen = new Set<string>();
      for (let n = nodes.get(s.node); n; n = n.parent ? nodes.get(n.parent) : undefined) {
        const f = n.callFrame;
        // The page's own functions, without the framework's internals (snake_case, #private).
        if (
          !f.url?.includes(origin) ||
          !/^[A-Za-z]\w*$/.test(f.functionName) ||
          /_/.test(f.functionName)
        )
          continue;
        if (
          [
            'flush',
            'flushSync',
            'get',
            'set',
            'mount',
            'start',
            'resolve',
            'ensure',
            'branch',
            'block',
          ].includes(f.functionName)
        )
          continue;
        const name = `${f.functionName || '(anon)'}@${short(f.url)}:${f.lineNumber + 1}`;
        if (seen.has(name)) continue;
        seen.add(name);
        inclusive.set(name, (inclusive.get(name) ?? 0) + (s.ts - before) / 1000);
      }
      before = s.ts;
    }
    const incl = [...inclusive]
      .filter(([, ms]) => ms >= 2)
      .sort((a, b) => b[1] - a[1])
      .slice(0, Number(option('--stack', '0')))
      .map(([n, ms]) => `${n} ${ms.toFixed(1)}`);
    const top = [...self]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 6)
      .map(([n, ms]) => `${n} ${ms.toFixed(1)}`);
    console.log(
      `- at ${((task.ts - t0) / 1000).toFixed(0)} ms: ${(task.dur! / 1000).toFixed(1)} ms wall, ${((task.tdur ?? 0) / 1000).toFixed(1)} cpu\n    ${parts.join(' | ')}\n    self: ${top.join(' | ')}`,
    );
    if (incl.length > 0) console.log(`    inclusive: ${incl.join(' | ')}`);
  }
}

const server = await startStaticServer({
  root: dist,
  gzip: true,
  cache: true,
  headers: securityHeaders(),
});
const { browser, close } = await launchChromium();
try {
  for (const route of routes.length > 0 ? routes : ROUTES)
    for (let i = 0; i < runs; i++)
      analyse(await traceRoute(browser, `${server.url}#/${route}`), route, server.url);
} finally {
  await close();
  await server.close();
}
