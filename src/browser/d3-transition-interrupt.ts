// Stands in for d3-transition in the build (vite.config.ts aliases it here). d3-zoom imports it
// only to stop a transition running on the zoomed element when a gesture starts (`interrupt`,
// and `selection.interrupt()` in zoom.transform). The app runs no d3 transitions: the zoom is set
// on the selection itself, and the double-click zoom (the one animated path) is switched off in
// gestures.ts. With nothing to interrupt, the package's transition, colour, interpolation and
// easing code (about 9 KB gzipped in the graph's chunk) would never run.

import { selection } from 'd3-selection';

/** Nothing runs on `node`: there is no transition to stop. */
export function interrupt(): void {}

// d3-transition adds `interrupt` to every selection; d3-zoom calls it before setting a transform.
(selection.prototype as unknown as { interrupt(): unknown }).interrupt = function (this: unknown) {
  return this;
};
