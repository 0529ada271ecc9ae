// The SVG of a graph drawn on a canvas, built when asked (for export): the same component that
// draws small graphs, mounted off-screen without its interactive parts. Building runs pending
// effects (flushSync): call it from an event handler or a frame callback, never while rendering
// (charts say whether they are drawn through ExportableChart.drawn, which builds nothing).
// The component is given by the caller, which has it already: this module loads with the canvas's
// code, and importing the component here would take it out of the view's chunk into one shared.

import { flushSync, mount, unmount } from 'svelte';
import type GraphSvg from './Graph.svg.svelte';
import type { GraphDrawing } from './graph-drawing.ts';

export function drawingToSvg(
  svgComponent: typeof GraphSvg,
  drawing: GraphDrawing,
): SVGSVGElement | null {
  const host = document.createElement('div');
  const component = mount(svgComponent, { target: host, props: { drawing } });
  flushSync();
  const svg = host.querySelector('svg');
  const copy = svg ? (svg.cloneNode(true) as SVGSVGElement) : null;
  void unmount(component);
  return copy;
}

const HOLDER_ID = 'graph-export-holder';

/**
 * Puts the built SVG in the page, out of sight and out of reach, so that export can measure it
 * and read its computed styles as it does for a chart on screen. One at a time: the latest.
 */
export function holdOffscreen(svg: SVGSVGElement): SVGSVGElement {
  let holder = document.getElementById(HOLDER_ID);
  if (!holder) {
    holder = document.createElement('div');
    holder.id = HOLDER_ID;
    holder.setAttribute('aria-hidden', 'true');
    holder.inert = true;
    Object.assign(holder.style, {
      position: 'absolute',
      left: '-100000px',
      top: '0',
      pointerEvents: 'none',
    });
    document.body.append(holder);
  }
  holder.replaceChildren(svg);
  return svg;
}

/** Takes the held SVG out of the page (the graph view closes, or draws in SVG again). */
export function releaseOffscreen(): void {
  // Also called when the build's server rendering ends, where there is no document.
  if (typeof document === 'undefined') return;
  document.getElementById(HOLDER_ID)?.remove();
}
