// Which views have a chart to share: every route of the registry, checked in the page. A view that
// is still the "not built yet" placeholder is reported and skipped by name; a built view that
// registers no chart fails, so no view is ever left out silently.

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

export type ChartStatus =
  { kind: 'chart'; id: string } | { kind: 'placeholder' } | { kind: 'none' };

/** Waits until the view registers its chart, or shows the placeholder, or gives up (no chart). */
export async function chartStatus(page: Page, timeout = 15_000): Promise<ChartStatus> {
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

/** A one-line reason for a test that has nothing to check on this route. */
export function skipReason(route: string, status: ChartStatus): string | null {
  if (status.kind === 'placeholder') return `#/${route} is not built yet (placeholder): no chart`;
  return null;
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
