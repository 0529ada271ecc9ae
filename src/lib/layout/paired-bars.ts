// Geometry of a paired bar chart: for each row (a theme) two bars, year A above year B, on one
// scale; notes on top that say what each year rests on, wrapped to the width. Wide: labels in a
// column on the left; narrow: each label above its bars.

import { wrapText } from '../text/wrap-text.ts';

export interface PairedInput {
  id: string;
  label: string;
  a: number;
  b: number;
}

export interface PairedBar {
  x: number;
  y: number;
  width: number;
  height: number;
  /** Where the value text starts. */
  valueX: number;
}

export interface PairedRow {
  id: string;
  /** Label lines and their baselines. */
  label: { lines: string[]; x: number; y: number };
  /** Year tags sit left of the bars at this x. */
  tagX: number;
  a: PairedBar;
  b: PairedBar;
  /** The row's whole box, for hit testing and the focus ring. */
  box: { x: number; y: number; width: number; height: number };
}

export interface PairedLayout {
  width: number;
  height: number;
  /** Each note's lines; its swatch starts at x. */
  notes: { lines: string[]; x: number; y: number }[];
  rows: PairedRow[];
  /** Bars start here; a value of `max` reaches barX + barWidth. */
  barX: number;
  barWidth: number;
  max: number;
}

export interface PairedOptions {
  width: number;
  notes: string[];
  fontSize?: number;
  /**
   * The height to fit (a frame of fixed size): bars and gaps shrink (to 9 px bars) before anything
   * else, and the chart is never taller than its natural layout. Absent: the natural layout.
   */
  height?: number;
}

/**
 * The bar thickness and gaps of the natural layout, and the least a compact one goes to (a terse
 * one, its words fewer, to `terse`: the two year tags, 11 px type, still sit apart).
 */
const BAR = { natural: 12, least: 9, terse: 8 };
const GAP = { natural: 3, least: 1 };
const ROW_GAP = { natural: 10, least: 4 };

/**
 * The bars laid out at a width; given a height, they shrink to fit it. Where even the least sizes
 * overflow (a small frame), the chart says fewer words rather than drawing smaller type: labels go
 * beside the bars on one line, and each label and note keeps its first line (ending "…"; the whole
 * of it is in the row's accessible name and the explorer), the notes side by side.
 */
export function layoutPairedBars(inputs: readonly PairedInput[], o: PairedOptions): PairedLayout {
  const layout = layoutAt(inputs, o, false);
  if (o.height === undefined || layout.height <= o.height || o.width < 360) return layout;
  return layoutAt(inputs, o, true);
}

/** The first line of a wrapped text, with "…" when there was more. */
function firstLine(lines: string[]): string[] {
  return lines.length <= 1 ? lines : [`${lines[0]!.replace(/[\s,;:]+$/, '')}…`];
}

function layoutAt(inputs: readonly PairedInput[], o: PairedOptions, terse: boolean): PairedLayout {
  const font = o.fontSize ?? 12;
  const lineH = font + 4;
  const wide = o.width >= (terse ? 360 : 560);
  const oneLine = terse ? firstLine : (lines: string[]) => lines;
  const pad = 4;
  let y = pad;
  // Terse and wide enough: the notes side by side on one line, a key more than a sentence.
  const across = terse && o.notes.length > 1 && o.width >= 360 ? o.notes.length : 1;
  const noteWidth = (o.width - 2 * pad) / across;
  const notes = o.notes.map((n, i) => {
    // The first line is drawn bold: wrap as if the font were a tenth larger.
    const gutter = across > 1 ? 8 : 0;
    const lines = oneLine(
      wrapText(n, noteWidth - 22 - gutter - (terse ? font : 0), font * 1.1, { generous: true }),
    );
    const note = { lines, x: pad + (i % across) * noteWidth, y: y + font };
    if ((i + 1) % across === 0 || i === o.notes.length - 1) y += lines.length * lineH + 4;
    return note;
  });
  y += 8;
  // Terse labels keep one line: on a wide chart (a slide) their column takes more room first.
  const labelWidth = wide
    ? Math.min(terse ? 300 : 240, Math.round(o.width * 0.3))
    : o.width - 2 * pad;
  const tagWidth = 36;
  const valueWidth = 44;
  const barX = (wide ? pad + labelWidth + 8 : pad) + tagWidth;
  const barWidth = Math.max(20, o.width - pad - valueWidth - barX);
  const max = Math.max(0.0001, ...inputs.flatMap((i) => [i.a, i.b]));
  // A compact layout takes what its height leaves per row, between the least and the natural sizes.
  let barH = BAR.natural;
  let gap = GAP.natural;
  let rowGap = ROW_GAP.natural;
  if (o.height !== undefined && inputs.length > 0) {
    const labelRows = wide ? 0 : lineH;
    const perRow = (o.height - y - pad) / inputs.length - labelRows - 2;
    const natural = 2 * BAR.natural + GAP.natural + ROW_GAP.natural;
    const leastBar = terse ? BAR.terse : BAR.least;
    const least = 2 * leastBar + GAP.least + ROW_GAP.least;
    if (perRow < natural) {
      const t = Math.max(0, (perRow - least) / (natural - least));
      barH = leastBar + t * (BAR.natural - leastBar);
      gap = GAP.least + t * (GAP.natural - GAP.least);
      rowGap = ROW_GAP.least + t * (ROW_GAP.natural - ROW_GAP.least);
    }
  }
  const rows = inputs.map((input) => {
    const lines = oneLine(
      wrapText(input.label, labelWidth - (terse ? font : 0), font, { generous: true }),
    );
    const top = y;
    const labelBlock = wide ? 0 : lines.length * lineH;
    const barsTop = top + labelBlock + 2;
    const bar = (v: number, by: number): PairedBar => {
      const width = (v / max) * barWidth;
      return { x: barX, y: by, width, height: barH, valueX: barX + width + 4 };
    };
    const a = bar(input.a, barsTop);
    const b = bar(input.b, barsTop + barH + gap);
    const bottom = Math.max(b.y + barH, wide ? top + lines.length * lineH : 0) + rowGap;
    y = bottom;
    return {
      id: input.id,
      label: { lines, x: pad, y: wide ? barsTop + font - 1 : top + font },
      tagX: barX - 4,
      a,
      b,
      box: { x: 0, y: top - 3, width: o.width, height: bottom - top },
    };
  });
  return { width: o.width, height: y + pad, notes, rows, barX, barWidth, max };
}
