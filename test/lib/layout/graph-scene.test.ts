// Screen geometry of the graph, from the fixture corpus with positions written by hand (so the
// fit is 1:1 and every coordinate can be read off the layout below).

import { describe, expect, it } from 'vitest';
import { buildGraphLayoutFile } from '../../../src/lib/layout/compute-layout.ts';
import { SHAPES } from '../../../src/lib/layout/graph-layout.ts';
import { circleHitsBox, overlaps } from '../../../src/lib/layout/node-labels.ts';
import {
  arcPath,
  buildScene,
  fitLayout,
  hitLink,
  hitNode,
  layoutToScreen,
  linkWidth,
  sceneLabels,
  stepToward,
  themeHulls,
  themeLabels,
  toLayout,
  toScreen,
  yearArcs,
} from '../../../src/lib/layout/graph-scene.ts';
import { approxMeasure } from '../../../src/lib/text/text-width.ts';
import { buildConceptGraph } from '../../../src/lib/model/concept-graph.ts';
import { indexCorpus } from '../../../src/lib/model/corpus-index.ts';
import { MINI_LAYOUT, miniColors, miniGraph, miniIndex } from '../../support/graph-fixture.ts';
import { labelIn } from '../../../src/lib/i18n/labels.ts';
import { enTr, zhTr } from '../../support/i18n.ts';
import { realCorpus } from '../../support/mini-corpus.ts';

const index = miniIndex;
const graph = miniGraph;
const spec = { ...SHAPES.wide, minRadius: 4, maxRadius: 12 };
const layout = MINI_LAYOUT;
const colors = miniColors;
const base = { graph, colors, layout, spec, width: 400, height: 300, years: index.years };

describe('fit and transforms', () => {
  it('fits the layout box into the chart, centred, keeping its shape', () => {
    expect(fitLayout({ width: 100, height: 50 }, 200, 200)).toEqual({
      scale: 2,
      offsetX: 0,
      offsetY: 50,
    });
  });

  it('maps layout units to chart pixels under a zoom, and back', () => {
    const fit = fitLayout({ width: 100, height: 50 }, 200, 200);
    const zoom = { k: 2, x: 5, y: -5 };
    expect(toScreen(10, 20, fit, zoom)).toEqual([45, 175]);
    expect(toLayout(45, 175, fit, zoom)).toEqual([10, 20]);
    expect(layoutToScreen(fit, zoom)).toEqual({ k: 4, x: 5, y: 95 });
  });
});

describe('buildScene', () => {
  const scene = buildScene(base);

  it('places nodes where the layout says, sized by mentions, hollow when only coded', () => {
    const df = scene.nodeById.get('data-flow')!;
    expect([df.x, df.y, df.r, df.hitR, df.hollow]).toEqual([100, 100, 12, 14, false]);
    const ds = scene.nodeById.get('data-security')!;
    expect(ds.r).toBeCloseTo(4 + 8 * Math.sqrt(1 / 3), 10);
    expect(ds.hitR).toBe(12.5); // the smallest target is 25 px across
    const co = scene.nodeById.get('coded-only')!;
    expect([co.r, co.hollow]).toEqual([4, true]);
  });

  it('gives each node a mark per year it is in: coded 2029 in the first slot, text 2030 in the second', () => {
    const arcs = scene.nodeById.get('data-flow')!.arcs;
    expect(arcs.map((a) => [a.year, a.kind, a.radius])).toEqual([
      [2029, 'coded', 16],
      [2030, 'text', 16],
    ]);
    // Two slots of π each, a gap of 0.45 rad: slot i starts at −π/2 + iπ + 0.225.
    expect(arcs[0]!.a0).toBeCloseTo(-Math.PI / 2 + 0.225, 10);
    expect(arcs[0]!.a1).toBeCloseTo(-Math.PI / 2 + 0.225 + Math.PI - 0.45, 10);
    expect(arcs[1]!.a0).toBeCloseTo(Math.PI / 2 + 0.225, 10);
    expect(arcPath({ year: 0, kind: 'text', a0: 0, a1: Math.PI / 2, radius: 10 })).toBe(
      'M10,0A10,10 0 0 1 0,10',
    );
    expect(yearArcs([{ year: 2031, mentions: 1, coded: false }], [2029, 2030], 5)).toEqual([]);
  });

  it('draws links between the nodes’ centres, wider for heavier links', () => {
    expect(scene.links.map((l) => [l.id, l.x1, l.y1, l.x2, l.y2, l.width])).toEqual([
      ['ai-governance~artificial-intelligence', 150, 220, 100, 200, 1.2],
      ['data-flow~data-security', 100, 100, 150, 100, 1.2],
    ]);
    expect([linkWidth(3), linkWidth(20), linkWidth(1, 4)]).toEqual([4.2, 8, 2.4]);
  });

  it('moves dragged nodes, and zooms positions fully and sizes by the square root', () => {
    const moved = buildScene({ ...base, moved: { 'data-flow': [50, 60] } });
    expect([moved.nodeById.get('data-flow')!.x, moved.nodeById.get('data-flow')!.y]).toEqual([
      50, 60,
    ]);
    expect(moved.links[1]!.x1).toBe(50);
    const zoomed = buildScene({ ...base, zoom: { k: 4, x: -100, y: 0 } });
    const df = zoomed.nodeById.get('data-flow')!;
    expect([df.x, df.y, df.r]).toEqual([300, 400, 24]);
  });
});

