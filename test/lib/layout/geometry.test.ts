// Small geometry and colour helpers: hulls, contrast, text widths, seeded randomness.

import { describe, expect, it } from 'vitest';
import { contrastRatio, readableColor } from '../../../src/lib/layout/contrast.ts';
import { circlesHull, convexHull, polygonPath } from '../../../src/lib/layout/hull.ts';
import { fingerprint, seededRandom } from '../../../src/lib/layout/random.ts';

describe('convexHull', () => {
  it('keeps the corners of a square with a point inside and one on an edge', () => {
    const pts = [
      { x: 0, y: 0 },
      { x: 10, y: 0 },
      { x: 10, y: 10 },
      { x: 0, y: 10 },
      { x: 5, y: 5 },
      { x: 5, y: 0 },
    ];
    expect(convexHull(pts)).toEqual([
      { x: 0, y: 0 },
      { x: 10, y: 0 },
      { x: 10, y: 10 },
      { x: 0, y: 10 },
    ]);
    expect(polygonPath(convexHull(pts))).toBe('M0,0L10,0L10,10L0,10Z');
    expect(polygonPath([])).toBe('');
  });

  it('samples circles twelve times round, grown by the padding', () => {
    const hull = circlesHull([{ x: 0, y: 0, r: 8 }], 2);
    expect(hull).toHaveLength(12);
    for (const p of hull) expect(Math.hypot(p.x, p.y)).toBeCloseTo(10, 10);
  });
});

describe('contrast', () => {
  it('computes WCAG ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 6);
    expect(contrastRatio('#ffffff', '#ffffff')).toBeCloseTo(1, 6);
  });

  it.each(['#E69F00', '#56B4E9', '#009E73', '#CC79A7', '#5C5C5C'])(
    'darkens %s until text in it reads at 4.5:1 on white',
    (c) => {
      const r = readableColor(c);
      expect(contrastRatio(r, '#ffffff')).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(r, '#ffffff')).toBeGreaterThanOrEqual(contrastRatio(c, '#ffffff'));
    },
  );

  it('leaves a colour that already reads', () => expect(readableColor('#1b1b1b')).toBe('#1b1b1b'));
});

describe('seeded randomness', () => {
  it('repeats for a seed and differs between seeds', () => {
    const a = seededRandom(7);
    const b = seededRandom(7);
    const xs = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(xs);
    expect(seededRandom(8)()).not.toBe(xs[0]);
    for (const x of xs) expect(x >= 0 && x < 1).toBe(true);
  });

  it('fingerprints text with FNV-1a', () => {
    expect(fingerprint('')).toBe('811c9dc5');
    expect(fingerprint('a')).toBe('e40c292c');
  });
});
