// Export times of every format (targets for SVG and PNG at 2×) of every view that has a chart, through the app's export menu as a
// reader uses it. The app measures each export itself (performance.measure `export:<kind>`, from
// the click to the file handed to the browser); the figure is the slowest view's median.

import type { Browser, Page } from 'playwright-core';
import { EXPORT_FORMATS } from '../src/browser/export/formats.ts';
import { en } from '../src/lib/i18n/en/index.ts';
import { createTranslator } from '../src/lib/i18n/translator.ts';
import { CHART_ROUTES, downloadBytes, exportAs, stateOf } from '../test/e2e/charts.ts';
import { waitForView } from './load.ts';
import { atMost, median, measured, notMeasured, type Figure } from './report.ts';

/** The formats with a target (DESIGN); the others of EXPORT_FORMATS are reported for information. */
const TARGETS: Readonly<Record<string, { id: string; label: string; ms: number }>> = {
  svg: { id: 'export.svg', label: 'export SVG', ms: 100 },
  png2: { id: 'export.png2x', label: 'export PNG 2×', ms: 100 },
};

// The menu's labels are message keys: the bench reports in English.
const english = createTranslator('en', en);

/** Every format of the menu's table (src/browser/export/formats.ts), so none is left unmeasured. */
const SPECS = EXPORT_FORMATS.map((f) => {
  const t = TARGETS[f.kind];
  return {
    id: t?.id ?? `export.${f.kind}`,
    label: t?.label ?? `export ${english.t(f.label)}`,
    unit: 'ms',
    target: t ? atMost(t.ms) : null,
    kind: f.kind,
  };
});

const RUNS = 5;
/** Runs of a format without a target: enough to report, fewer to keep the bench short. */
const INFO_RUNS = 2;
const runsOf = (spec: { target: unknown }): number => (spec.target ? RUNS : INFO_RUNS);

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
        for (let i = 0; i < runsOf(spec); i++) runs.push(await exportOnce(page, spec.kind));
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
      `slowest view #/${slowest[0]}, median of ${runsOf(spec)} after a warm-up; by view: ${byRoute
        .map(([route, runs]) => `${route} ${Math.round(median(runs))} ms`)
        .join(', ')}`,
    );
  });
}
