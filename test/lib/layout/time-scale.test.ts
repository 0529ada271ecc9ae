import { describe, expect, it } from 'vitest';
import {
  clampWindow,
  panWindow,
  tickAnchor,
  timeScale,
  windowFromPixels,
  zoomWindow,
} from '../../../src/lib/layout/time-scale.ts';

import { enTr, zhTr } from '../../support/i18n.ts';

const extent = { from: 2015, to: 2025 };

describe('timeScale in Chinese', () => {
  it('labels years as 2024年 and months as 11月', () => {
    // 1462 px for two years: about 61 px a month, room for "11月".
    const s = timeScale({ from: 2020, to: 2022 }, 0, 1462, 36, zhTr);
    expect(s.ticks.filter((t) => t.major).map((t) => t.label)).toEqual([
      '2020年',
      '2021年',
      '2022年',
    ]);
    expect(s.ticks.slice(1, 4).map((t) => t.label)).toEqual(['2月', '3月', '4月']);
    expect(s.ticks[11]!.label).toBe('12月');
  });

  it('leaves more room for the wider "2024年": every other year where English labels each', () => {
    // 400 px for ten years: 40 px a year. "2016" needs 36 px, "2016年" 12 px more.
    const en = timeScale(extent, 0, 400, 36, enTr);
    const zh = timeScale(extent, 0, 400, 36, zhTr);
    expect(en.ticks.filter((t) => t.label).length).toBe(11);
    expect(zh.ticks.map((t) => t.label)).toEqual([
      '2015年',
      '',
      '2017年',
      '',
      '2019年',
      '',
      '2021年',
      '',
      '2023年',
      '',
      '2025年',
    ]);
  });
});

describe('timeScale', () => {
  // 2020 (leap year) and 2021 have 366 + 365 = 731 days: onto [0, 731] that is one pixel a day.
  const s = timeScale({ from: 2020, to: 2022 }, 0, 731, 36, enTr);

  it('maps days linearly and back', () => {
    expect(s.x(Date.UTC(2020, 0, 1))).toBe(0);
    expect(s.x(Date.UTC(2021, 0, 1))).toBe(366);
    expect(s.x(Date.UTC(2022, 0, 1))).toBe(731);
    expect(s.invert(366)).toBe(Date.UTC(2021, 0, 1));
  });

  it('ticks every month for a two-year window; labels the months only where there is room', () => {
    expect(s.ticks).toHaveLength(25);
    expect(s.ticks.filter((t) => t.major).map((t) => t.label)).toEqual(['2020', '2021', '2022']);
    // A month is about 30.5 px: below the 36 px default gap, above a 30 px gap.
    expect(s.ticks.filter((t) => !t.major && t.label)).toEqual([]);
    const roomy = timeScale({ from: 2020, to: 2022 }, 0, 731, 30, enTr);
    expect(roomy.ticks[1]!.label).toBe('Feb');
  });

  it('ticks only years over ten years, labelling every other year when a year is narrower than the gap', () => {
    const wide = timeScale(extent, 0, 1000, 36, enTr);
    expect(wide.ticks.map((t) => t.label)).toEqual([
      '2015',
      '2016',
      '2017',
      '2018',
      '2019',
      '2020',
      '2021',
      '2022',
      '2023',
      '2024',
      '2025',
    ]);
    const narrow = timeScale(extent, 0, 300, 36, enTr); // 30 px a year
    expect(narrow.ticks.map((t) => t.label)).toEqual([
      '2015',
      '',
      '2017',
      '',
      '2019',
      '',
      '2021',
      '',
      '2023',
      '',
      '2025',
    ]);
  });

  it('ticks quarters for a window of three or four years', () => {
    const q = timeScale({ from: 2021, to: 2024 }, 0, 900, 36, enTr);
    expect(q.ticks).toHaveLength(13);
    expect(q.ticks.slice(0, 3).map((t) => t.label)).toEqual(['2021', 'Apr', 'Jul']);
  });
});

describe('window arithmetic', () => {
  it.each([
    [null, null, { from: 2015, to: 2025 }],
    [2020, null, { from: 2020, to: 2025 }],
    [2030, null, { from: 2024, to: 2025 }],
    [2010, 2012, { from: 2015, to: 2016 }],
    [2019, 2040, { from: 2019, to: 2025 }],
  ])('clampWindow(%s, %s) is %o', (from, to, out) => {
    expect(clampWindow(from, to, extent)).toEqual(out);
  });

  it('snaps a brush to whole years (100 px a year)', () => {
    expect(windowFromPixels(150, 420, extent, 0, 1000)).toEqual({ from: 2017, to: 2019 });
    expect(windowFromPixels(420, 150, extent, 0, 1000)).toEqual({ from: 2017, to: 2019 });
    // A click (no drag) still selects one year.
    expect(windowFromPixels(910, 910, extent, 0, 1000)).toEqual({ from: 2024, to: 2025 });
  });

  it('pans inside the extent, keeping the length', () => {
    expect(panWindow({ from: 2020, to: 2022 }, 5, extent)).toEqual({ from: 2023, to: 2025 });
    expect(panWindow({ from: 2016, to: 2018 }, -3, extent)).toEqual({ from: 2015, to: 2017 });
  });

  it('zooms in at both ends down to one year, and out up to the extent', () => {
    expect(zoomWindow({ from: 2018, to: 2022 }, -1, extent)).toEqual({ from: 2019, to: 2021 });
    expect(zoomWindow({ from: 2019, to: 2021 }, -1, extent)).toEqual({ from: 2020, to: 2021 });
    expect(zoomWindow({ from: 2020, to: 2021 }, -1, extent)).toEqual({ from: 2020, to: 2021 });
    expect(zoomWindow({ from: 2015, to: 2017 }, 2, extent)).toEqual({ from: 2015, to: 2019 });
  });
});

describe('tickAnchor', () => {
  it('centres a label unless it would run past an edge', () => {
    // "2015年" at 10 px is about 32 px wide: 16 px each side of its tick.
    expect(tickAnchor(12, '2015年', 10, 400)).toBe('start');
    expect(tickAnchor(12, '2015', 10, 400)).toBe('middle');
    expect(tickAnchor(200, '2015年', 10, 400)).toBe('middle');
    expect(tickAnchor(388, '2026年', 10, 400)).toBe('end');
  });
});
