// A view registers the chart it shows (for share, export, slides, embed): a module of its own, so
// that a view does not load the chart-context code (citation, sources, data export) the tools use
// only when asked (current-chart.svelte.ts).

import type { ExportableChart } from '$lib/export/exportable-chart.ts';
import type { AppState } from '$lib/state/app-state.svelte.ts';

/**
 * Registers the view's chart while the calling component lives: again whenever what `chart()`
 * reads changes, and cleared when the component goes. Call it during component setup.
 */
export function registerChart(app: () => AppState, chart: () => ExportableChart): void {
  $effect(() => app().setChart(chart()));
  $effect(() => {
    const state = app();
    return () => state.setChart(null);
  });
}
