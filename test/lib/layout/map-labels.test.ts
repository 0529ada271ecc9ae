import { describe, expect, it } from 'vitest';
import { placeMapLabels, type Box } from '../../../src/lib/layout/map-labels.ts';

const overlap = (a: Box, b: Box): boolean =>
  a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
const opts = { fontSize: 12, width: 600, height: 300 };

describe('placeMapLabels', () => {
  it('puts a label to the right of its marker when there is room', () => {
    const [l] = placeMapLabels([{ id: 'a', x: 100, y: 100, r: 6, text: 'Wuzhen' }], opts);
    expect(l!.anchor).toBe('start');
    expect(l!.x).toBe(111);
    expect(l!.box.x0).toBeGreaterThanOrEqual(106);
  });

  it('moves a label left, above or below when the right is taken, and leaves out one that fits nowhere', () => {
    // Four markers in a tight cluster: the labels take the free sides or are left out.
    const cluster = [
      { id: 'a', x: 300, y: 150, r: 6, text: 'Beijing' },
      { id: 'b', x: 318, y: 150, r: 6, text: 'Tianjin' },
      { id: 'c', x: 300, y: 168, r: 6, text: 'Langfang' },
      { id: 'd', x: 318, y: 168, r: 6, text: 'Baoding' },
    ];
    const placed = placeMapLabels(cluster, opts);
    expect(placed.length).toBeGreaterThanOrEqual(2);
    for (const [i, a] of placed.entries())
      for (const b of placed.slice(i + 1)) expect(overlap(a.box, b.box)).toBe(false);
  });

  it('measures Chinese names as drawn (one em a character) and keeps them apart from labels and markers', () => {
    // Chinese names of places the sources give them for, close together as on a small map.
    const markers = [
      { id: 'wuzhen', x: 420, y: 120, r: 9, text: '乌镇' },
      { id: 'beijing', x: 410, y: 104, r: 7, text: '北京' },
      { id: 'shanghai', x: 432, y: 122, r: 6, text: '上海' },
      { id: 'hangzhou', x: 418, y: 134, r: 6, text: '杭州' },
      { id: 'geneva', x: 280, y: 96, r: 7, text: '日内瓦' },
      { id: 'newyork', x: 160, y: 110, r: 7, text: '纽约（联合国总部）' },
      { id: 'addis', x: 330, y: 170, r: 6, text: '亚的斯亚贝巴' },
    ];
    for (const width of [600, 360]) {
      const scale = width / 600;
      const scaled = markers.map((m) => ({ ...m, x: m.x * scale, y: m.y * scale }));
      const placed = placeMapLabels(scaled, { ...opts, width, height: 300 * scale });
      expect(placed.length).toBeGreaterThan(0);
      for (const l of placed) {
        // The box holds the text: 12 px for each Han character or full-width bracket.
        expect(l.box.x1 - l.box.x0).toBeGreaterThanOrEqual([...l.text].length * 12);
        expect(l.box.x0).toBeGreaterThanOrEqual(0);
        expect(l.box.x1).toBeLessThanOrEqual(width);
        for (const m of scaled)
          if (m.id !== l.id)
            expect(
              overlap(l.box, { x0: m.x - m.r, y0: m.y - m.r, x1: m.x + m.r, y1: m.y + m.r }),
            ).toBe(false);
      }
      for (const [i, a] of placed.entries())
        for (const b of placed.slice(i + 1)) expect(overlap(a.box, b.box)).toBe(false);
    }
  });

  it('places the selected marker’s label first, so it is never the one left out', () => {
    const crowded = [
      { id: 'a', x: 300, y: 150, r: 6, text: '北京' },
      { id: 'b', x: 316, y: 150, r: 6, text: '天津' },
      { id: 'c', x: 300, y: 166, r: 6, text: '廊坊' },
      { id: 'd', x: 316, y: 166, r: 6, text: '保定' },
    ];
    for (const id of ['a', 'b', 'c', 'd'])
      expect(placeMapLabels(crowded, { ...opts, first: [id] }).map((l) => l.id)).toContain(id);
  });
});
