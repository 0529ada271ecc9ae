// Label placement: each node's label goes to the first of eight places around its circle where it
// overlaps no other label, no other node and stays inside the chart; labels that find no place are
// left out (the node still has its tooltip and its accessible name). Labels are placed by priority:
// the ones the reader is looking at first, then the most mentioned concepts.

import type { MeasureText } from '../text/text-width.ts';

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface Circle {
  x: number;
  y: number;
  r: number;
}

export interface LabelRequest extends Circle {
  id: string;
  /** One or two lines (see wrapLabel). */
  lines: string[];
  /** Higher first. */
  priority: number;
  /** Placed even past maxLabels (hovered, focused, selected, found). */
  force?: boolean;
}

export type Anchor = 'start' | 'middle' | 'end';

export interface PlacedLabel {
  id: string;
  anchor: Anchor;
  /** Offset of the text anchor from the node's centre, so a label can follow its node. */
  dx: number;
  /** Offset of each line's baseline from the node's centre. */
  lineDy: number[];
  lines: string[];
  box: Box;
}

export interface LabelOptions {
  width: number;
  height: number;
  fontSize: number;
  lineHeight: number;
  measure: MeasureText;
  /** Every node on screen: labels avoid them all. */
  circles: readonly (Circle & { id: string })[];
  /** Areas already taken (theme labels, notes). */
  obstacles?: readonly Box[];
  /** How many labels at most, besides forced ones. */
  maxLabels?: number;
  /** Space between a circle and its label, and around each label. */
  gap?: number;
}

const HAN = /\p{Script=Han}/u;
/** Chinese punctuation that never starts a line, and that never ends one. */
const NO_LINE_START = /[，。；：、）》」”！？…]/u;
const NO_LINE_END = /[（《「“]/u;
/** Where a Chinese label reads best split: after an enumeration comma, around a conjunction. */
const AFTER = /[、与和及]/u;
const BEFORE = /[与和及]/u;

const charWeight = (c: string): number => (HAN.test(c) || NO_LINE_START.test(c) ? 2 : 1);

/** A label's length in Latin characters: a Han character (drawn about twice as wide) counts two. */
export function labelLength(label: string): number {
  let n = 0;
  for (const c of label) n += charWeight(c);
  return n;
}

/**
 * Splits a long label into two lines near its middle: at a space, or, in Chinese (no spaces),
 * between two characters, best after "、" or around "与/和/及". Length counts a Han character as
 * two Latin ones, since it is drawn about twice as wide.
 */
export function wrapLabel(label: string, maxChars = 22): string[] {
  const chars = [...label];
  const weights = chars.map(charWeight);
  const total = labelLength(label);
  if (total <= maxChars) return [label];
  let best: { at: number; skip: number; cost: number } | null = null;
  let before = 0;
  for (let i = 1; i < chars.length; i++) {
    before += weights[i - 1]!;
    const prev = chars[i - 1]!;
    const next = chars[i]!;
    let skip = 0;
    let penalty: number;
    if (next === ' ') {
      skip = 1;
      penalty = 0;
    } else if (prev === ' ') continue;
    else if (
      (HAN.test(prev) || HAN.test(next)) &&
      !NO_LINE_START.test(next) &&
      !NO_LINE_END.test(prev)
    )
      penalty = AFTER.test(prev) || BEFORE.test(next) ? 1 : 3;
    else if (NO_LINE_START.test(prev) && HAN.test(next)) penalty = 0;
    else continue;
    const cost = Math.abs(before - total / 2) + penalty;
    if (!best || cost < best.cost) best = { at: i, skip, cost };
  }
  if (!best) return [label];
  return [chars.slice(0, best.at).join(''), chars.slice(best.at + best.skip).join('')];
}

export const overlaps = (a: Box, b: Box): boolean =>
  a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

