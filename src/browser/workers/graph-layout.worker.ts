// Lays out the concept graph off the main thread, for corpora that the build-time layout file does
// not fit (a synthetic corpus, or a codebook changed since the last `npm run corpus`). Where no
// worker starts, the main thread imports this same module for computeShapeLayout
// (src/browser/layout-worker.ts): one copy of the force layout in the build.

import { computeShapeLayout } from '$lib/layout/compute-layout.ts';
import type { ShapeLayout } from '$lib/layout/graph-layout.ts';
import type { LayoutRequest } from '$browser/layout-worker.ts';
import { serveRequests } from './serve.ts';

export { computeShapeLayout };

// No rough first layout from here: the page computes it itself (rough-layout.ts), at once.
if (typeof (globalThis as { WorkerGlobalScope?: unknown }).WorkerGlobalScope !== 'undefined')
  serveRequests<LayoutRequest, ShapeLayout>(({ inputs, shape }) =>
    computeShapeLayout(inputs, shape),
  );
