// Lays out the concept graph off the main thread, for corpora that the build-time layout file does
// not fit (a synthetic corpus, or a codebook changed since the last `npm run corpus`).

import { computeShapeLayout } from '$lib/layout/compute-layout.ts';
import type { ShapeLayout } from '$lib/layout/graph-layout.ts';
import type { LayoutRequest } from '$browser/layout-worker.ts';
import { serveRequests } from './serve.ts';

// No rough first layout from here: the page computes it itself (rough-layout.ts), at once.
serveRequests<LayoutRequest, ShapeLayout>(({ inputs, shape }) => computeShapeLayout(inputs, shape));
