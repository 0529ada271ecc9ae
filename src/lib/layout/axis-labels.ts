// Labels that never overlap: each label sits at its mark's x on the first row where it fits, reading
// left to right; a label that would run past the right edge is drawn to the left of its mark. Widths
// are estimated from the text (no DOM measuring), generously, so the layout is the same everywhere.

import { approxTextWidth } from '../text/text-width.ts';

export interface LabelInput {
  id: string;
  /** The mark's x. */
  x: number;
  text: string;
}

export interface PlacedLabel {
  id: string;
  /** 0 = the row nearest the axis. */
  row: number;
  /** Where the text starts and ends (x0 < x1), and how to anchor it at the mark. */
  x0: number;
  x1: number;
  anchor: 'start' | 'end';
}

/** A label's width: the shared estimate plus a tenth, so that a wider real font still fits. */
function labelWidth(text: string, fontSize: number): number {
  return Math.ceil(approxTextWidth(text, fontSize) * 1.1);
}

export interface LabelOptions {
  fontSize: number;
  /** Space between two labels on a row, and between a mark and its label. */
  gap: number;
  /** The drawing's left and right edges. */
  left: number;
  right: number;
}

export function placeAxisLabels(
  inputs: readonly LabelInput[],
  options: LabelOptions,
): PlacedLabel[] {
  const { fontSize, gap, left, right } = options;
  const sorted = [...inputs].sort((a, b) => a.x - b.x || a.id.localeCompare(b.id));
  /** Right end of the last label on each row. */
  const rowEnds: number[] = [];
  const placed = new Map<string, PlacedLabel>();
  for (const label of sorted) {
    const width = labelWidth(label.text, fontSize);
    const fitsRight = label.x + gap + width <= right;
    const anchor: 'start' | 'end' = fitsRight || label.x - gap - width < left ? 'start' : 'end';
    const x0 = anchor === 'start' ? label.x + gap / 2 : label.x - gap / 2 - width;
    const x1 = x0 + width;
    let row = rowEnds.findIndex((end) => end + gap <= x0);
    if (row < 0) {
      row = rowEnds.length;
      rowEnds.push(x1);
    } else rowEnds[row] = x1;
    placed.set(label.id, { id: label.id, row, x0, x1, anchor });
  }
  return inputs.map((l) => placed.get(l.id)!);
}
