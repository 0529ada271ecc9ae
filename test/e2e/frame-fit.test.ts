// Charts in frames of fixed size: a deck page on another origin (a second server on 127.0.0.1)
// with iframes of a slide's sizes and no resize script shows each chart whole (its box inside the
// frame, the source line visible, nothing to scroll); a deck that runs the resize script still
// grows its iframe to the chart; the exported web page fits a fixed iframe the same way;
// presentation mode fills the screen.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startStaticServer, type RunningServer } from '../../scripts/static-server.ts';
import { embedSnippet } from '../../src/lib/export/embed.ts';
import { MIN_LEGIBLE_SCALE } from '../../src/lib/export/frame-fit.ts';
import { useBrowser } from './browser.ts';
import { CHART_ROUTES, downloadBytes, exportAs, stateOf } from './charts.ts';

const { browser, open } = useBrowser();
const dir = mkdtempSync(join(tmpdir(), 'gdi-deck-'));
let deck: RunningServer;
beforeAll(async () => {
  deck = await startStaticServer({ root: dir });
});
afterAll(async () => {
  await deck.close();
});

const FRAMES = [
  { width: 320, height: 240 },
  { width: 600, height: 400 },
  { width: 800, height: 450 },
  { width: 1280, height: 720 },
] as const;

const embedSrc = (route: string): string =>
  `${inject('baseUrl')}${stateOf(route)}${stateOf(route).includes('?') ? '&' : '?'}embed=1`;

/** Each frame of the page whose address starts with `prefix`, in the page's order. */
async function frames(page: Page, prefix: string, count: number): Promise<Frame[]> {
  const until = Date.now() + 15_000;
  for (;;) {
    const found = page.frames().filter((f) => f.url().startsWith(prefix));
    if (found.length === count) return found;
    if (Date.now() > until) throw new Error(`${found.length} of ${count} frames of ${prefix}`);
    await page.waitForTimeout(50);
  }
}

interface Fit {
  inner: { width: number; height: number };
  scroll: { width: number; height: number };
  chart: { left: number; top: number; right: number; bottom: number } | null;
  source: { top: number; bottom: number; text: string } | null;
  title: { top: number; bottom: number } | null;
}

/** Where the chart, its title and its source line are in the frame, and what the frame scrolls. */
function measure(frame: Frame): Promise<Fit> {
  return frame.evaluate(() => {
    const rect = (sel: string) => {
      const el = document.querySelector(sel);
      if (!el) return null;
      const r = el.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    };
    const source = document.querySelector('.source');
    const s = rect('.source');
    const t = rect('.frame h1');
    return {
      inner: { width: innerWidth, height: innerHeight },
      scroll: {
        width: document.documentElement.scrollWidth,
        height: document.documentElement.scrollHeight,
      },
      chart: rect('svg[data-exportable]'),
      source: s && { top: s.top, bottom: s.bottom, text: source!.textContent ?? '' },
      title: t && { top: t.top, bottom: t.bottom },
    };
  });
}

/**
 * Waits until the frame has fitted its chart: three measures 300 ms apart agree (a view that draws
 * late, the map after its atlas, changes size on the way).
 */
async function fitted(frame: Frame): Promise<Fit> {
  await frame.waitForSelector('.fit-box svg[data-exportable]', { timeout: 20_000 });
  let last = '';
  let same = 0;
  for (let i = 0; i < 60 && same < 2; i++) {
    await frame.waitForTimeout(300);
    const key = JSON.stringify(await measure(frame));
    same = key === last ? same + 1 : 0;
    last = key;
  }
  return JSON.parse(last) as Fit;
}

