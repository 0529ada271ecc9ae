import { describe, expect, it } from 'vitest';
import { layoutPairedBars } from '../../../src/lib/layout/paired-bars.ts';

const rows = [
  { id: 'x', label: 'Xx', a: 0.5, b: 0.25 },
  { id: 'y', label: 'Yy', a: 0, b: 0.1 },
];

describe('layoutPairedBars', () => {
  it('wide: labels in a left column, bars on one scale (the largest value fills the bar width)', () => {
    // 600 px: label column min(240, 180) = 180; bars start at 4 + 180 + 8 + 36 = 228; width 600 − 4 − 44 − 228 = 324.
    const l = layoutPairedBars(rows, { width: 600, notes: [] });
    expect([l.barX, l.barWidth, l.max]).toEqual([228, 324, 0.5]);
    expect(l.rows.map((r) => [r.a.width, r.b.width])).toEqual([
      [324, 162],
      [0, 64.8],
    ]);
    expect(l.rows[0]!.b.y - l.rows[0]!.a.y).toBe(15);
    expect(l.rows[0]!.label.x).toBe(4);
  });

  it('narrow: each label above its bars; notes wrapped to the width', () => {
    const l = layoutPairedBars(rows, {
      width: 300,
      notes: ['2029: coded from its published record, all of it', '2030: matched in its full text'],
    });
    expect(l.barX).toBe(40);
    expect(l.notes.length).toBe(2);
    expect(l.notes[0]!.lines.join(' ')).toBe('2029: coded from its published record, all of it');
    const r = l.rows[0]!;
    expect(r.a.y).toBeGreaterThan(r.label.y);
    expect(l.rows[1]!.box.y).toBeGreaterThan(r.b.y);
  });

  it('compact: fits a given height by thinner bars and gaps, never below 9 px bars (8 when terse), never above natural', () => {
    const natural = layoutPairedBars(rows, { width: 600, notes: [] });
    // Natural: 4 + 8 + 2 × (2 + 2 × 12 + 3 + 10) + 4 = 94 (labels are one line, shorter than the bars).
    expect(natural.height).toBe(94);
    expect(layoutPairedBars(rows, { width: 600, notes: [], height: 500 }).height).toBe(94);
    // 80 high: per row (80 − 12 − 4) / 2 − 2 = 30, halfway between the least 23 and the natural 37.
    const compact = layoutPairedBars(rows, { width: 600, notes: [], height: 80 });
    expect(compact.rows[0]!.a.height).toBeCloseTo(10.5, 9);
    expect(compact.height).toBeCloseTo(80, 9);
    // 66 high: per row (66 − 12 − 4) / 2 − 2 = 23, the least: 9 px bars, 1 px apart.
    const least = layoutPairedBars(rows, { width: 600, notes: [], height: 66 });
    expect(least.rows[0]!.a.height).toBe(9);
    expect(least.rows[0]!.b.y - least.rows[0]!.a.y).toBe(10);
    expect(least.height).toBe(66);
    // Lower than that it goes terse (fewer words), and only then do its bars go to 8 px.
    const terse = layoutPairedBars(rows, { width: 600, notes: [], height: 10 });
    expect(terse.rows[0]!.a.height).toBe(8);
    expect(terse.rows[0]!.b.y - terse.rows[0]!.a.y).toBe(9);
  });

  it('terse: where even the least sizes overflow, labels go beside the bars and every label and note keeps one line', () => {
    const long = [
      { id: 'r', label: 'Rules, standards and digital governance', a: 0.1, b: 0.2 },
      { id: 'd', label: 'Development and multilateralism', a: 0.3, b: 0.4 },
    ];
    const notes = ['2024: matched in its full text (shares of its 55 distinct matched concepts)'];
    // 400 px is narrow (labels above the bars) when the height allows it.
    const roomy = layoutPairedBars(long, { width: 400, notes, height: 1000 });
    expect(roomy.rows[0]!.a.y).toBeGreaterThan(roomy.rows[0]!.label.y);
    expect(roomy.notes[0]!.lines.length).toBeGreaterThan(1);
    // 60 px cannot hold them even at 9 px bars: one line each, ending in "…", beside the bars.
    const terse = layoutPairedBars(long, { width: 400, notes, height: 60 });
    expect(terse.notes[0]!.lines).toHaveLength(1);
    expect(terse.notes[0]!.lines[0]).toMatch(/^2024: matched in its full.*…$/);
    for (const row of terse.rows) expect(row.label.lines).toHaveLength(1);
    expect(terse.rows[0]!.label.lines[0]).toMatch(/^Rules.*…$/);
    expect(terse.barX).toBeGreaterThan(100);
    expect(terse.height).toBeLessThan(roomy.height);
    // Two notes go side by side on one line, each with its own swatch.
    const two = layoutPairedBars(long, {
      width: 400,
      notes: [notes[0]!, '2025: coded from its published record (the preamble and the actions)'],
      height: 60,
    });
    expect(two.notes.map((n) => n.y)).toEqual([two.notes[0]!.y, two.notes[0]!.y]);
    expect(two.notes[0]!.x).toBe(4);
    expect(two.notes[1]!.x).toBe(200);
    for (const n of two.notes) expect(n.lines).toHaveLength(1);
    expect(two.rows[0]!.box.y).toBeLessThan(terse.rows[0]!.box.y + 4);
    // Below 360 px nothing is gained by it: the narrow layout stays.
    expect(
      layoutPairedBars(long, { width: 300, notes, height: 60 }).notes[0]!.lines.length,
    ).toBeGreaterThan(1);
  });
});
