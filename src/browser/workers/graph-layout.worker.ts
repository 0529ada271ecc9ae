// Lays out the concept graph off the main thread, for corpora that the build-time layout file does
// not fit (a synthetic corpus, or a codebook changed since the last `npm run corpus`).

import { computeShapeLayout } from '$lib/layout/compute-layout.ts';
import type { ShapeLayout } from '$lib/layout/graph-layout.ts';
import type { LayoutRequest } from '$browser/layout-worker.ts';
import { serveRequests } from './serve.ts';

serveRequests<LayoutRequest, ShapeLayout, ShapeLayout>(({ inputs, shape }, rough) =>
  computeShapeLayout(inputs, shape, rough),
);