function expectWhole(fit: Fit, label: string): void {
  const { inner, chart, source, title } = fit;
  expect(fit.scroll.height, `${label}: scrolls down`).toBeLessThanOrEqual(inner.height);
  expect(fit.scroll.width, `${label}: scrolls sideways`).toBeLessThanOrEqual(inner.width);
  expect(chart, `${label}: no chart`).not.toBeNull();
  expect(chart!.left, `${label}: chart cut left`).toBeGreaterThanOrEqual(0);
  expect(chart!.top, `${label}: chart cut at the top`).toBeGreaterThanOrEqual(0);
  expect(chart!.right, `${label}: chart cut right`).toBeLessThanOrEqual(inner.width + 0.5);
  expect(chart!.bottom, `${label}: chart cut at the bottom`).toBeLessThanOrEqual(
    inner.height + 0.5,
  );
  expect(title!.top, `${label}: title cut`).toBeGreaterThanOrEqual(0);
  expect(source!.text).toMatch(/^Source: /);
  expect(source!.top, `${label}: source above the chart`).toBeGreaterThanOrEqual(chart!.bottom);
  expect(source!.bottom, `${label}: source line cut`).toBeLessThanOrEqual(inner.height + 0.5);
}

describe.each(CHART_ROUTES)('#/%s in a deck of fixed frames', (route) => {
  it('shows the chart whole at 320 × 240, 600 × 400, 800 × 450 and 1280 × 720 with no resize script', async () => {
    const src = embedSrc(route);
    const name = `fixed-${route}.html`;
    writeFileSync(
      join(dir, name),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Deck</title></head>
<body style="margin:0">${FRAMES.map(
        (f) =>
          `<section style="height:${f.height + 40}px"><iframe src="${src.replace(/&/g, '&amp;')}" title="Chart ${f.width}" width="${f.width}" height="${f.height}" style="border:0"></iframe></section>`,
      ).join('\n')}</body></html>`,
    );
    const context = await browser().newContext({ viewport: { width: 1320, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(deck.url + name);
    // Two origins: the deck's port is not the app's.
    expect(new URL(deck.url).origin).not.toBe(new URL(inject('baseUrl')).origin);
    const found = await frames(page, inject('baseUrl'), FRAMES.length);
    for (const [i, frame] of found.entries()) {
      const size = FRAMES[i]!;
      // A frame out of view is not rendered (Chromium throttles it): bring each into view, as a
      // presenter's deck does when it reaches the slide.
      await page.locator('iframe').nth(i).scrollIntoViewIfNeeded();
      const fit = await fitted(frame);
      expect(fit.inner).toEqual(size);
      expectWhole(fit, `${route} ${size.width}×${size.height}`);
      // A small box says fewer words rather than shrinking its type out of reach (it was 0.28 for
      // the comparison before): no legend, two lines of source, a chart drawn to the height left.
      // No frame draws its type below the legible scale (the map at 800 × 450 did, at 0.73).
      const scale = Number(await frame.getAttribute('[data-fit-scale]', 'data-fit-scale'));
      expect(scale, `${route} ${size.width}×${size.height}: type scale`).toBeGreaterThanOrEqual(
        MIN_LEGIBLE_SCALE,
      );
      if (size.width === 320)
        expect(await frame.locator('.frame .legend').count(), `${route}: legend`).toBe(0);
    }
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('a fixed frame while the embed waits for its host', () => {
  it('never shows the chart cut: unseen until it is fitted', async () => {
    const src = embedSrc('compare');
    writeFileSync(
      join(dir, 'watch.html'),
      `<!doctype html><body style="margin:0"><iframe src="${src.replace(/&/g, '&amp;')}" title="Chart" width="600" height="400" style="border:0"></iframe></body>`,
    );
    const context = await browser().newContext({ viewport: { width: 700, height: 500 } });
    const page = await context.newPage();
    await page.goto(`${deck.url}watch.html`);
    const [frame] = await frames(page, inject('baseUrl'), 1);
    // What a viewer would see, sampled from the start until the frame is fitted: the app's
    // frame either unseen or whole in the iframe.
    const seen: string[] = [];
    for (let i = 0; i < 400; i++) {
      const state = await frame!
        .evaluate(() => {
          const f = document.querySelector<HTMLElement>('.frame');
          if (!f) return 'none';
          if (getComputedStyle(f).visibility === 'hidden') return 'unseen';
          if (f.closest('.fit-box')) return 'fitted';
          return f.getBoundingClientRect().bottom > innerHeight + 0.5 ? 'cut' : 'whole';
        })
        .catch(() => 'none');
      seen.push(state);
      if (state === 'fitted') break;
      await page.waitForTimeout(10);
    }
    expect(seen).toContain('unseen');
    expect(seen.at(-1)).toBe('fitted');
    expect(seen).not.toContain('cut');
    await context.close();
  });
});

describe('decks that resize and exported pages', () => {
  it('a deck that runs the resize script still sets the iframe to the chart’s height', async () => {
    const src = embedSrc('graph');
    writeFileSync(
      join(dir, 'resizing.html'),
      `<!doctype html><body style="margin:0"><div style="width:1280px">${embedSnippet({ src, title: 'Graph', height: 150 })}</div></body>`,
    );
    const context = await browser().newContext({ viewport: { width: 1300, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${deck.url}resizing.html`);
    const [frame] = await frames(page, inject('baseUrl'), 1);
    await frame!.waitForSelector('svg[data-exportable]');
    await page.waitForFunction(
      () => parseFloat(document.querySelector('iframe')!.style.height) > 300,
    );
    // It grew to its content (today's behaviour): not fitted, nothing to scroll.
    await page.waitForTimeout(1500);
    expect(await frame!.locator('.fit-box').count()).toBe(0);
    const content = await frame!.evaluate(() =>
      Math.ceil(document.getElementById('app')!.getBoundingClientRect().height),
    );
    expect(
      await page.evaluate(() => parseFloat(document.querySelector('iframe')!.style.height)),
    ).toBe(content);
    await context.close();
  });

  it('the exported web page fits a fixed iframe: the whole chart in the box, nothing to scroll', async () => {
    const { page } = await open(stateOf('compare'));
    await page.waitForSelector('svg[data-exportable]');
    const html = await downloadBytes(page, () => exportAs(page, 'html'));
    await page.context().close();
    writeFileSync(join(dir, 'chart.html'), html.bytes);
    writeFileSync(
      join(dir, 'fixed-page.html'),
      `<!doctype html><body style="margin:0"><iframe src="chart.html" title="Chart" width="600" height="400" style="border:0"></iframe></body>`,
    );
    const context = await browser().newContext();
    const deckPage = await context.newPage();
    await deckPage.goto(`${deck.url}fixed-page.html`);
    const frame = deckPage.frames().find((f) => f.url().endsWith('chart.html'))!;
    await frame.waitForFunction(() => document.documentElement.className === 'fit', null, {
      timeout: 10_000,
    });
    const m = await frame.evaluate(() => {
      const r = document.querySelector('figure svg')!.getBoundingClientRect();
      return {
        box: { top: r.top, bottom: r.bottom, left: r.left, right: r.right },
        scroll: document.documentElement.scrollHeight,
        inner: innerHeight,
      };
    });
    expect(m.scroll).toBeLessThanOrEqual(m.inner);
    expect(m.box.top).toBeGreaterThanOrEqual(0);
    expect(m.box.bottom).toBeLessThanOrEqual(400);
    expect(m.box.right).toBeLessThanOrEqual(600);
    await context.close();
  });

  // The app's Present button writes embed=1; a link written by hand may say `present` alone (it put
  // the whole page on the slide, drawn at a fifth of its size).
  it.each(['#/compare?a=2023&b=2024&embed=1&present=1', '#/compare?a=2023&b=2024&present=1'])(
    'a presentation slide fills the screen: the comparison takes most of a 1280 × 720 slide, in larger type (%s)',
    async (hash) => {
      const { page, errors } = await open(hash, {
        viewport: { width: 1280, height: 720 },
      });
      // The chart alone, not the view's page.
      expect(await page.locator('.compare-view.embed').count()).toBe(1);
      const fit = await fitted(page.mainFrame());
      expectWhole(fit, 'slide');
      // Today's slide used about half the height in the page's type size: now the frame is scaled up.
      expect(fit.source!.bottom).toBeGreaterThan(720 * 0.75);
      const scale = Number(await page.locator('.fit-box').getAttribute('data-fit-scale'));
      expect(scale).toBeGreaterThan(1);
      expect(errors).toEqual([]);
      await page.context().close();
    },
  );
});
