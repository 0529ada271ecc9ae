// Label placement, with a measure of 10 px a character so that every box can be worked out by
// hand: font 10 px, line height 12 px, gap 3 px; a line's baseline sits 0.76 · 10 + (12 − 10) / 2
// = 8.6 px below the top of its box.

import { describe, expect, it } from 'vitest';
import {
  overlaps,
  placeNodeLabels,
  labelLength,
  wrapLabel,
  type LabelOptions,
  type LabelRequest,
} from '../../../src/lib/layout/node-labels.ts';

const measure = (t: string) => t.length * 10;
const options = (extra: Partial<LabelOptions> = {}): LabelOptions => ({
  width: 200,
  height: 200,
  fontSize: 10,
  lineHeight: 12,
  measure,
  circles: [],
  gap: 3,
  ...extra,
});
const req = (id: string, x: number, y: number, priority = 1, lines = ['abc']): LabelRequest => ({
  id,
  x,
  y,
  r: 5,
  lines,
  priority,
});

describe('wrapLabel', () => {
  it('keeps short labels on one line', () =>
    expect(wrapLabel('Digital divide')).toEqual(['Digital divide']));
  it('splits long labels at the space nearest the middle', () =>
    expect(wrapLabel('Global Cross-border Data Flow Cooperation Initiative')).toEqual([
      'Global Cross-border Data',
      'Flow Cooperation Initiative',
    ]));
  it('counts a Han character as two Latin ones: a long Chinese label wraps', () => {
    expect(labelLength('数据跨境流动')).toBe(12);
    expect(labelLength('AI治理')).toBe(6);
    expect(wrapLabel('数据跨境流动')).toEqual(['数据跨境流动']);
    // 12 characters, 24 Latin widths: two lines of six, split between characters.
    expect(wrapLabel('全球数据跨境流动合作倡议')).toEqual(['全球数据跨境', '流动合作倡议']);
  });
  it('splits Chinese best after an enumeration comma or around 与, never before punctuation', () => {
    expect(wrapLabel('数字经济与产业链供应链', 15)).toEqual(['数字经济与', '产业链供应链']);
    expect(wrapLabel('规则、标准与数字治理', 14)).toEqual(['规则、标准', '与数字治理']);
    // The middle falls before "，": the comma stays with the line before it.
    const lines = wrapLabel('数据安全数据安全，数据流动数据', 10);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.startsWith('，')).toBe(false);
    expect(lines.join('')).toBe('数据安全数据安全，数据流动数据');
  });
});

describe('placeNodeLabels', () => {
  it('puts a label to the right of its node, vertically centred', () => {
    // Right of the circle: left edge at r + gap = 8; box 30 × 12 centred on y, grown by 1 px.
    expect(placeNodeLabels([req('a', 100, 100)], options())).toEqual([
      {
        id: 'a',
        anchor: 'start',
        dx: 8,
        lineDy: [-6 + 8.6],
        lines: ['abc'],
        box: { x0: 107, y0: 93, x1: 139, y1: 107 },
      },
    ]);
  });

  it('goes left when the right is taken or outside the chart', () => {
    const blocked = placeNodeLabels(
      [req('a', 100, 100)],
      options({ obstacles: [{ x0: 105, y0: 90, x1: 150, y1: 110 }] }),
    );
    expect(blocked[0]).toMatchObject({ anchor: 'end', dx: -8, box: { x0: 61, x1: 93 } });
    const edge = placeNodeLabels([req('a', 180, 100)], options());
    expect(edge[0]).toMatchObject({ anchor: 'end', dx: -8 });
  });

  it('gives the better place to the higher priority, and the next free place to the other', () => {
    // a at (100,100) takes its right (107–139); b at (150,100) cannot take its left (111–143,
    // overlapping a's label), so its right (157–189).
    const placed = placeNodeLabels([req('b', 150, 100, 1), req('a', 100, 100, 5)], options());
    expect(placed.map((p) => [p.id, p.anchor, p.box.x0])).toEqual([
      ['a', 'start', 107],
      ['b', 'start', 157],
    ]);
  });

  it('avoids other nodes but not its own', () => {
    const circles = [
      { id: 'a', x: 100, y: 100, r: 5 },
      { id: 'b', x: 120, y: 100, r: 5 },
    ];
    const placed = placeNodeLabels([req('a', 100, 100)], options({ circles }));
    expect(placed[0]!.anchor).toBe('end');
  });

  it('stops at maxLabels, except for forced labels', () => {
    const reqs = [
      req('a', 30, 30, 3),
      req('b', 30, 90, 2),
      { ...req('c', 30, 150, 1), force: true },
    ];
    expect(placeNodeLabels(reqs, options({ maxLabels: 1 })).map((p) => p.id)).toEqual(['c', 'a']);
  });

  it('drops a label that fits nowhere', () => {
    expect(
      placeNodeLabels(
        [req('a', 10, 10, 1, ['a very long label indeed'])],
        options({ width: 60, height: 30 }),
      ),
    ).toEqual([]);
  });

  it('never overlaps two labels, on a crowded grid', () => {
    const reqs: LabelRequest[] = [];
    for (let i = 0; i < 4; i++)
      for (let j = 0; j < 7; j++) reqs.push(req(`n${i}-${j}`, 15 + i * 50, 12 + j * 28, i + j));
    const placed = placeNodeLabels(reqs, options({ circles: reqs }));
    expect(placed.length).toBeGreaterThan(5);
    for (let i = 0; i < placed.length; i++) {
      const b = placed[i]!.box;
      expect(b.x0 >= 0 && b.y0 >= 0 && b.x1 <= 200 && b.y1 <= 200).toBe(true);
      for (let j = i + 1; j < placed.length; j++) expect(overlaps(b, placed[j]!.box)).toBe(false);
    }
  });
});
