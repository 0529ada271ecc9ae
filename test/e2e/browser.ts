// Shared set-up for browser tests: one Chromium per test file, pages that record every error and
// every request that leaves the page's origin.

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launchChromium } from '../support/chromium.ts';
import { VIEW_SHOWN } from '../support/view-shown.ts';

export interface OpenedPage {
  page: Page;
  /** Uncaught exceptions and console errors seen so far. */
  errors: string[];
  /** Requests to any origin other than the app's. */
  foreignRequests: string[];
}

export const VIEWPORTS = {
  desktop: { width: 1280, height: 800 },
  phone: { width: 390, height: 844 },
  embed: { width: 600, height: 400 },
} as const;

export function useBrowser(): {
  browser: () => Browser;
  open: (hash: string, options?: OpenOptions) => Promise<OpenedPage>;
} {
  let browser: Browser | null = null;
  let close: (() => Promise<void>) | null = null;
  beforeAll(async () => {
    ({ browser, close } = await launchChromium());
  });
  afterAll(async () => {
    await close?.();
  });
  return {
    browser: () => browser!,
    open: (hash, options) => openPage(browser!, hash, options),
  };
}

export interface OpenOptions {
  viewport?: { width: number; height: number };
  baseUrl?: string;
  /** Wait for the app to show a view (default) or not (for error pages). */
  waitForApp?: boolean;
  reducedMotion?: boolean;
  /** Runs on the new page before it loads the app (init scripts, routes). */
  beforeLoad?: (page: Page) => Promise<unknown>;
}

/**
 * Waits until the app shows `route`'s view with all its parts: the address changes before the app
 * has drawn anything for it, and the view draws its chart first, its panels and tables in later
 * tasks (so the page is `aria-busy` until the last).
 */
async function viewOf(page: Page, route: string): Promise<void> {
  await page.waitForSelector(`nav a[aria-current="page"][href^="#/${route}"]`);
  await page.waitForSelector(VIEW_SHOWN);
}

/** Follows the views' navigation to `route` and waits for the view to show. */
export async function goToView(page: Page, route: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Views' }).locator(`a[href^="#/${route}"]`).click();
  await page.waitForFunction((r) => location.hash.startsWith(`#/${r}`), route);
  await viewOf(page, route);
}

/** Opens `hash` (e.g. `#/compare?a=2023`) in the same page, as a link in it would. */
export async function goToHash(page: Page, hash: string): Promise<void> {
  await page.goto(page.url().replace(/#.*$/, hash));
  await viewOf(page, /^#\/(\w+)/.exec(hash)?.[1] ?? 'graph');
}

export async function openPage(
  browser: Browser,
  hash: string,
  options: OpenOptions = {},
): Promise<OpenedPage> {
  const baseUrl = options.baseUrl ?? inject('baseUrl');
  const context = await browser.newContext({
    viewport: options.viewport ?? VIEWPORTS.desktop,
    reducedMotion: options.reducedMotion ? 'reduce' : 'no-preference',
  });
  const page = await context.newPage();
  const errors: string[] = [];
  const foreignRequests: string[] = [];
  const origin = new URL(baseUrl).origin;
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'))
      foreignRequests.push(url);
  });
  await options.beforeLoad?.(page);
  await page.goto(baseUrl + hash);
  if (options.waitForApp !== false) await page.waitForSelector(VIEW_SHOWN, { timeout: 15_000 });
  return { page, errors, foreignRequests };
}
