import { describe, expect, it } from 'vitest';
import { timeScale, yearStart } from '../../../src/lib/layout/time-scale.ts';
import { layoutTimeline } from '../../../src/lib/layout/timeline-layout.ts';
import { indexCorpus } from '../../../src/lib/model/corpus-index.ts';
import { timelineItems } from '../../../src/lib/model/forum-timeline.ts';
import { timelineCorpus } from '../../support/forum-fixtures.ts';

const items = timelineItems(indexCorpus(timelineCorpus()));
const profiles = new Map([
  [
    2030,
    [
      { themeId: 'data', share: 0.5 },
      { themeId: 'ai', share: 0.375 },
      { themeId: 'infra', share: 0.125 },
    ],
  ],
]);
const base = { width: 600, window: { from: 2027, to: 2031 }, profiles, coded: new Set([2029]) };

describe('layoutTimeline', () => {
  const layout = layoutTimeline(items, base);

  it('places forums and milestones on the time scale (20 px margins)', () => {
    const s = timeScale(base.window, 20, 580);
    expect(layout.forums.map((f) => [f.item.year, f.x])).toEqual([
      [2029, s.x(Date.UTC(2029, 10, 9))],
      [2030, s.x(Date.UTC(2030, 4, 1))],
    ]);
    expect(layout.milestones.map((m) => m.item.id)).toEqual(['early', 'span', 'same-day']);
    const span = layout.milestones[1]!;
    expect(span.xEnd).toBeCloseTo(s.x(Date.UTC(2029, 10, 3)), 9);
  });

  it('stacks the two labels eight days apart on two rows, and puts the axis under them', () => {
    expect(layout.milestones.map((m) => m.label.row)).toEqual([0, 0, 1]);
    // 6 px top + 2 rows × 18 px + 16 px.
    expect(layout.axisY).toBe(58);
    expect(layout.milestones.map((m) => m.label.y)).toEqual([42, 42, 24]);
  });

  it('draws a forum’s profile as a stacked bar of its shares (64 px tall), coded years marked', () => {
    const [f2029, f2030] = layout.forums;
    expect(f2030!.glyph.segments.map((s) => [s.themeId, s.height])).toEqual([
      ['data', 32],
      ['ai', 24],
      ['infra', 8],
    ]);
    expect(f2030!.glyph.segments.map((s) => s.y - f2030!.glyph.y)).toEqual([0, 32, 56]);
    expect([f2029!.coded, f2029!.caption.text, f2030!.caption.text]).toEqual([
      true,
      'coded',
      'text',
    ]);
    expect(f2029!.label).toBe('2029');
  });

  it('counts what the window leaves out', () => {
    const narrow = layoutTimeline(items, { ...base, window: { from: 2029, to: 2030 } });
    expect([narrow.hiddenBefore, narrow.hiddenAfter]).toEqual([1, 1]);
    expect(narrow.forums.map((f) => f.item.year)).toEqual([2029]);
    expect(narrow.scale.x(yearStart(2029))).toBe(20);
  });

  it('shortens forum years and drops the captions where forums stand closer than 40 px', () => {
    // 300 px for four years: the forums are about 29 px apart.
    const tight = layoutTimeline(items, { ...base, width: 300, compact: true });
    expect(tight.forums.map((f) => [f.label, f.caption.text])).toEqual([
      ['’29', ''],
      ['’30', ''],
    ]);
  });
});
