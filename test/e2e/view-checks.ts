// Checks every chart view shares in the browser: no sideways scrolling on a phone, and in embed mode
// the chart alone, filling the width it is given.

import { expect } from 'vitest';
import { VIEWPORTS, type OpenedPage } from './browser.ts';

type Open = (
  hash: string,
  options?: { viewport?: { width: number; height: number } },
) => Promise<OpenedPage>;

export async function expectFitsPhone(open: Open, hash: string, ready: string): Promise<void> {
  const { page } = await open(hash, { viewport: VIEWPORTS.phone });
  await page.waitForSelector(ready);
  expect(
    await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    ),
  ).toBeLessThanOrEqual(0);
  await page.context().close();
}

/** Opens the hash (with embed=1) at the embed size: the chart alone, as wide as the frame, no errors. */
export async function expectEmbedsAlone(
  open: Open,
  hash: string,
  chart: string,
  absent: string,
): Promise<void> {
  const { page, errors } = await open(hash, { viewport: VIEWPORTS.embed });
  await page.waitForSelector(chart);
  expect(await page.locator(`header, nav, footer, ${absent}`).count()).toBe(0);
  const width = await page.locator(chart).evaluate((e) => e.getBoundingClientRect().width);
  expect(width).toBeGreaterThan(VIEWPORTS.embed.width - 40);
  expect(errors).toEqual([]);
  await page.context().close();
}
