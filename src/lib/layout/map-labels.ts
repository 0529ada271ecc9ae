// Labels of the map's markers that never overlap each other or another marker: each label tries the
// right of its marker, then the left, above and below; a label that fits nowhere is left out (the
// marker's name, the list beside the map and the table still say it). Widths are estimated from
// the text as it is drawn (a Han character one em), so Chinese names get the room they take.

import { approxTextWidth } from '../text/text-width.ts';

export interface MapLabelInput {
  id: string;
  x: number;
  y: number;
  /** The marker's radius. */
  r: number;
  text: string;
}

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface PlacedMapLabel {
  id: string;
  text: string;
  /** Where the text is drawn: x, baseline y, and how it is anchored at x. */
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  /** The box the text takes. */
  box: Box;
}

export interface MapLabelOptions {
  fontSize: number;
  width: number;
  height: number;
  /** Placed first, in this order (the selected marker's label wins its place). */
  first?: readonly string[];
}

const overlaps = (a: Box, b: Box): boolean =>
  a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** The labels that fit, each in the first free place around its marker. */
export function placeMapLabels(
  inputs: readonly MapLabelInput[],
  options: MapLabelOptions,
): PlacedMapLabel[] {
  const { fontSize, width, height } = options;
  const first = options.first ?? [];
  const rank = (id: string): number => {
    const i = first.indexOf(id);
    return i < 0 ? first.length : i;
  };
  const order = [...inputs].sort(
    (a, b) => rank(a.id) - rank(b.id) || b.r - a.r || a.id.localeCompare(b.id),
  );
  // Every marker is an obstacle to every other marker's label.
  const markers = inputs.map((m) => ({
    id: m.id,
    box: { x0: m.x - m.r, y0: m.y - m.r, x1: m.x + m.r, y1: m.y + m.r },
  }));
  const taken: Box[] = [];
  const placed: PlacedMapLabel[] = [];
  // A tenth more than the estimate, as the axis labels allow, and the halo's 1.5 px each side.
  const pad = 2;
  for (const m of order) {
    const w = Math.ceil(approxTextWidth(m.text, fontSize) * 1.1) + 2 * pad;
    const h = fontSize + 2 * pad;
    const gap = 5;
    const candidates: { x: number; y: number; anchor: PlacedMapLabel['anchor']; box: Box }[] = [
      {
        x: m.x + m.r + gap,
        y: m.y + fontSize / 3,
        anchor: 'start',
        box: {
          x0: m.x + m.r + gap - pad,
          y0: m.y - h / 2,
          x1: m.x + m.r + gap - pad + w,
          y1: m.y + h / 2,
        },
      },
      {
        x: m.x - m.r - gap,
        y: m.y + fontSize / 3,
        anchor: 'end',
        box: {
          x0: m.x - m.r - gap + pad - w,
          y0: m.y - h / 2,
          x1: m.x - m.r - gap + pad,
          y1: m.y + h / 2,
        },
      },
      {
        x: m.x,
        y: m.y - m.r - gap,
        anchor: 'middle',
        box: {
          x0: m.x - w / 2,
          y0: m.y - m.r - gap - fontSize - pad,
          x1: m.x + w / 2,
          y1: m.y - m.r - gap + pad + fontSize / 4,
        },
      },
      {
        x: m.x,
        y: m.y + m.r + gap + fontSize,
        anchor: 'middle',
        box: {
          x0: m.x - w / 2,
          y0: m.y + m.r + gap - pad,
          x1: m.x + w / 2,
          y1: m.y + m.r + gap + fontSize + pad + fontSize / 4,
        },
      },
    ];
    const free = candidates.find(
      (c) =>
        c.box.x0 >= 0 &&
        c.box.x1 <= width &&
        c.box.y0 >= 0 &&
        c.box.y1 <= height &&
        !taken.some((b) => overlaps(b, c.box)) &&
        !markers.some((o) => o.id !== m.id && overlaps(o.box, c.box)),
    );
    if (!free) continue;
    taken.push(free.box);
    placed.push({ id: m.id, text: m.text, ...free });
  }
  return inputs.flatMap((m) => placed.filter((p) => p.id === m.id));
}
