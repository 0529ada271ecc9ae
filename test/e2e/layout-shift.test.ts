// Opening a view does not shake the page: the layout shifts a reader sees while the corpus and the
// view load (Cumulative Layout Shift) stay under 0.1, "good" by Web Vitals, on every route, on a
// phone, on a desktop and embedded. Measured with the browser's own layout-shift entries.

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
          [route, '?embed=1', 'embed'],
        ] as const,
    ),
  )('#/%s%s on a %s shifts less than 0.1', async (route, query, size) => {
    const { page } = await open(`#/${route}${query}`, {
      viewport: VIEWPORTS[size],
      beforeLoad: (p) =>
        p.addInitScript(() => {
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
        }),
    });
    await page.waitForLoadState('networkidle');
    // Two frames for the last render to be laid out and reported.
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
    const shifts = await page.evaluate(
      () => (window as unknown as { __shifts: { value: number; what: string[] }[] }).__shifts,
    );
    const total = shifts.reduce((n, s) => n + s.value, 0);
    expect(total, JSON.stringify(shifts)).toBeLessThan(0.1);
    await page.context().close();
  });
});
