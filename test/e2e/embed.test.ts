// Embeds in a real browser: each view's chart alone in an iframe of another site's page, telling
// that page its height and following a change of width; a host page saved as a file; the chart
// exported as one web page that works from a file; the explorer itself opened from a file; the
// embed dialog's code and previews.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startStaticServer, type RunningServer } from '../../scripts/static-server.ts';
import { embedSnippet } from '../../src/lib/export/embed.ts';
import { useBrowser, VIEWPORTS } from './browser.ts';
import { CHART_ROUTES, chartStatus, downloadBytes, exportAs, stateOf } from './charts.ts';

const { browser, open } = useBrowser();
const dir = mkdtempSync(join(tmpdir(), 'gdi-embed-'));
let host: RunningServer;
beforeAll(async () => {
  host = await startStaticServer({ root: dir });
});
afterAll(async () => {
  await host.close();
});

/** A host page with the embed code in a box of the given width. */
function hostPage(name: string, src: string, width: number): string {
  writeFileSync(
    join(dir, name),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head>
<body style="margin:0;font-family:sans-serif"><h1>An article</h1>
<div id="box" style="width:${width}px">${embedSnippet({ src, title: 'Embedded chart', height: 150 })}</div>
<p>After the chart.</p></body></html>`,
  );
  return name;
}

/** The embed's frame, once the iframe has started loading it. */
async function embedFrame(page: Page, prefix: string): Promise<Frame> {
  const until = Date.now() + 15_000;
  for (;;) {
    const frame = page.frames().find((f) => f.url().startsWith(prefix));
    if (frame) return frame;
    if (Date.now() > until) throw new Error(`no iframe of ${prefix} loaded`);
    await page.waitForTimeout(50);
  }
}

/** Waits until the iframe's height is what its content says, and returns both. */
async function settledHeight(page: Page, frame: Frame, previous = ''): Promise<number> {
  await page.waitForFunction(
    (prev) => {
      const h = document.querySelector('iframe')!.style.height;
      return h !== '' && h !== prev;
    },
    previous,
    { timeout: 15_000 },
  );
  // The iframe follows the embed's own measure of itself.
  await page.waitForFunction(
    () => {
      const f = document.querySelector('iframe')!;
      return f.getBoundingClientRect().height === parseFloat(f.style.height);
    },
    null,
    { timeout: 5_000 },
  );
  const content = await frame.evaluate(() =>
    Math.ceil(document.getElementById('app')!.getBoundingClientRect().height),
  );
  const outer = await page.evaluate(() =>
    parseFloat(document.querySelector('iframe')!.style.height),
  );
  expect(outer).toBe(content);
  return outer;
}

describe.each(CHART_ROUTES)('embed of #/%s', (route) => {
  it('shows the chart alone in another site’s page, reports its height and follows a new width', async () => {
    const probe = await open(stateOf(route));
    const status = await chartStatus(probe.page);
    await probe.page.context().close();
    expect(status, `#/${route} is built but registers no chart to embed`).toEqual({
      kind: 'chart',
      id: route,
    });
    const app = inject('baseUrl');
    const src = `${app}${stateOf(route)}${stateOf(route).includes('?') ? '&' : '?'}embed=1`;
    const context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(host.url + hostPage(`${route}.html`, src, 900));
    const frame = await embedFrame(page, app);
    await frame.waitForSelector('svg[data-exportable]');
    const wide = await settledHeight(page, frame);
    expect(wide).toBeGreaterThan(150);

    // Only the chart, its title, legend, source line and a link back.
    expect(await frame.locator('header, nav, footer').count()).toBe(0);
    expect(await frame.locator('.frame > .head > h1').textContent()).not.toBe('');
    expect(await frame.locator('.source').textContent()).toMatch(/^Source: /);
    const back = frame.getByRole('link', { name: /Open in the GDI Digital Cooperation Explorer/ });
    const href = (await back.getAttribute('href'))!;
    expect(href.startsWith(app)).toBe(true);
    expect(href).not.toContain('embed=1');
    // The chart fills the width it is given.
    const chartWidth = await frame
      .locator('svg[data-exportable]')
      .evaluate((s) => s.getBoundingClientRect().width);
    expect(chartWidth).toBeGreaterThan(900 - 60);

    // Narrower: the text wraps, the chart shrinks, the height changes and the iframe follows.
    await page.evaluate(() => (document.getElementById('box')!.style.width = '420px'));
    const narrow = await settledHeight(page, frame, `${wide}px`);
    expect(narrow).not.toBe(wide);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('embeds and files', () => {
  it('resizes in a host page opened from a file', async () => {
    const app = inject('baseUrl');
    const file = pathToFileURL(
      join(dir, hostPage('saved.html', `${app}#/compare?a=2023&b=2024&embed=1`, 700)),
    ).href;
    const context = await browser().newContext();
    const page = await context.newPage();
    await page.goto(file);
    const frame = await embedFrame(page, app);
    await frame.waitForSelector('svg[data-exportable]');
    expect(await settledHeight(page, frame)).toBeGreaterThan(300);
    await context.close();
  });

  it('exports a web page that opens from a file, with nothing to load, and sizes its iframe', async () => {
    const { page } = await open(stateOf('compare'));
    expect((await chartStatus(page)).kind).toBe('chart');
    const html = await downloadBytes(page, () => exportAs(page, 'html'));
    await page.context().close();
    writeFileSync(join(dir, html.name), html.bytes);
    const context = await browser().newContext();
    const alone = await context.newPage();
    const requests: string[] = [];
    alone.on('request', (r) => requests.push(r.url()));
    await alone.goto(pathToFileURL(join(dir, html.name)).href);
    expect(await alone.locator('figure > svg').count()).toBe(1);
    expect(await alone.locator('figure > svg').getAttribute('aria-label')).toMatch(/^Compare/);
    expect(requests.filter((u) => !u.startsWith('file:'))).toEqual([]);
    // Inside an iframe of a page on disk, it reports its height like the live embed.
    writeFileSync(
      join(dir, 'deck.html'),
      `<!doctype html><body style="margin:0"><div id="box" style="width:800px">${embedSnippet({ src: html.name, title: 'Chart', height: 100 })}</div></body>`,
    );
    await alone.goto(pathToFileURL(join(dir, 'deck.html')).href);
    await alone.waitForFunction(
      () => parseFloat(document.querySelector('iframe')!.style.height) > 300,
    );
    await context.close();
  });

  it('says how to serve the explorer when it is opened from a file', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    await page.goto(`${pathToFileURL(join(inject('distDir'), 'index.html')).href}#/graph`);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('The explorer cannot run from a file');
    expect(await alert.textContent()).toContain('python3 -m http.server');
    await context.close();
  });

  it('gives the embed code with live previews at 600 × 400 and 1000 × 600, or a fixed frame with a 16:9 preview', async () => {
    const { page, errors } = await open('#/compare?a=2023&b=2024');
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(page.url()).origin,
    });
    await page.getByRole('button', { name: /^Share/ }).click();
    await page.getByRole('menuitem', { name: /^Embed/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Embed this chart' });
    await dialog.waitFor();
    const code = await dialog.locator('textarea').inputValue();
    const src = `${inject('baseUrl')}#/compare?a=2023&b=2024&embed=1`;
    expect(code.split('\n')[0]).toContain(`src="${src.replace(/&/g, '&amp;')}"`);
    const previews = dialog.locator('iframe');
    expect(
      await previews.evaluateAll((fs) =>
        fs.map((f) => [f.getAttribute('width'), f.getAttribute('height'), f.getAttribute('src')]),
      ),
    ).toEqual([
      ['600', '400', src],
      ['1000', '600', src],
    ]);
    await dialog.getByRole('button', { name: 'Copy embed code' }).click();
    await dialog.getByRole('button', { name: 'Embed code copied' }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
    // The previews are the live embed: each shows the chart.
    for (const f of page.frames().filter((f) => f.url() === src))
      await f.waitForSelector('svg[data-exportable]');
    // The other frame: a fixed size for a slide, no script, previewed at 16:9 and 600 × 400.
    await dialog.getByRole('radio', { name: /^Fixed size/ }).check();
    const fixed = await dialog.locator('textarea').inputValue();
    expect(fixed).toBe(
      `<iframe src="${src.replace(/&/g, '&amp;')}" title="Compare 2023 and 2024" width="1280" height="720" style="border:0" loading="lazy"></iframe>`,
    );
    expect(
      await previews.evaluateAll((fs) =>
        fs.map((f) => [f.getAttribute('width'), f.getAttribute('height')]),
      ),
    ).toEqual([
      ['1280', '720'],
      ['600', '400'],
    ]);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('fits the embed size without scrolling sideways', async () => {
    const { page } = await open('#/compare?a=2023&b=2024&embed=1', { viewport: VIEWPORTS.embed });
    await page.waitForSelector('svg[data-exportable]');
    expect(
      await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      ),
    ).toBeLessThanOrEqual(0);
    await page.context().close();
  });
});
