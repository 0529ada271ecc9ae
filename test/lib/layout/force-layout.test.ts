// The seeded force layout. Exact positions come from symmetric fixtures whose answer follows from
// the rules (the drawing is scaled to fill the box, then clamped inside it), worked out by hand;
// the real codebook checks the properties: inside the box, no NaN, apart, grouped, deterministic.

import { describe, expect, it } from 'vitest';
import { computeShapeLayout } from '../../../src/lib/layout/compute-layout.ts';
import { forceLayout, orderGroups } from '../../../src/lib/layout/force-layout.ts';
import { layoutInputs, nodeRadius, SHAPES } from '../../../src/lib/layout/graph-layout.ts';
import { roughShapeLayout } from '../../../src/lib/layout/rough-layout.ts';
import { realCorpus } from '../../support/mini-corpus.ts';

const node = (id: string, group: string, radius = 10) => ({ id, group, radius });
const at = (r: ReturnType<typeof forceLayout>, id: string) => {
  const p = r.positions.get(id)!;
  return [p.x, p.y];
};

describe('forceLayout on hand-checked fixtures', () => {
  it('puts a single node in the middle of the box', () => {
    const r = forceLayout([node('a', 'A')], [], ['A'], { width: 300, height: 200, margin: 10 });
    expect(at(r, 'a')).toEqual([150, 100]);
  });

  it('puts two linked groups of one node at the top and bottom edges (first group on top)', () => {
    // Group centres sit on an ellipse from the top; the pair is vertical, the drawing is scaled to
    // fill the height: y = margin + radius = 20 and 300 − 20 = 280, x in the middle.
    const r = forceLayout(
      [node('a', 'A'), node('b', 'B')],
      [{ source: 'a', target: 'b', weight: 1 }],
      ['A', 'B'],
      { width: 400, height: 300, margin: 10 },
    );
    expect(at(r, 'a')).toEqual([200, 20]);
    expect(at(r, 'b')).toEqual([200, 280]);
  });

  it('puts three groups of one node on an equilateral triangle, apex up, filling a square', () => {
    // Square 200×200, margin 10, radius 10: the centres fill 160 across (x = 20 … 180); the
    // triangle is 160·√3/2 = 138.56 high, centred: y = 100 ∓ 69.28.
    const r = forceLayout([node('a', 'A'), node('b', 'B'), node('c', 'C')], [], ['A', 'B', 'C'], {
      width: 200,
      height: 200,
      margin: 10,
    });
    expect(at(r, 'a')).toEqual([100, 30.7]);
    expect(at(r, 'b')).toEqual([180, 169.3]);
    expect(at(r, 'c')).toEqual([20, 169.3]);
  });

  it('orders groups around the ring so that linked groups are neighbours (ties: first found)', () => {
    const nodes = ['A', 'B', 'C', 'D'].map((g) => node(g.toLowerCase(), g));
    const links = [
      { source: 'a', target: 'c', weight: 5 },
      { source: 'b', target: 'd', weight: 5 },
    ];
    // Rings from A: A,B,C,D scores 0; A,B,D,C scores B–D 5 + C–A 5 = 10, the first to reach 10.
    expect(orderGroups(['A', 'B', 'C', 'D'], nodes, links)).toEqual(['A', 'B', 'D', 'C']);
    expect(orderGroups(['A', 'B', 'C', 'D'], nodes, [])).toEqual(['A', 'B', 'C', 'D']);
  });
});