describe('buildScene with the scene before', () => {
  it('hands back unchanged nodes and links as the same objects, and only those', () => {
    const first = buildScene(base);
    const next = buildScene({ ...base, moved: { 'data-flow': [60, 70] }, previous: first });
    expect(next).toEqual(buildScene({ ...base, moved: { 'data-flow': [60, 70] } }));
    expect(next.nodeById.get('computing')).toBe(first.nodeById.get('computing'));
    expect(next.nodeById.get('data-flow')).not.toBe(first.nodeById.get('data-flow'));
    expect(next.links[0]).toBe(first.links[0]); // ai-governance~artificial-intelligence
    expect(next.links[1]).not.toBe(first.links[1]); // data-flow~data-security moved with its end
  });
});

describe('hit testing and arrow keys', () => {
  const scene = buildScene(base);

  it('finds the node under a point within its target, the nearest first', () => {
    expect(hitNode(scene, 113, 100)).toBe('data-flow');
    expect(hitNode(scene, 126, 100)).toBeNull(); // 26 from one (target 14), 24 from the other (12.5)
    const close = buildScene({ ...base, moved: { 'data-security': [120, 100] } });
    expect(hitNode(close, 112, 100)).toBe('data-security'); // within both targets: 8 beats 12
  });

  it('finds the link under a point', () => {
    expect(hitLink(scene, 125, 102)).toBe('data-flow~data-security');
    expect(hitLink(scene, 125, 110)).toBeNull();
  });

  it('moves to the neighbour in the arrow’s direction', () => {
    const all = graph.nodes.map((n) => n.id);
    expect(stepToward(scene, 'data-flow', 'right', all)).toBe('data-security');
    expect(stepToward(scene, 'data-flow', 'down', all)).toBe('artificial-intelligence');
    expect(stepToward(scene, 'data-flow', 'up', all)).toBeNull();
    expect(stepToward(scene, 'data-flow', 'right', ['computing'])).toBe('computing');
    expect(stepToward(scene, 'computing', 'down', all)).toBe('coded-only');
  });
});

