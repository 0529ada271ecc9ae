// Lays out one shape of the concept graph in a Web Worker (workers/graph-layout.worker.ts), or on
// the main thread where a worker cannot start.

import type { LayoutInputs, ShapeLayout, ShapeName } from '$lib/layout/graph-layout.ts';
import { workerClient } from './worker-client.ts';

export interface LayoutRequest {
  inputs: LayoutInputs;
  shape: ShapeName;
}

const run = workerClient<LayoutRequest, ShapeLayout, ShapeLayout>(
  () =>
    new Worker(new URL('./workers/graph-layout.worker.ts', import.meta.url), {
      type: 'module',
      name: 'graph-layout',
    }),
  async ({ inputs, shape }, onRough) =>
    (await import('$lib/layout/compute-layout.ts')).computeShapeLayout(inputs, shape, onRough),
);

/**
 * Computes one shape's layout in a worker. A large graph takes seconds: `onRough` gets a first
 * layout in the same box at once (concepts grouped by theme) to draw while the forces run.
 */
export function layoutInWorker(
  inputs: LayoutInputs,
  shape: ShapeName,
  onRough?: (layout: ShapeLayout) => void,
): Promise<ShapeLayout> {
  return run({ inputs, shape }, onRough);
}
