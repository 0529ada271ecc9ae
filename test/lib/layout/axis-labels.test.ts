import { describe, expect, it } from 'vitest';
import { placeAxisLabels } from '../../../src/lib/layout/axis-labels.ts';

describe('placeAxisLabels', () => {
  const opts = { fontSize: 10, gap: 8, left: 0, right: 400 };
  // "aaaa" is 4 × 5.56 px (Helvetica's 556 units at 10 px) = 22.24 px, a tenth more = 24.46: 25 px.
  it('keeps labels that fit on the first row, left to right', () => {
    const out = placeAxisLabels(
      [
        { id: 'a', x: 10, text: 'aaaa' },
        { id: 'b', x: 100, text: 'aaaa' },
      ],
      opts,
    );
    expect(out.map((l) => [l.id, l.row, l.x0, l.x1, l.anchor])).toEqual([
      ['a', 0, 14, 39, 'start'],
      ['b', 0, 104, 129, 'start'],
    ]);
  });

  it('stacks a dense cluster on rows so that no two labels on a row overlap', () => {
    const out = placeAxisLabels(
      [
        { id: 'c', x: 104, text: 'aaaa' },
        { id: 'a', x: 100, text: 'aaaa' },
        { id: 'b', x: 102, text: 'aaaa' },
        { id: 'd', x: 140, text: 'aaaa' },
      ],
      opts,
    );
    // Sorted by x: a (row 0, 104–129), b (row 1), c (row 2); d starts at 144 ≥ 129 + 8: row 0 again.
    expect(out.map((l) => [l.id, l.row])).toEqual([
      ['c', 2],
      ['a', 0],
      ['b', 1],
      ['d', 0],
    ]);
    for (const p of out)
      for (const q of out)
        if (p !== q && p.row === q.row) expect(p.x1 <= q.x0 || q.x1 <= p.x0).toBe(true);
  });

  it('draws a label that would run past the right edge to the left of its mark', () => {
    const [l] = placeAxisLabels([{ id: 'z', x: 390, text: 'aaaa' }], opts);
    expect([l!.anchor, l!.x0, l!.x1]).toEqual(['end', 361, 386]);
  });
});
