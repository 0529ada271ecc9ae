// Lays out the concept graph off the main thread, for corpora that the build-time layout file does
// not fit (a synthetic corpus, or a codebook changed since the last `npm run corpus`).

import { computeShapeLayout } from '$lib/layout/compute-layout.ts';
import type { LayoutInputs, ShapeLayout, ShapeName } from '$lib/layout/graph-layout.ts';

export interface LayoutRequest {
  id: number;
  inputs: LayoutInputs;
  shape: ShapeName;
}

export interface LayoutResponse {
  id: number;
  layout: ShapeLayout;
  ms: number;
  /** A rough first layout (concepts grouped by theme), sent before the final one. */
  rough?: true;
}

self.onmessage = (event: MessageEvent<LayoutRequest>) => {
  const { id, inputs, shape } = event.data;
  const start = performance.now();
  const layout = computeShapeLayout(inputs, shape, (rough) => {
    const first: LayoutResponse = { id, layout: rough, ms: performance.now() - start, rough: true };
    self.postMessage(first);
  });
  const response: LayoutResponse = { id, layout, ms: performance.now() - start };
  self.postMessage(response);
};
