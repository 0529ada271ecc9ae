// Which views have a chart to share: every route of the registry, checked in the page. A view
// either registers its chart or is listed in WITHOUT_CHART with its reason (and tested for what it
// offers instead); a view that does neither fails, so no view is ever left out silently.

import type { Page } from 'playwright-core';
import { VIEWS } from '../../src/views/registry.ts';

export const ROUTES = VIEWS.map((v) => v.route);

/**
 * Default states to open each view in: the states the issue names for the graph and the comparison
 * (the presenter's case), the plain route for the others.
 */
export const STATES: Record<string, string> = {
  graph: '#/graph?focus=ai-governance',
  compare: '#/compare?a=2023&b=2024',
};

export const stateOf = (route: string): string => STATES[route] ?? `#/${route}`;

/**
 * Views that draw no chart, each with the reason: said in every test that passes them over, and
 * checked (a view listed here that starts registering a chart fails, so the entry is removed).
 */
export const WITHOUT_CHART: Readonly<Record<string, string>> = {
  read: 'the reader shows the texts, not a chart; it leaves as a link, sentence citations and print',
};

/** The routes whose view registers a chart: every route not listed in WITHOUT_CHART. */
export const CHART_ROUTES: readonly string[] = ROUTES.filter((r) => !(r in WITHOUT_CHART));

export type ChartStatus =
  | { kind: 'chart'; id: string }
  | { kind: 'placeholder' }
  | { kind: 'none' }
  | { kind: 'without'; reason: string };

/** Waits until the view registers its chart, or shows the placeholder, or gives up (no chart). */
export async function chartStatus(page: Page, timeout = 15_000): Promise<ChartStatus> {
  const route = /^#\/([a-z]+)/.exec(new URL(page.url()).hash)?.[1] ?? '';
  const reason = WITHOUT_CHART[route];
  if (reason !== undefined) {
    // Give the view time to register a chart if it had one: then it must leave the list.
    await page.waitForSelector('main h1, main h2');
    await page.waitForTimeout(1500);
    if ((await page.locator('svg[data-exportable]').count()) > 0)
      return { kind: 'chart', id: route };
    return { kind: 'without', reason };
  }
  try {
    await page.waitForFunction(
      () =>
        document.querySelector('svg[data-exportable]') !== null ||
        document.querySelector('main .coming') !== null,
      null,
      { timeout },
    );
  } catch {
    return { kind: 'none' };
  }
  if (await page.locator('main .coming').count()) return { kind: 'placeholder' };
  return {
    kind: 'chart',
    id: (await page.locator('.app').getAttribute('data-chart')) ?? '',
  };
}

/** Reads a download to bytes. */
export async function downloadBytes(
  page: Page,
  trigger: () => Promise<void>,
): Promise<{ name: string; bytes: Uint8Array }> {
  const [download] = await Promise.all([page.waitForEvent('download'), trigger()]);
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(c as Buffer);
  return { name: download.suggestedFilename(), bytes: new Uint8Array(Buffer.concat(chunks)) };
}

/** Chooses an item of the export menu by its kind. */
export async function exportAs(page: Page, kind: string): Promise<void> {
  await page.getByRole('button', { name: /^Export/ }).click();
  await page.locator(`[role="menuitem"][data-kind="${kind}"]`).click();
}
