// Stands in for d3-transition and d3-interpolate in the build (vite.config.ts aliases both here).
// d3-zoom imports them only for animated zooms: to stop a transition running on the zoomed element
// when a gesture starts (`interrupt`, and `selection.interrupt()` in zoom.transform), and to
// interpolate a transition's frames (`interpolateZoom`). The app animates no zoom: it sets the
// zoom on the selection itself, and the double-click zoom (d3-zoom's one animated gesture) is
// switched off in gestures.ts. The packages' transition, colour, interpolation and easing code
// (about 9 KB gzipped in the graph's chunk) would never run.

import { selection } from 'd3-selection';

/** Nothing runs on the node: there is no transition to stop. */
export function interrupt(): void {}

/** Only a d3 transition of the zoom asks for this, and the app starts none. */
export function interpolateZoom(): never {
  throw new Error('animated zoom is not part of this build (src/browser/d3-zoom-stand-ins.ts)');
}

// d3-transition adds `interrupt` to every selection; d3-zoom calls it before setting a transform.
(selection.prototype as unknown as { interrupt(): unknown }).interrupt = function (this: unknown) {
  return this;
};
