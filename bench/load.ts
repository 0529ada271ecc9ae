// What a first visit costs, measured in Chromium against the built app: the scripts each route
// loads when a link opens it directly, and the longest main-thread task while it loads (from a
// DevTools trace), at full speed and with the CPU throttled 4×.

import type { Browser, CDPSession, Page } from 'playwright-core';
import { ROUTES, type Route } from '../src/lib/state/url-state.ts';
import { VIEW_SHOWN } from '../test/support/view-shown.ts';
import { BUDGETS, kb, type BundleReport } from './bundle.ts';
import { atMost, measured, type Figure } from './report.ts';

/** Waits until the app shows a view (a heading in main) and the network is quiet. */
export async function waitForView(page: Page): Promise<void> {
  await page.waitForSelector(VIEW_SHOWN, { timeout: 30_000 });
  await page.waitForLoadState('networkidle');
}

/** A DevTools protocol session on the page, its CPU slowed `rate` times (1: full speed). */
export async function throttledSession(page: Page, rate: number): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  if (rate > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  return cdp;
}

/**
 * Waits for a view while a trace records, without Playwright's selector engine: its injected
 * script would run on the page's main thread and be measured as the app's own long task.
 */
async function waitForViewUntraced(cdp: CDPSession, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const { result } = await cdp.send('Runtime.evaluate', {
      expression: `document.querySelector(${JSON.stringify(VIEW_SHOWN)}) !== null`,
      returnByValue: true,
    });
    if (result.value === true) return;
    await new Promise((done) => setTimeout(done, 50));
  }
  throw new Error('the view did not show a heading in time');
}

/** Scripts a route loads when opened directly, gzipped sizes taken from the build. */
export async function scriptsForRoute(
  browser: Browser,
  baseUrl: string,
  route: Route,
  bundle: BundleReport,
): Promise<{ paths: string[]; gzipBytes: number }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const paths = new Set<string>();
  page.on('request', (r) => {
    if (r.resourceType() === 'script') paths.add(new URL(r.url()).pathname.replace(/^\//, ''));
  });
  await page.goto(`${baseUrl}#/${route}`);
  await waitForView(page);
  await context.close();
  const size = new Map(bundle.scripts.map((s) => [s.path, s.gzipBytes]));
  const list = [...paths].sort();
  return { paths: list, gzipBytes: list.reduce((n, p) => n + (size.get(p) ?? 0), 0) };
}

/** One event of a Chromium trace (the fields these benches read). */
export interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of a complete event, in µs. */
  tdur?: number;
  id?: string;
  args?: Record<string, unknown> & { name?: string; data?: Record<string, unknown> };
}

/**
 * The main thread of the renderer that parsed the page at `origin`. A trace records every renderer
 * of the browser: Chromium's own (its omnibox popup is a web page of its own, a "WebUI Top Renderer",
 * started while some loads are traced, with tasks of 70–90 ms of CPU) is not the page's.
 */
export function pageMainThread(trace: { traceEvents: TraceEvent[] }, origin: string): string {
  const main = new Set(
    trace.traceEvents
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const parse = trace.traceEvents.find(
    (e) =>
      main.has(`${e.pid}:${e.tid}`) &&
      e.name === 'ParseHTML' &&
      String((e.args?.['beginData'] as { url?: string } | undefined)?.url ?? '').startsWith(origin),
  );
  if (!parse) throw new Error(`no renderer main thread parsed a page of ${origin} in the trace`);
  return `${parse.pid}:${parse.tid}`;
}

/** The longest task on the main thread of the page at `origin`, in ms. */
export function longestMainThreadTask(
  trace: { traceEvents: TraceEvent[] },
  origin: string,
): number {
  return longestTasks(trace, origin).wall;
}

/**
 * The longest task by wall time on the page's main thread, and the longest by the thread's own CPU
 * time (`tdur`): on a machine shared with other work, wall time includes waiting for a core (and
 * for the browser process, e.g. a font looked up); CPU time does not.
 */
export function longestTasks(
  trace: { traceEvents: TraceEvent[] },
  origin: string,
): { wall: number; cpu: number } {
  const thread = pageMainThread(trace, origin);
  let wall = 0;
  let cpu = 0;
  for (const e of trace.traceEvents)
    if (e.name === 'RunTask' && e.ph === 'X' && `${e.pid}:${e.tid}` === thread) {
      wall = Math.max(wall, (e.dur ?? 0) / 1000);
      cpu = Math.max(cpu, (e.tdur ?? 0) / 1000);
    }
  return { wall, cpu };
}

export async function longestTaskAtLoad(
  browser: Browser,
  url: string,
  cpuRate: number,
): Promise<{ wall: number; cpu: number }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await throttledSession(page, cpuRate);
  await browser.startTracing(page, {
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'],
  });
  await page.goto(url, { waitUntil: 'commit' });
  await waitForViewUntraced(cdp);
  // Let the tasks queued by the first render run (idle callbacks, a worker's reply) in the trace.
  await new Promise((done) => setTimeout(done, 1000));
  const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as {
    traceEvents: TraceEvent[];
  };
  await context.close();
  return longestTasks(trace, new URL(url).origin);
}

function cpuNote(cpu: readonly number[]): string {
  const sorted = [...cpu].sort((a, b) => a - b);
  return `median ${sorted[Math.floor((sorted.length - 1) / 2)]!.toFixed(0)} ms of ${sorted.map((c) => c.toFixed(0)).join(', ')}`;
}

export async function measureLoad(
  browser: Browser,
  baseUrl: string,
  bundle: BundleReport,
  runs: number,
): Promise<Figure[]> {
  const figures: Figure[] = [];
  for (const route of ROUTES) {
    const { paths, gzipBytes } = await scriptsForRoute(browser, baseUrl, route, bundle);
    figures.push(
      measured(
        {
          id: `load.${route}.scripts`,
          label: `JS to open #/${route}`,
          unit: 'KB',
          target: atMost(BUDGETS.entryKB),
        },
        kb(gzipBytes),
        `${paths.length} scripts: ${paths.map((p) => p.replace(/^assets\//, '')).join(', ')}`,
      ),
    );
  }
  for (const rate of [1, 4]) {
    for (const route of ROUTES) {
      const times: number[] = [];
      const cpu: number[] = [];
      for (let i = 0; i < runs; i++) {
        const t = await longestTaskAtLoad(browser, `${baseUrl}#/${route}`, rate);
        times.push(t.wall);
        cpu.push(t.cpu);
      }
      figures.push(
        measured(
          {
            id: `load.${route}.longest-task${rate > 1 ? `.cpu${rate}x` : ''}`,
            label: `longest task loading #/${route}${rate > 1 ? `, CPU ${rate}× slower` : ''}`,
            unit: 'ms',
            target: atMost(50),
          },
          times,
          `longest task's own CPU time ${cpuNote(cpu)} (wall time also counts waiting for a core)`,
        ),
      );
    }
  }
  return figures;
}
