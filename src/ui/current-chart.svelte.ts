// The chart on screen, from both sides: a view registers it while it is shown (registerChart), and
// the share bar, the frame, the export menu and the slides read its context (citation, sources,
// legend) for the page they are on (currentChartContext).

import { chartContext, type ChartContext } from '$lib/export/chart-context.ts';
import { isoDay } from '$lib/export/citation.ts';
import type { ExportableChart } from '$lib/export/exportable-chart.ts';
import type { AppState } from '$lib/state/app-state.svelte.ts';
import { tr } from '$ui/i18n.svelte.ts';

export { registerChart } from './register-chart.svelte.ts';

export interface ContextOptions {
  /** Another chart than the one on screen (a slide's). */
  chart?: ExportableChart | null;
  /** The link the citation gives; the page's own by default. */
  href?: string;
  /** The colours the chart paints with, when known (for its legend). */
  colors?: ReadonlySet<string> | null;
  /** The day of access, YYYY-MM-DD; today by default. */
  today?: string;
}

/**
 * The context of the chart on screen (or of `options.chart`), in the language in use, or null with
 * no chart or corpus.
 */
export function currentChartContext(
  app: AppState,
  options: ContextOptions = {},
): ChartContext | null {
  const chart = options.chart === undefined ? app.chart : options.chart;
  if (!chart || !app.index) return null;
  return chartContext(
    chart,
    app.index,
    app.url,
    options.href ?? location.href,
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- read once, not kept as state
    options.today ?? isoDay(new Date()),
    options.colors ?? null,
    tr(),
  );
}
