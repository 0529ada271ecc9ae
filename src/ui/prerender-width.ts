// The width a view's chart is drawn at when the view is rendered at build time (src/prerender/
// render.ts), where nothing can be measured: handed in as a Svelte context. In the browser there
// is none, and the view measures its chart's box as usual.

import { getContext } from 'svelte';

export const CHART_PRERENDER_WIDTH = Symbol('chart-prerender-width');

/** The build-time chart width, or 0 (not measured yet) in the browser. Call while initialising. */
export function prerenderWidth(): number {
  return getContext<number | undefined>(CHART_PRERENDER_WIDTH) ?? 0;
}