export function circleHitsBox(c: Circle, b: Box): boolean {
  const nx = Math.max(b.x0, Math.min(c.x, b.x1));
  const ny = Math.max(b.y0, Math.min(c.y, b.y1));
  return (c.x - nx) ** 2 + (c.y - ny) ** 2 < c.r * c.r;
}

/** A uniform grid over the chart, so that each test looks only at nearby items. */
class Grid<T> {
  private readonly cells = new Map<number, T[]>();
  constructor(private readonly size: number) {}
  private *keys(b: Box): Generator<number> {
    const s = this.size;
    for (let gx = Math.floor(b.x0 / s); gx <= Math.floor(b.x1 / s); gx++)
      for (let gy = Math.floor(b.y0 / s); gy <= Math.floor(b.y1 / s); gy++)
        yield (gx + 4096) * 8192 + (gy + 4096);
  }
  add(b: Box, item: T): void {
    for (const k of this.keys(b)) {
      const list = this.cells.get(k);
      if (list) list.push(item);
      else this.cells.set(k, [item]);
    }
  }
  some(b: Box, test: (item: T) => boolean): boolean {
    for (const k of this.keys(b))
      for (const item of this.cells.get(k) ?? []) if (test(item)) return true;
    return false;
  }
}

export function placeNodeLabels(
  requests: readonly LabelRequest[],
  options: LabelOptions,
): PlacedLabel[] {
  const { width, height, fontSize, lineHeight, measure } = options;
  const gap = options.gap ?? 3;
  const limit = options.maxLabels ?? Infinity;
  const grid = new Grid<{ box: Box } | { circle: Circle & { id: string } }>(64);
  for (const c of options.circles)
    grid.add({ x0: c.x - c.r, y0: c.y - c.r, x1: c.x + c.r, y1: c.y + c.r }, { circle: c });
  for (const box of options.obstacles ?? []) grid.add(box, { box });

  const ordered = [...requests].sort(
    (a, b) =>
      Number(b.force ?? false) - Number(a.force ?? false) ||
      b.priority - a.priority ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const placed: PlacedLabel[] = [];
  let unforced = 0;
  // Baseline of a line within its box: the box holds lineHeight per line, text centred in it.
  const ascent = fontSize * 0.76 + (lineHeight - fontSize) / 2;

  for (const req of ordered) {
    if (!req.force && unforced >= limit) continue;
    const w = Math.max(...req.lines.map((l) => measure(l)));
    const h = req.lines.length * lineHeight;
    // [anchor, left edge of the box relative to the centre, top edge relative to the centre]:
    // right, left, below, above, then the four diagonals; then the same a little further out.
    const candidates: [Anchor, number, number][] = [];
    for (const r of [req.r + gap, req.r + gap + lineHeight * 0.75]) {
      const d = r * Math.SQRT1_2;
      candidates.push(
        ['start', r, -h / 2],
        ['end', -r - w, -h / 2],
        ['middle', -w / 2, r],
        ['middle', -w / 2, -r - h],
        ['start', d, -d - h],
        ['start', d, d],
        ['end', -d - w, -d - h],
        ['end', -d - w, d],
      );
    }
    for (const [anchor, left, top] of candidates) {
      const box: Box = {
        x0: req.x + left - 1,
        y0: req.y + top - 1,
        x1: req.x + left + w + 1,
        y1: req.y + top + h + 1,
      };
      if (box.x0 < 0 || box.y0 < 0 || box.x1 > width || box.y1 > height) continue;
      const blocked = grid.some(box, (item) =>
        'box' in item
          ? overlaps(item.box, box)
          : item.circle.id !== req.id && circleHitsBox(item.circle, box),
      );
      if (blocked) continue;
      const dx = anchor === 'start' ? left : anchor === 'end' ? left + w : left + w / 2;
      placed.push({
        id: req.id,
        anchor,
        dx,
        lineDy: req.lines.map((_, i) => top + i * lineHeight + ascent),
        lines: req.lines,
        box,
      });
      grid.add(box, { box });
      if (!req.force) unforced += 1;
      break;
    }
  }
  return placed;
}
