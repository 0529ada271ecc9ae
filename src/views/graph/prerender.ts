// What the graph view needs to be drawn at build time, when nothing can be measured or fetched: the
// chart's size and the build-time layout. The prerender (src/prerender/render.ts) hands it in as a
// Svelte context; in the browser there is none, and the view measures and fetches as usual.

import { getContext } from 'svelte';
import type { GraphLayoutFile } from '$lib/layout/graph-layout.ts';

export interface GraphPrerender {
  width: number;
  height: number;
  layout: GraphLayoutFile;
}

export const GRAPH_PRERENDER = Symbol('graph-prerender');

/** The build-time drawing's inputs, or undefined in the browser. */
export function graphPrerender(): GraphPrerender | undefined {
  return getContext<GraphPrerender | undefined>(GRAPH_PRERENDER);
}
