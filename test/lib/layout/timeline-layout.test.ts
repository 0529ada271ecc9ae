import { describe, expect, it } from 'vitest';
import { timeScale, yearStart } from '../../../src/lib/layout/time-scale.ts';
import { layoutTimeline } from '../../../src/lib/layout/timeline-layout.ts';
import { indexCorpus } from '../../../src/lib/model/corpus-index.ts';
import { timelineItems } from '../../../src/lib/model/forum-timeline.ts';
import { timelineCorpus } from '../../support/forum-fixtures.ts';
import { approxTextWidth } from '../../../src/lib/text/text-width.ts';
import { enTr, zhTr } from '../../support/i18n.ts';

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
const base = {
  width: 600,
  window: { from: 2027, to: 2031 },
  profiles,
  coded: new Set([2029]),
  tr: enTr,
};

describe('layoutTimeline', () => {
  const layout = layoutTimeline(items, base);

  it('places forums and milestones on the time scale (20 px margins)', () => {
    const s = timeScale(base.window, 20, 580, 36, enTr);
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
    // 6 px top + 2 rows × 18 px + 16 px, and a band of 12 px for a lifted mark and 13 px for the
    // level above it (next test).
    expect(layout.axisY).toBe(83);
    expect(layout.milestones.map((m) => m.label.y)).toEqual([42, 42, 24]);
  });

  it('lifts a milestone off the axis where a forum’s mark would hide it, into a band of its own', () => {
    // At 600 px a year is 140 px: "same-day" (the forum's day) is at the 2029 forum's x, the span
    // (from eight days before) about 3 px left of it; "early" is two years away.
    const [early, span, sameDay] = layout.milestones;
    const f2029 = layout.forums[0]!;
    expect(sameDay!.x).toBe(f2029.x);
    expect(f2029.x - span!.x).toBeLessThan(16);
    expect(early!.markY).toBe(layout.axisY);
    // Both are lifted; the later one a level higher, or the two discs would cover each other.
    expect(span!.markY).toBe(layout.axisY - 15);
    expect(sameDay!.markY).toBe(layout.axisY - 28);
    // The lifted disc (5 px and its stroke) clears the forum's (8 px and its white edge)…
    expect(layout.axisY - span!.markY - 5.75).toBeGreaterThanOrEqual(9);
    // …the two lifted discs clear each other (each 5.75 px to its stroke's edge)…
    expect(span!.markY - sameDay!.markY).toBeGreaterThanOrEqual(2 * 5.75 + 1);
    // …and the higher one clears the first row of labels: their baseline 41 px above the axis.
    expect(layout.axisY - early!.label.y).toBe(41);
    expect(sameDay!.markY - 5.75 - early!.label.y).toBeGreaterThan(3);
  });

  it('puts no two milestones’ discs over each other, on the axis or lifted', () => {
    // Three milestones a day apart, far from any forum, and a fourth two months later (23 px on).
    const day = 24 * 3600 * 1000;
    const close = [0, 1, 2, 60].map((d, i) => ({
      ...items.find((m) => m.id === 'early')!,
      id: `close-${i}`,
      start: Date.UTC(2027, 6, 1) + d * day,
      end: Date.UTC(2027, 6, 1) + d * day,
    }));
    const laid = layoutTimeline(close, base).milestones;
    expect(laid.map((m) => laid[0]!.markY - m.markY)).toEqual([0, 15, 28, 0]);
    for (const a of laid)
      for (const b of laid)
        if (a !== b) expect(Math.hypot(a.x - b.x, a.markY - b.markY)).toBeGreaterThan(2 * 5.75);
  });

  it('makes no band where no milestone stands by a forum', () => {
    const apart = layoutTimeline(
      items.filter((i) => i.id !== 'same-day' && i.id !== 'span'),
      base,
    );
    expect(apart.milestones.map((m) => [m.item.id, m.markY])).toEqual([['early', apart.axisY]]);
    // 6 px top + 1 row × 18 px + 16 px.
    expect(apart.axisY).toBe(40);
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

describe('layoutTimeline in Chinese', () => {
  // Chinese labels as a source would give them (the fixture's own words, in Chinese), one left in
  // English as where no Chinese form is given.
  const corpus = timelineCorpus();
  const zhLabels: Record<string, string> = {
    'same-day': '同日举行的活动',
    early: '早期线上会议',
  };
  for (const m of corpus.milestones) if (zhLabels[m.id]) m.labelZh = zhLabels[m.id];
  const zhItems = timelineItems(indexCorpus(corpus));
  const boxesApart = (layout: ReturnType<typeof layoutTimeline>): boolean =>
    layout.milestones.every((a, i) =>
      layout.milestones.every(
        (b, j) =>
          j <= i ||
          a.label.row !== b.label.row ||
          a.label.x1 + 1 <= b.label.x0 ||
          b.label.x1 + 1 <= a.label.x0,
      ),
    );

  it('labels the milestones in Chinese where a form is given, in English (and says so) elsewhere', () => {
    const layout = layoutTimeline(zhItems, { ...base, tr: zhTr });
    expect(layout.milestones.map((m) => [m.label.text, m.label.lang])).toEqual([
      ['早期线上会议', 'zh'],
      ['Three-day summit', 'en'],
      ['同日举行的活动', 'zh'],
    ]);
    expect(layout.forums.map((f) => f.caption.text)).toEqual(['编码', '文本']);
    expect(layout.scale.ticks.filter((t) => t.major).map((t) => t.label)).toEqual([
      '2027年',
      '2028年',
      '2029年',
      '2030年',
      '2031年',
    ]);
  });

  it('measures each Chinese label as it is drawn (one em a character) and keeps the boxes apart', () => {
    for (const width of [600, 420, 320]) {
      for (const compact of [false, true]) {
        const layout = layoutTimeline(zhItems, { ...base, width, compact, tr: zhTr });
        for (const m of layout.milestones) {
          // The box holds the text at 12 px: a Han character is 12 px wide in Noto Sans CJK.
          const drawn = [...m.label.text].filter((c) => /\p{Script=Han}/u.test(c)).length * 12;
          expect(m.label.x1 - m.label.x0).toBeGreaterThanOrEqual(drawn);
          expect(m.label.x1 - m.label.x0).toBeGreaterThanOrEqual(approxTextWidth(m.label.text, 12));
        }
        expect(boxesApart(layout)).toBe(true);
      }
    }
  });

  it('shortens a long Chinese label on a phone by its width, not its number of characters', () => {
    corpus.milestones[0]!.labelZh = '一个很长很长的中文标签，用来检验手机上的截断是否按宽度进行';
    const layout = layoutTimeline(timelineItems(indexCorpus(corpus)), {
      ...base,
      compact: true,
      tr: zhTr,
    });
    const cut = layout.milestones.find((m) => m.item.id === corpus.milestones[0]!.id)!;
    expect(cut.label.text.endsWith('…')).toBe(true);
    expect(approxTextWidth(cut.label.text, 12)).toBeLessThanOrEqual(150);
    expect(approxTextWidth(cut.label.text, 12)).toBeGreaterThan(130);
  });
});

describe('layoutTimeline in a fixed height', () => {
  it('leaves out the milestone labels on rows that do not fit, keeping their marks', () => {
    const items = timelineItems(indexCorpus(timelineCorpus()));
    // Narrow, so that labels stack on several rows.
    const free = layoutTimeline(items, { ...base, width: 300 });
    const rows = new Set(free.milestones.map((m) => m.label.row)).size;
    expect(rows).toBeGreaterThan(1);
    expect(free.milestones.every((m) => m.label.shown)).toBe(true);
    // Room for one row of labels only: 6 + 16 + 25 (the lifted marks' band, two levels) + 42 + 8 +
    // 64 + 24 = 185 fixed, plus 18.
    const tight = layoutTimeline(items, { ...base, width: 300, maxHeight: 185 + 18 });
    expect(tight.milestones).toHaveLength(free.milestones.length);
    expect(tight.milestones.filter((m) => m.label.shown).every((m) => m.label.row === 0)).toBe(
      true,
    );
    expect(tight.milestones.some((m) => !m.label.shown)).toBe(true);
    expect(tight.height).toBeLessThanOrEqual(185 + 18);
    expect(tight.height).toBeLessThan(free.height);
  });
});
