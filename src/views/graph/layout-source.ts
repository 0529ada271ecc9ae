// Where the graph's positions come from: the layout file written by `npm run corpus` when it was
// made from this corpus, else a web worker that computes the same layout ($browser/layout-worker.ts:
// the main thread only where a worker cannot start, or in jsdom).

import {
  readGraphLayout,
  type GraphLayoutFile,
  type LayoutInputs,
} from '$lib/layout/graph-layout.ts';

/** The build-time layout, if it was made from these inputs; null if missing or stale. */
export async function fetchLayoutFile(
  url: string,
  inputs: LayoutInputs,
): Promise<GraphLayoutFile | null> {
  try {
    const response = await fetch(url);
    if (!response.ok) return null;
    return readGraphLayout(await response.json(), inputs);
  } catch {
    return null;
  }
}
