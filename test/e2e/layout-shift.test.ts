// Opening a view does not shake the page: no layout shift while the corpus and the view load
// (Cumulative Layout Shift 0), on every route, on a phone, on two desktops and embedded. Measured
// with the browser's own layout-shift entries.

import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
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

// A slow network, or a parser that yields on a busy machine (as in CI), lets the browser paint half
// of index.html's built page; what came in after it then moved the legend's chips and the graph's
// controls (CLS 0.005–0.1). The page is painted only once it is whole.
describe('layout shift while index.html comes in parts', () => {
  let server: Server;
  let slowUrl: string;
  beforeAll(async () => {
    server = await startSlowPageServer(inject('baseUrl'), inject('distDir'));
    slowUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  afterAll(() => new Promise<void>((done) => server.close(() => done())));

  it.each(['desktop', 'phone'] as const)(
    '#/graph on a %s shifts nothing, and paints nothing of the page before its end',
    async (size) => {
      const { page } = await open('#/graph', {
        baseUrl: slowUrl,
        viewport: VIEWPORTS[size],
        beforeLoad: async (p) => {
          await p.addInitScript(recordShifts);
          await p.addInitScript(() =>
            requestAnimationFrame(() => {
              (window as unknown as WithFirstFrame).__firstFrameWhole =
                document.getElementById('prerendered-end') !== null;
            }),
          );
        },
      });
      await page.waitForLoadState('networkidle');
      await page.evaluate(
        () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
      );
      expect(await shiftsSoFar(page)).toEqual([]);
      // The first frame (its animation callbacks run just before it is painted) had the whole
      // page: the empty element after the built page was already parsed.
      expect(
        await page.evaluate(() => (window as unknown as WithFirstFrame).__firstFrameWhole),
      ).toBe(true);
      await page.context().close();
    },
  );
});

interface WithFirstFrame {
  __firstFrameWhole?: boolean;
}

/**
 * Serves index.html in 40 parts, 60 ms apart (the parts a slow network delivers), and everything
 * else as the app's own server does.
 */
async function startSlowPageServer(appUrl: string, distDir: string): Promise<Server> {
  const html = readFileSync(join(distDir, 'index.html'));
  const part = Math.ceil(html.length / 40);
  const server = createServer((req, res) => {
    const path = req.url ?? '/';
    if (path === '/' || path === '/index.html') {
      res.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'no-cache',
      });
      let at = 0;
      const next = (): void => {
        if (at >= html.length) return void res.end();
        res.write(html.subarray(at, (at += part)));
        setTimeout(next, 60);
      };
      return next();
    }
    void fetch(new URL(path.slice(1), appUrl)).then(
      async (r) => {
        res.writeHead(r.status, {
          'content-type': r.headers.get('content-type') ?? 'application/octet-stream',
        });
        res.end(Buffer.from(await r.arrayBuffer()));
      },
      () => res.writeHead(502).end(),
    );
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return server;
}

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
