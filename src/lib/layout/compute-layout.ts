// Computes the graph layout (d3-force): in `npm run corpus` at build time and in the layout
// worker, never on the page's main thread. Kept apart from graph-layout.ts so the page's code does
// not carry d3-force.

import { forceLayout } from './force-layout.ts';
import {
  GRAPH_LAYOUT_VERSION,
  layoutInputs,
  layoutKey,
  SHAPES,
  type GraphLayoutFile,
  type LayoutInputs,
  type ShapeLayout,
  type ShapeName,
} from './graph-layout.ts';
import { shapeNodes, toShapeLayout } from './rough-layout.ts';
import type { Corpus } from '../corpus/types.ts';

/**
 * Lays out every concept for one shape of screen. `onStart` gets a first, rough layout (the
 * concepts grouped by theme, before the forces run: roughShapeLayout's) in the same box.
 */
export function computeShapeLayout(
  inputs: LayoutInputs,
  shape: ShapeName,
  onStart?: (rough: ShapeLayout) => void,
): ShapeLayout {
  const { nodes, box } = shapeNodes(inputs, shape);
  const result = forceLayout(nodes, inputs.links, inputs.groups, {
    ...box,
    margin: SHAPES[shape].margin,
    seed: 1,
    ...(onStart ? { onStart: (start) => onStart(toShapeLayout(nodes, box, start.positions)) } : {}),
  });
  return toShapeLayout(nodes, box, result.positions);
}

export function buildGraphLayoutFile(corpus: Corpus): GraphLayoutFile {
  const inputs = layoutInputs(corpus);
  return {
    version: GRAPH_LAYOUT_VERSION,
    key: layoutKey(inputs),
    shapes: { wide: computeShapeLayout(inputs, 'wide'), tall: computeShapeLayout(inputs, 'tall') },
  };
}
