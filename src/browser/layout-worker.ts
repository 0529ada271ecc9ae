// Lays out one shape of the concept graph in a Web Worker (workers/graph-layout.worker.ts), or on
// the main thread where a worker cannot start.

import type { LayoutInputs, ShapeLayout, ShapeName } from '$lib/layout/graph-layout.ts';
import { workerClient } from './worker-client.ts';

export interface LayoutRequest {
  inputs: LayoutInputs;
  shape: ShapeName;
}

const run = workerClient<LayoutRequest, ShapeLayout>(
  () =>
    new Worker(new URL('./workers/graph-layout.worker.ts', import.meta.url), {
      type: 'module',
      name: 'graph-layout',
    }),
  async ({ inputs, shape }) =>
    (await import('$lib/layout/compute-layout.ts')).computeShapeLayout(inputs, shape),
);

/**
 * Computes one shape's layout in a worker. A large graph takes seconds: the page draws the rough
 * layout meanwhile (rough-layout.ts, where the forces start from).
 */
export function layoutInWorker(inputs: LayoutInputs, shape: ShapeName): Promise<ShapeLayout> {
  return run({ inputs, shape });
}
