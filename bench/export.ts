// Export times (SVG, PNG at 2×) of every view that has a chart, through the app's export menu as a
// reader uses it. The app measures each export itself (performance.measure `export:<kind>`, from
// the click to the file handed to the browser); the figure is the slowest view's median.

import type { Browser, Page } from 'playwright-core';
import { CHART_ROUTES, downloadBytes, exportAs, stateOf } from '../test/e2e/charts.ts';
import { waitForView } from './load.ts';
import { atMost, median, measured, notMeasured, type Figure } from './report.ts';

const SPECS = [
  { id: 'export.svg', label: 'export SVG', unit: 'ms', target: atMost(100), kind: 'svg' },
  { id: 'export.png2x', label: 'export PNG 2×', unit: 'ms', target: atMost(100), kind: 'png2' },
] as const;

const RUNS = 5;

/** One export through the menu; its time as the app measured it. */
async function exportOnce(page: Page, kind: string): Promise<number> {
  await page.evaluate((k) => performance.clearMeasures(`export:${k}`), kind);
  await downloadBytes(page, () => exportAs(page, kind));
  await page.waitForFunction(
    (k) => performance.getEntriesByName(`export:${k}`, 'measure').length > 0,
    kind,
  );
  return page.evaluate(
    (k) => performance.getEntriesByName(`export:${k}`, 'measure').at(-1)!.duration,
    kind,
  );
}

export async function measureExport(browser: Browser, baseUrl: string): Promise<Figure[]> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    acceptDownloads: true,
  });
  const page = await context.newPage();
  // kind → route → runs (ms)
  const times = new Map<string, Map<string, number[]>>(SPECS.map((s) => [s.kind, new Map()]));
  try {
    // The states the export tests use: the graph on AI governance, 2023 against 2024.
    for (const route of CHART_ROUTES) {
      await page.goto(`${baseUrl}${stateOf(route)}`);
      await waitForView(page);
      await page.waitForSelector('svg[data-exportable]');
      for (const spec of SPECS) {
        await exportOnce(page, spec.kind); // warm-up: the exporters' chunk loads once
        const runs: number[] = [];
        for (let i = 0; i < RUNS; i++) runs.push(await exportOnce(page, spec.kind));
        times.get(spec.kind)!.set(route, runs);
      }
    }
  } finally {
    await context.close();
  }
  return SPECS.map((spec) => {
    const byRoute = [...times.get(spec.kind)!];
    if (byRoute.length === 0) return notMeasured(spec, 'no view drew an exportable chart');
    const slowest = byRoute.reduce((a, b) => (median(b[1]) > median(a[1]) ? b : a));
    return measured(
      spec,
      slowest[1].map((ms) => Math.round(ms)),
      `slowest view #/${slowest[0]}, median of ${RUNS} after a warm-up; by view: ${byRoute
        .map(([route, runs]) => `${route} ${Math.round(median(runs))} ms`)
        .join(', ')}`,
    );
  });
}
