// Opening a view does not shake the page: no layout shift while the corpus and the view load
// (Cumulative Layout Shift 0), on every route, on a phone, on two desktops and embedded. Measured
// with the browser's own layout-shift entries.

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ROUTES } from '../../src/lib/state/url-state.ts';
import { useBrowser, VIEWPORTS } from './browser.ts';

const { open } = useBrowser();

describe('layout shift while a view opens', () => {
  it.each(
    ROUTES.flatMap(
      (route) =>
        [
          [route, '', 'phone'],
          [route, '', 'desktop'],
          [route, '', 'Lighthouse desktop'],
          [route, '?embed=1', 'embed'],
        ] as const,
    ),
  )('#/%s%s on a %s shifts nothing', async (route, query, size) => {
    const { page } = await open(`#/${route}${query}`, {
      // Lighthouse's desktop run is taller than our desktop: the timeline's first forum cards are
      // on its first screen (where a built page's later parts once shifted them, CLS 0.13).
      viewport: size === 'Lighthouse desktop' ? { width: 1350, height: 940 } : VIEWPORTS[size],
      beforeLoad: (p) => p.addInitScript(recordShifts),
    });
    await page.waitForLoadState('networkidle');
    // Two frames for the last render to be laid out and reported.
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
    // The built page and the live view it gives way to hold the same places (issue 14: CLS 0).
    expect(await shiftsSoFar(page)).toEqual([]);
    await page.context().close();
  });

  // The terms outside the codebook come from a worker after the reader shows; beside the text (a
  // desktop) their list once pushed the tools under it down the screen (CLS 0.018).
  it("#/read on a desktop shifts nothing, also when the text's terms come in", async () => {
    const { page } = await open('#/read', {
      viewport: VIEWPORTS.desktop,
      beforeLoad: (p) => p.addInitScript(recordShifts),
    });
    await page.locator('ol.terms').waitFor();
    await page.waitForLoadState('networkidle');
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
    const shifts = await shiftsSoFar(page);
    expect(shifts).toEqual([]);
    await page.context().close();
  });
});

/** In the page, before its scripts: keeps every layout shift not caused by input. */
function recordShifts(): void {
  const w = window as unknown as { __shifts: { value: number; what: string[] }[] };
  w.__shifts = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries() as (PerformanceEntry & {
      value: number;
      hadRecentInput: boolean;
      sources: { node?: Node }[];
    })[])
      if (!e.hadRecentInput)
        w.__shifts.push({
          value: e.value,
          what: e.sources.map(
            (s) => (s.node as Element | undefined)?.outerHTML?.slice(0, 80) ?? '?',
          ),
        });
  }).observe({ type: 'layout-shift', buffered: true });
}

function shiftsSoFar(page: Page): Promise<{ value: number; what: string[] }[]> {
  return page.evaluate(
    () => (window as unknown as { __shifts: { value: number; what: string[] }[] }).__shifts,
  );
}
