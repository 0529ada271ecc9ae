// What a fitted frame tells the view inside it: the height its chart has, in layout pixels, so that
// a chart that can draw to a height (the graph, the compact bars) fills it instead of being scaled.
import { getContext, setContext } from 'svelte';

const KEY = Symbol('frame-fit');

export interface FrameFit {
  /** The chart's height in the fitted frame, or null when the frame is not fitted to a box. */
  readonly chartHeight: number | null;
}

export function setFrameFit(fit: FrameFit): void {
  setContext(KEY, fit);
}

/** The fitted frame around this view, if any. */
export function frameFit(): FrameFit | null {
  return getContext<FrameFit | undefined>(KEY) ?? null;
}
