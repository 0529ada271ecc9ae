// Computes the graph layout (d3-force): in `npm run corpus` at build time and in the layout
// worker, never on the page's main thread. Kept apart from graph-layout.ts so the page's code does
// not carry d3-force.

import { forceLayout, type LayoutNodeInput } from './force-layout.ts';
import {
  GRAPH_LAYOUT_VERSION,
  layoutInputs,
  layoutKey,
  nodeRadius,
  SHAPES,
  type GraphLayoutFile,
  type LayoutInputs,
  type ShapeLayout,
  type ShapeName,
} from './graph-layout.ts';
import type { Corpus } from '../corpus/types.ts';

/**
 * Lays out every concept for one shape of screen. `onStart` gets a first, rough layout (the
 * concepts grouped by theme, before the forces run) in the same box, to draw while this runs.
 */
export function computeShapeLayout(
  inputs: LayoutInputs,
  shape: ShapeName,
  onStart?: (rough: ShapeLayout) => void,
): ShapeLayout {
  const spec = SHAPES[shape];
  const nodes: LayoutNodeInput[] = inputs.concepts.map((c) => ({
    id: c.id,
    group: c.group,
    radius:
      Math.max(nodeRadius(c.mentions, inputs.maxMentions, spec), spec.targetRadius) + spec.gap,
  }));
  // A graph too large for the box gets a larger box (the view fits it to the screen and zooms).
  const needed = nodes.reduce((s, n) => s + (2 * n.radius) ** 2, 0) / 0.45;
  const grow = Math.max(1, Math.sqrt(needed / (spec.width * spec.height)));
  const width = Math.round(spec.width * grow);
  const height = Math.round(spec.height * grow);
  const toShape = (positions: Map<string, { x: number; y: number }>): ShapeLayout => {
    const out: Record<string, [number, number]> = {};
    for (const n of nodes) {
      const p = positions.get(n.id)!;
      out[n.id] = [p.x, p.y];
    }
    return { width, height, nodes: out };
  };
  const result = forceLayout(nodes, inputs.links, inputs.groups, {
    width,
    height,
    margin: spec.margin,
    seed: 1,
    ...(onStart ? { onStart: (start) => onStart(toShape(start.positions)) } : {}),
  });
  return toShape(result.positions);
}

export function buildGraphLayoutFile(corpus: Corpus): GraphLayoutFile {
  const inputs = layoutInputs(corpus);
  return {
    version: GRAPH_LAYOUT_VERSION,
    key: layoutKey(inputs),
    shapes: { wide: computeShapeLayout(inputs, 'wide'), tall: computeShapeLayout(inputs, 'tall') },
  };
}
