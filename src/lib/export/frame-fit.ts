// Fitting a chart shown alone (an embed, a presentation slide) to a box of fixed size: the frame
// (title, chart, key, source line) is laid out at some width and scaled as a whole, so that all of
// it shows, nothing is cut and nothing scrolls. Large boxes scale up from a design size (a 4K
// frame gets large type, not a sea of small type); small boxes lay the chart out wider and scale
// down only as far as they must. Pure: the caller measures, this decides.

export interface Box {
  width: number;
  height: number;
}

/** How a frame is shown: grown to its content (the host page follows our height) or fitted to the box. */
export type FrameMode = 'grow' | 'fit';

/** The size at which a frame is shown at scale 1; a larger box scales it up. */
export const DESIGN_SIZE: Readonly<Record<'embed' | 'slide', Box>> = {
  embed: { width: 1000, height: 640 },
  // A slide is read from across a room: its type grows sooner.
  slide: { width: 880, height: 540 },
};

/** A layout narrower than this would wrap every label: below it the frame scales down instead. */
export const MIN_LAYOUT_WIDTH = 320;

/**
 * The fit lays a frame out wider (and so draws it smaller) only down to this scale: type stays
 * legible. A small box gets fewer words instead: a terser frame (compactFrame) and a chart drawn
 * to the height left, which shows fewer labels.
 */
export const MIN_LEGIBLE_SCALE = 0.75;

/** The widest layout for a box: any wider would set the type below MIN_LEGIBLE_SCALE. */
export function maxLayoutWidth(box: Box): number {
  return Math.max(MIN_LAYOUT_WIDTH, Math.floor(box.width / MIN_LEGIBLE_SCALE));
}

/**
 * A box too small for the whole frame at a legible size (a phone's iframe, a thumbnail on a
 * slide): the frame leaves out its subtitle and legend (the chart names what it draws) and keeps
 * the source line to two lines, the whole of it one click away.
 */
export function compactFrame(box: Box): boolean {
  return box.width < 560 || box.height < 400;
}

export interface FitState {
  /** The width the frame is laid out at, in CSS pixels before scaling. */
  layoutWidth: number;
  /** The scale it is drawn at. */
  scale: number;
}

/** The first guess: the design scale of the box (at least 1), the frame laid out to fill its width. */
export function startFit(box: Box, design: Box): FitState {
  const scale = Math.max(1, Math.min(box.width / design.width, box.height / design.height));
  return { layoutWidth: Math.max(MIN_LAYOUT_WIDTH, Math.floor(box.width / scale)), scale };
}

/**
 * One step after measuring the frame's height at `layoutWidth`: the scale that fits both sides,
 * and, when the height was what bound it, a wider layout to try next (fewer lines wrapped) so that
 * the frame fills the box's width again. `settled` once the width no longer changes.
 */
export function refineFit(
  box: Box,
  design: Box,
  layoutWidth: number,
  contentHeight: number,
): FitState & { settled: boolean } {
  const ceiling = startFit(box, design).scale;
  const scale = fitScale(box, { width: layoutWidth, height: contentHeight }, ceiling);
  const next = Math.min(
    maxLayoutWidth(box),
    Math.max(MIN_LAYOUT_WIDTH, Math.floor(box.width / scale)),
  );
  return { layoutWidth: next, scale, settled: Math.abs(next - layoutWidth) <= 2 };
}

/**
 * The fit widens a layout whose height bound it, expecting fewer wrapped lines. A chart whose
 * height follows its width (a map with no height given) grows instead, and each step draws
 * smaller: the layout to go back to when this step drew smaller than the best one, else null.
 */
export function returnToBest(best: FitState | null, now: FitState): FitState | null {
  if (!best || best.layoutWidth === now.layoutWidth) return null;
  return now.scale < best.scale - 0.005 ? best : null;
}

/** The largest scale (up to `ceiling`) at which content of this size fits the box. */
export function fitScale(box: Box, content: Box, ceiling = Infinity): number {
  if (content.width <= 0 || content.height <= 0) return 1;
  return Math.min(ceiling, box.width / content.width, box.height / content.height);
}

/**
 * The height the chart itself gets (in layout pixels) when the frame around it (title, key, source:
 * `chrome`) is laid out at this scale in the box: what a view that fills its height (the graph, the
 * compact bars) draws to.
 */
export function chartHeightFor(box: Box, scale: number, chrome: number, min = 120): number {
  // Sized for legible type: a frame drawn smaller than that (its words too many for the box) must
  // not hand its chart the room its own shrinking made, or the chart grows and the frame shrinks on.
  scale = Math.max(scale, MIN_LEGIBLE_SCALE);
  // Never less than 45% of the box: a frame whose words would leave the chart a strip is scaled
  // down (and laid out wider, so that its words take fewer lines) instead.
  const floor = Math.max(min, Math.floor((0.45 * box.height) / scale));
  return Math.max(floor, Math.floor(box.height / scale - chrome));
}

/**
 * How long an embed waits, unseen, for the host page to answer its height message before it fits
 * itself to the iframe it was given. A page running the resize script answers within a frame or
 * two; a slide tool never does, and its audience should not wait (it was a second, the chart cut
 * meanwhile). A host that answers later still gets its way: the frame grows again.
 */
export const HOST_ANSWER_WAIT_MS = 250;

/**
 * Whether a host page answered our height message: the frame's height became the height we asked
 * for (within a pixel) after we asked. A page that does not (a slide tool's fixed iframe) gets the
 * chart fitted to the box it gave.
 */
export function hostAnswered(asked: number, innerHeight: number): boolean {
  return Math.abs(asked - innerHeight) <= 1;
}
