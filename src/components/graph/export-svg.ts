// The SVG of a graph drawn on a canvas, built when asked (for export): the same component that
// draws small graphs, mounted off-screen without its interactive parts.

import { flushSync, mount, unmount } from 'svelte';
import GraphSvg from './Graph.svg.svelte';
import type { GraphDrawing } from './graph-drawing.ts';

export function drawingToSvg(drawing: GraphDrawing): SVGSVGElement | null {
  const host = document.createElement('div');
  const component = mount(GraphSvg, { target: host, props: { drawing } });
  flushSync();
  const svg = host.querySelector('svg');
  const copy = svg ? (svg.cloneNode(true) as SVGSVGElement) : null;
  void unmount(component);
  return copy;
}