describe('the real codebook’s layout', () => {
  const inputs = layoutInputs(realCorpus());

  it.each(['wide', 'tall'] as const)(
    '%s: every concept inside the box, no NaN, apart, grouped',
    (shape) => {
      const spec = SHAPES[shape];
      const layout = computeShapeLayout(inputs, shape);
      expect(Object.keys(layout.nodes)).toEqual(inputs.concepts.map((c) => c.id));
      const pts = inputs.concepts.map((c) => {
        const [x, y] = layout.nodes[c.id]!;
        const r = nodeRadius(c.mentions, inputs.maxMentions, spec);
        return { ...c, x, y, r };
      });
      for (const p of pts) {
        expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
        expect(p.x - p.r).toBeGreaterThanOrEqual(spec.margin - 0.05);
        expect(p.y - p.r).toBeGreaterThanOrEqual(spec.margin - 0.05);
        expect(p.x + p.r).toBeLessThanOrEqual(layout.width - spec.margin + 0.05);
        expect(p.y + p.r).toBeLessThanOrEqual(layout.height - spec.margin + 0.05);
      }
      // Touch targets (2 × targetRadius) never overlap.
      let closest = Infinity;
      for (let i = 0; i < pts.length; i++)
        for (let j = i + 1; j < pts.length; j++)
          closest = Math.min(closest, Math.hypot(pts[i]!.x - pts[j]!.x, pts[i]!.y - pts[j]!.y));
      expect(closest).toBeGreaterThanOrEqual(2 * spec.targetRadius);
      // Themes read as regions: nearly every node is nearer its own theme's centre than any other's.
      const centre = new Map<string, [number, number]>();
      for (const g of inputs.groups) {
        const members = pts.filter((p) => p.group === g);
        centre.set(g, [
          members.reduce((s, p) => s + p.x, 0) / members.length,
          members.reduce((s, p) => s + p.y, 0) / members.length,
        ]);
      }
      const home = pts.filter((p) => {
        const d = (g: string) => Math.hypot(p.x - centre.get(g)![0], p.y - centre.get(g)![1]);
        return inputs.groups.every((g) => g === p.group || d(p.group) < d(g));
      });
      expect(home.length / pts.length).toBeGreaterThanOrEqual(0.9);
    },
  );

  it('is deterministic', () => {
    expect(computeShapeLayout(inputs, 'wide')).toEqual(computeShapeLayout(inputs, 'wide'));
  });
});

describe('a rough first layout, before the forces run', () => {
  const inputs = layoutInputs(realCorpus());

  it('is given once, in the final box, every concept inside it, and leaves the result unchanged', () => {
    const rough: ReturnType<typeof computeShapeLayout>[] = [];
    const final = computeShapeLayout(inputs, 'wide', (r) => rough.push(r));
    expect(rough).toHaveLength(1);
    const [first] = rough;
    expect([first!.width, first!.height]).toEqual([final.width, final.height]);
    expect(Object.keys(first!.nodes).sort()).toEqual(Object.keys(final.nodes).sort());
    for (const [x, y] of Object.values(first!.nodes)) {
      expect(x).toBeGreaterThan(0);
      expect(x).toBeLessThan(first!.width);
      expect(y).toBeGreaterThan(0);
      expect(y).toBeLessThan(first!.height);
    }
    expect(final).toEqual(computeShapeLayout(inputs, 'wide'));
    expect(first!.nodes).not.toEqual(final.nodes);
  });

  it.each(['wide', 'tall'] as const)(
    '%s: is what the page computes on its own (roughShapeLayout), without the forces',
    (shape) => {
      let rough: ReturnType<typeof computeShapeLayout> | null = null;
      computeShapeLayout(inputs, shape, (r) => (rough = r));
      expect(roughShapeLayout(inputs, shape)).toEqual(rough);
    },
  );

  it('keeps each theme together: a concept is nearer its own theme’s centre than any other', () => {
    let rough: ReturnType<typeof computeShapeLayout> | null = null;
    computeShapeLayout(inputs, 'wide', (r) => (rough = r));
    const groupOf = new Map(inputs.concepts.map((c) => [c.id, c.group]));
    const centres = new Map<string, [number, number, number]>();
    for (const [id, [x, y]] of Object.entries(rough!.nodes)) {
      const c = centres.get(groupOf.get(id)!) ?? [0, 0, 0];
      centres.set(groupOf.get(id)!, [c[0] + x, c[1] + y, c[2] + 1]);
    }
    const mean = new Map([...centres].map(([g, [x, y, n]]) => [g, [x / n, y / n] as const]));
    let nearestOwn = 0;
    const entries = Object.entries(rough!.nodes);
    for (const [id, [x, y]] of entries) {
      const nearest = [...mean].sort(
        (a, b) => Math.hypot(a[1][0] - x, a[1][1] - y) - Math.hypot(b[1][0] - x, b[1][1] - y),
      )[0]![0];
      if (nearest === groupOf.get(id)) nearestOwn++;
    }
    expect(nearestOwn / entries.length).toBeGreaterThan(0.9);
  });
});
