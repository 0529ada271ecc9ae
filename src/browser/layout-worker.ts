// Lays out one shape of the concept graph in a Web Worker (workers/graph-layout.worker.ts), or on
// the main thread, with the worker's own script, where a worker cannot start.

import type { LayoutInputs, ShapeLayout, ShapeName } from '$lib/layout/graph-layout.ts';
import layoutScript from './workers/graph-layout.worker.ts?worker&url';

export interface LayoutRequest {
  inputs: LayoutInputs;
  shape: ShapeName;
}

// The worker's script, built as an ES module (vite.config `worker.format`); where no worker
// starts, the page imports that same script for its computeShapeLayout (fetched only then). The
// worker client's code comes with the first layout asked for: the project's corpus has a
// build-time layout, so opening the graph fetches neither.
let shared: Promise<(request: LayoutRequest) => Promise<ShapeLayout>> | null = null;
const run = (request: LayoutRequest): Promise<ShapeLayout> =>
  (shared ??= import('./worker-client.ts').then(({ workerClient }) =>
    workerClient<LayoutRequest, ShapeLayout>(
      () => new Worker(layoutScript, { type: 'module', name: 'graph-layout' }),
      async ({ inputs, shape }) =>
        (
          (await import(
            /* @vite-ignore */ layoutScript
          )) as typeof import('./workers/graph-layout.worker.ts')
        ).computeShapeLayout(inputs, shape),
    ),
  )).then((runner) => runner(request));

/**
 * Computes one shape's layout in a worker. A large graph takes seconds: the page draws the rough
 * layout meanwhile (rough-layout.ts, where the forces start from).
 */
export function layoutInWorker(inputs: LayoutInputs, shape: ShapeName): Promise<ShapeLayout> {
  return run({ inputs, shape });
}
