// Small geometry and colour helpers: hulls, contrast, text widths, seeded randomness.

import { describe, expect, it } from 'vitest';
import { contrastRatio, readableColor } from '../../../src/lib/layout/contrast.ts';
import { circlesHull, convexHull, polygonPath, type Vec } from '../../../src/lib/layout/hull.ts';
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

  it('keeps only the four corners of a 100 × 100 grid of points', () => {
    const grid = Array.from({ length: 10_000 }, (_, i) => ({ x: i % 100, y: Math.floor(i / 100) }));
    expect(convexHull(grid)).toEqual([
      { x: 0, y: 0 },
      { x: 99, y: 0 },
      { x: 99, y: 99 },
      { x: 0, y: 99 },
    ]);
  });

  it('gives, for many points, what the plain monotone chain over all of them gives', () => {
    // The reference: Andrew's monotone chain over every point, nothing left out beforehand.
    const cross = (o: Vec, a: Vec, b: Vec) => (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
    const reference = (points: Vec[]): Vec[] => {
      const pts = [...points].sort((a, b) => a.x - b.x || a.y - b.y);
      const half = (list: Vec[]) => {
        const out: Vec[] = [];
        for (const p of list) {
          while (out.length >= 2 && cross(out[out.length - 2]!, out[out.length - 1]!, p) <= 0)
            out.pop();
          out.push(p);
        }
        return out;
      };
      return [...half(pts).slice(0, -1), ...half([...pts].reverse()).slice(0, -1)];
    };
    const random = seededRandom(7);
    const sets: Vec[][] = [
      // A disc, a thin diagonal band, integer points with repeats, a line, circles sampled round.
      Array.from({ length: 3000 }, () => {
        const a = 2 * Math.PI * random();
        const r = 50 * Math.sqrt(random());
        return { x: r * Math.cos(a), y: r * Math.sin(a) };
      }),
      Array.from({ length: 500 }, () => {
        const t = random() * 100;
        return { x: t, y: t + random() };
      }),
      Array.from({ length: 800 }, () => ({
        x: Math.floor(random() * 6),
        y: Math.floor(random() * 6),
      })),
      Array.from({ length: 100 }, (_, i) => ({ x: i, y: 2 * i })),
    ];
    for (const pts of sets) expect(convexHull(pts)).toEqual(reference(pts));
    const circles = Array.from({ length: 300 }, () => ({
      x: random() * 900,
      y: random() * 600,
      r: 5 + random() * 11,
    }));
    const sampled = circles.flatMap((c) =>
      Array.from({ length: 12 }, (_, i) => ({
        x: c.x + (c.r + 8) * Math.cos((2 * Math.PI * i) / 12),
        y: c.y + (c.r + 8) * Math.sin((2 * Math.PI * i) / 12),
      })),
    );
    expect(circlesHull(circles, 8)).toEqual(reference(sampled));
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
