import { describe, expect, it } from 'vitest';
import { placeAxisLabels, wrapText } from '../../../src/lib/layout/axis-labels.ts';

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

describe('wrapText', () => {
  it('breaks at spaces to fit the width', () => {
    // "aaaa aaaa" is 8 × 5.56 + 2.78 = 47.26 px at 10 px, a tenth more = 51.99: 52 px.
    expect(wrapText('aaaa aaaa aaaa', 52, 10)).toEqual(['aaaa aaaa', 'aaaa']);
    expect(wrapText('aaaa aaaa aaaa', 51, 10)).toEqual(['aaaa', 'aaaa', 'aaaa']);
    expect(wrapText('  ', 51, 10)).toEqual([]);
  });
});

describe('wrapText in Chinese', () => {
  it('breaks between Chinese characters, never before closing punctuation, and keeps Latin words whole', () => {
    // 12 px characters, widths × 1.1: five characters (66 px) fit in 70 px, six (79.2 px) do not.
    expect(wrapText('依据其公开记录编码', 70, 12)).toEqual(['依据其公开', '记录编码']);
    expect(wrapText('记录编码，范围', 70, 12)).toEqual(['记录编码，', '范围']);
    expect(wrapText('2029年：all of it', 70, 12)).toEqual(['2029年：all', 'of it']);
  });
});
