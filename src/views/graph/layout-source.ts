// Where the graph's positions come from: the layout file written by `npm run corpus` when it was
// made from this corpus, else a web worker that computes the same layout (never the main thread
// while the page loads; only where workers do not exist at all, as in jsdom, it runs inline).

import {
  readGraphLayout,
  type GraphLayoutFile,
  type LayoutInputs,
  type ShapeLayout,
  type ShapeName,
} from '$lib/layout/graph-layout.ts';
import type { LayoutRequest, LayoutResponse } from '$browser/workers/graph-layout.worker.ts';

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

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, (r: LayoutResponse) => void>();
const rough = new Map<number, (layout: ShapeLayout) => void>();

/**
 * Computes one shape's layout in a worker. A large graph takes seconds: `onRough` gets a first
 * layout in the same box at once (concepts grouped by theme) to draw while the forces run.
 */
export function layoutInWorker(
  inputs: LayoutInputs,
  shape: ShapeName,
  onRough?: (layout: ShapeLayout) => void,
): Promise<ShapeLayout> {
  if (typeof Worker === 'undefined')
    return import('$lib/layout/compute-layout.ts').then((m) => m.computeShapeLayout(inputs, shape));
  if (!worker) {
    worker = new Worker(new URL('../../browser/workers/graph-layout.worker.ts', import.meta.url), {
      type: 'module',
      name: 'graph-layout',
    });
    worker.onmessage = (e: MessageEvent<LayoutResponse>) => {
      if (e.data.rough) return rough.get(e.data.id)?.(e.data.layout);
      pending.get(e.data.id)?.(e.data);
      pending.delete(e.data.id);
      rough.delete(e.data.id);
    };
  }
  const id = nextId++;
  if (onRough) rough.set(id, onRough);
  const request: LayoutRequest = { id, inputs, shape };
  return new Promise((resolve) => {
    pending.set(id, (r) => resolve(r.layout));
    worker!.postMessage(request);
  });
}