describe('theme regions', () => {
  const scene = buildScene(base);
  const hulls = themeHulls(graph, { layout, spec, colors }, 8);

  it('draws a hull around each theme’s nodes', () => {
    expect(hulls.map((h) => h.theme)).toEqual(['data', 'ai', 'infra']);
    const data = hulls[0]!;
    const xs = data.points.map((p) => p.x);
    // data-flow (r 12) at x 100 and data-security at x 150: the hull reaches r + 8 past each.
    expect(Math.min(...xs)).toBeCloseTo(100 - 20, 6);
    expect(Math.max(...xs)).toBeCloseTo(150 + 8 + 4 + 8 * Math.sqrt(1 / 3), 6);
    expect(data.path.startsWith('M')).toBe(true);
  });

  it('names each theme above its hull, where the name covers no node', () => {
    const labels = themeLabels(hulls, scene, new Map([['data', 'Data']]), {
      fontSize: 10,
      measure: approxMeasure(10),
    });
    const data = labels.find((l) => l.theme === 'data')!;
    const top = Math.min(...hulls[0]!.points.map((p) => p.y));
    expect(data.box.y1).toBeLessThanOrEqual(top);
    expect(data.text).toBe('Data');
    expect(labels.find((l) => l.theme === 'ai')!.text).toBe('ai');
  });
});

describe.each([
  ['English', enTr],
  ['Chinese', zhTr],
] as const)('labels on the real graph in %s', (language, tr) => {
  const real = indexCorpus(realCorpus());
  const g = buildConceptGraph(real, { themes: null, year: null, unit: 'sentence' }, tr);
  const file = buildGraphLayoutFile(real.corpus);
  const realColors = new Map(real.themes.map((t) => [t.id, t.color]));
  const names = new Map(real.themes.map((t) => [t.id, labelIn(t, tr.lang)]));

  it.each([
    ['desktop', 'wide', 864, 520, 12, undefined],
    ['phone', 'tall', 366, 608, 13, 12],
  ] as const)(
    '%s: labels inside the chart, apart from each other and from other nodes',
    (_n, shape, w, h, font, max) => {
      const scene = buildScene({
        graph: g,
        colors: realColors,
        layout: file.shapes[shape],
        spec: SHAPES[shape],
        width: w,
        height: h,
        years: real.years,
      });
      const hulls = themeHulls(g, {
        layout: file.shapes[shape],
        spec: SHAPES[shape],
        colors: realColors,
      });
      const tl = themeLabels(hulls, scene, names, {
        fontSize: font,
        measure: approxMeasure(font * 1.2, true),
        omitCrowded: shape === 'tall',
      });
      const labels = sceneLabels(scene, g, {
        fontSize: font,
        lineHeight: font * 1.2,
        measure: approxMeasure(font * 1.12),
        maxLabels: max,
        obstacles: tl.map((t) => t.box),
      });
      if (max === undefined) expect(labels.length).toBeGreaterThanOrEqual(g.nodes.length / 2);
      else {
        // At most the maximum, and not far below it: a phone still names half a dozen concepts
        // (10 of 12 today), so a placement that gives up on small screens fails here.
        expect(labels.length).toBeLessThanOrEqual(max);
        expect(labels.length).toBeGreaterThanOrEqual(max / 2);
      }
      const boxes = [...labels.map((l) => l.box), ...tl.map((t) => t.box)];
      for (let i = 0; i < boxes.length; i++) {
        const b = boxes[i]!;
        expect(b.x0 >= 0 && b.y0 >= 0 && b.x1 <= w && b.y1 <= h).toBe(true);
        for (let j = i + 1; j < boxes.length; j++) expect(overlaps(b, boxes[j]!)).toBe(false);
      }
      for (const l of labels)
        for (const n of scene.nodes)
          if (n.id !== l.id)
            expect(circleHitsBox({ x: n.x, y: n.y, r: n.r + 2 }, l.box)).toBe(false);
      if (language === 'Chinese') {
        for (const l of [...labels, ...tl]) {
          const text = l.lines.join('');
          // Every label is the codebook's Chinese, whole (a wrap loses no character) …
          expect(text).toMatch(/\p{Script=Han}/u);
          expect('id' in l ? g.nodeById.get(l.id)!.label : names.get(l.theme)).toBe(text);
          // … and its box is at least one em wide per Han character (not Latin-narrow).
          const ems = Math.max(
            ...l.lines.map((line) => [...line].filter((c) => /\p{Script=Han}/u.test(c)).length),
          );
          expect(l.box.x1 - l.box.x0).toBeGreaterThanOrEqual(ems * font);
        }
      }
    },
  );
});
