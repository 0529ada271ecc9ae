// Offline use: after a first visit the service worker holds the app, its data and the map's atlas,
// so every view and an embed open with the network cut; a new build is offered, not switched to.

import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startStaticServer, type RunningServer } from '../../scripts/static-server.ts';
import { ROUTES } from '../../src/lib/state/url-state.ts';
import { VIEW_SHOWN } from '../support/view-shown.ts';
import { useBrowser, VIEWPORTS } from './browser.ts';

const { browser } = useBrowser();

/** Opens the app in a fresh context and waits until its service worker is active (precached). */
async function firstVisit(baseUrl: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser().newContext({ viewport: VIEWPORTS.desktop });
  const page = await context.newPage();
  await page.goto(`${baseUrl}#/graph`);
  await page.waitForSelector(VIEW_SHOWN);
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  expect(scope).toBe(baseUrl);
  return { context, page };
}

describe('offline after a first visit', () => {
  it('opens every view and an embed with the network cut', async () => {
    const { context } = await firstVisit(inject('baseUrl'));
    await context.setOffline(true);
    try {
      for (const hash of [...ROUTES.map((r) => `#/${r}`), '#/compare?embed=1']) {
        const page = await context.newPage();
        const failed: string[] = [];
        page.on('requestfailed', (r) => failed.push(r.url()));
        // Another view's page as built (prerender/<route>.html) comes from the cache too.
        const built: number[] = [];
        page.on('response', (r) => {
          if (/\/prerender\/[a-z]+\.html$/.test(r.url())) built.push(r.status());
        });
        await page.goto(`${inject('baseUrl')}${hash}`);
        await page.waitForSelector(VIEW_SHOWN, { timeout: 15_000 });
        expect(built, hash).toEqual(/^#\/(timeline|compare|map|read)$/.test(hash) ? [200] : []);
        await expect.poll(() => page.locator('main [role="alert"]').count()).toBe(0);
        if (hash === '#/map')
          // The atlas came from the cache too: the countries are drawn.
          await page.waitForSelector('main svg.world path.country');
        expect(failed, hash).toEqual([]);
        await page.close();
      }
    } finally {
      await context.close();
    }
  });
});

describe('offline from a subfolder of a host', () => {
  let host: RunningServer;
  beforeAll(async () => {
    host = await startStaticServer({ root: dirname(inject('distDir')) });
  });
  afterAll(async () => {
    await host.close();
  });

  it('keeps its worker to its folder and opens a view with the network cut', async () => {
    const base = `${host.url}${basename(inject('distDir'))}/`;
    const { context } = await firstVisit(base);
    await context.setOffline(true);
    try {
      const page = await context.newPage();
      await page.goto(`${base}#/read`);
      await page.waitForSelector(VIEW_SHOWN, { timeout: 15_000 });
      expect(await page.locator('main [role="alert"]').count()).toBe(0);
    } finally {
      await context.close();
    }
  });
});

describe('a new version', () => {
  let server: RunningServer;
  const overrides = new Map<string, { status: number; body: string; type?: string }>();
  beforeAll(async () => {
    server = await startStaticServer({ root: inject('distDir'), overrides });
  });
  afterAll(async () => {
    await server.close();
  });

  it('is offered with a reload button, not switched to under the reader', async () => {
    const { context, page } = await firstVisit(server.url);
    try {
      // A second visit: this page is served by the worker, so a new one has to wait for it.
      await page.reload();
      await page.waitForSelector(VIEW_SHOWN);
      expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
      await page.evaluate(() => ((window as unknown as { before: boolean }).before = true));
      // A new build: a service worker with other bytes.
      const sw = readFileSync(join(inject('distDir'), 'sw.js'), 'utf8');
      overrides.set('/sw.js', {
        status: 200,
        body: `${sw}\n// a later build\n`,
        type: 'text/javascript',
      });
      await page.evaluate(async () => (await navigator.serviceWorker.ready).update());
      const notice = page.getByRole('status').filter({ hasText: 'A new version is ready' });
      await notice.waitFor({ timeout: 20_000 });
      // Offered, not forced: the page on screen is the same page, still working.
      await page.waitForTimeout(500);
      expect(await page.evaluate(() => (window as unknown as { before?: boolean }).before)).toBe(
        true,
      );
      await expect.poll(() => page.locator(VIEW_SHOWN).count()).toBeGreaterThan(0);
      // The reader asks: the new version takes over and the page reloads once.
      await Promise.all([
        page.waitForEvent('load', { timeout: 20_000 }),
        notice.getByRole('button', { name: 'Reload' }).click(),
      ]);
      expect(await page.evaluate(() => (window as unknown as { before?: boolean }).before)).toBe(
        undefined,
      );
    } finally {
      overrides.clear();
      await context.close();
    }
  });
});
