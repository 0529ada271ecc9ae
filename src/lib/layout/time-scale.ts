// A time axis over a window of whole years: time → x, ticks that suit the window's length, and the
// arithmetic of the zoom window (brush, pan, zoom), snapped to years because the URL keeps years.

import type { MessageKey } from '../i18n/catalogue.ts';
import type { Translator } from '../i18n/translator.ts';
import { approxTextWidth } from '../text/text-width.ts';

/** Month ticks' words: "Nov" / "11月". */
const MONTHS = [
  'timeline.month.1',
  'timeline.month.2',
  'timeline.month.3',
  'timeline.month.4',
  'timeline.month.5',
  'timeline.month.6',
  'timeline.month.7',
  'timeline.month.8',
  'timeline.month.9',
  'timeline.month.10',
  'timeline.month.11',
  'timeline.month.12',
] as const satisfies readonly MessageKey[];

/** How much wider than English's "2024" and "Sep" the language's tick labels are, at 12 px. */
function extraWidth(tr: Translator, year: number): { year: number; month: number } {
  const w = (text: string): number => approxTextWidth(text, 12);
  const widestMonth = Math.max(...MONTHS.map((k) => w(tr.t(k))));
  return {
    year: Math.max(0, w(tr.t('timeline.tick.year', { year: String(year) })) - w('0000')),
    month: Math.max(0, widestMonth - w('May')),
  };
}

/** A window of whole years: from 1 January of `from` to 1 January of `to` (to > from). */
export interface YearWindow {
  from: number;
  to: number;
}

export interface TimeTick {
  time: number;
  x: number;
  label: string;
  /** A year boundary (drawn stronger, labelled with the year). */
  major: boolean;
}

export interface TimeScale {
  window: YearWindow;
  x0: number;
  x1: number;
  /** Milliseconds since 1970 → x. */
  x: (time: number) => number;
  /** x → milliseconds since 1970. */
  invert: (x: number) => number;
  ticks: TimeTick[];
}

export const yearStart = (year: number): number => Date.UTC(year, 0, 1);

/** Fits a window inside the whole extent, keeping at least one year; null ends mean the extent's. */
export function clampWindow(
  from: number | null,
  to: number | null,
  extent: YearWindow,
): YearWindow {
  let f = from ?? extent.from;
  let t = to ?? extent.to;
  f = Math.min(Math.max(f, extent.from), extent.to - 1);
  t = Math.max(Math.min(t, extent.to), f + 1);
  return { from: f, to: t };
}

/**
 * A linear time scale from the window onto [x0, x1], with ticks: every year; for a window of up to
 * four years also quarters (up to two years: every month), labelled in `tr`'s language when there
 * is room (`minLabelGap` pixels between English labels, more for a language's wider ones).
 */
export function timeScale(
  win: YearWindow,
  x0: number,
  x1: number,
  minLabelGap: number,
  tr: Translator,
): TimeScale {
  const t0 = yearStart(win.from);
  const t1 = yearStart(win.to);
  const k = (x1 - x0) / (t1 - t0);
  const x = (time: number): number => x0 + (time - t0) * k;
  const invert = (px: number): number => t0 + (px - x0) / k;
  const years = win.to - win.from;
  const step = years <= 2 ? 1 : years <= 4 ? 3 : 12;
  const ticks: TimeTick[] = [];
  const yearGap = (x1 - x0) / years;
  const extra = extraWidth(tr, win.to);
  const yearEvery = Math.max(1, Math.ceil((minLabelGap + extra.year) / yearGap));
  for (let y = win.from; y <= win.to; y++) {
    for (let m = 0; m < 12; m += step) {
      if (y === win.to && m > 0) break;
      const time = Date.UTC(y, m, 1);
      const major = m === 0;
      const monthGap = yearGap / (12 / step);
      const label = major
        ? (y - win.from) % yearEvery === 0
          ? tr.t('timeline.tick.year', { year: String(y) })
          : ''
        : monthGap >= minLabelGap + extra.month
          ? tr.t(MONTHS[m]!)
          : '';
      ticks.push({ time, x: x(time), label, major });
    }
  }
  return { window: win, x0, x1, x, invert, ticks };
}

/** The window a brush drawn from px a to px b selects on an overview of the whole extent, snapped to years. */
export function windowFromPixels(
  a: number,
  b: number,
  extent: YearWindow,
  x0: number,
  x1: number,
): YearWindow {
  const [lo, hi] = a <= b ? [a, b] : [b, a];
  const perYear = (x1 - x0) / (extent.to - extent.from);
  const from = extent.from + Math.round((lo - x0) / perYear);
  const to = extent.from + Math.round((hi - x0) / perYear);
  return clampWindow(from, Math.max(to, from + 1), extent);
}

/** Moves the window by whole years, keeping its length, inside the extent. */
export function panWindow(win: YearWindow, years: number, extent: YearWindow): YearWindow {
  const length = win.to - win.from;
  const from = Math.min(Math.max(win.from + years, extent.from), extent.to - length);
  return { from, to: from + length };
}

/** Widens (years > 0) or narrows (years < 0) the window at both ends, inside the extent, at least one year. */
export function zoomWindow(win: YearWindow, years: number, extent: YearWindow): YearWindow {
  if (years < 0) {
    const length = win.to - win.from;
    if (length <= 1) return win;
    const cut = Math.min(-years, Math.floor((length - 1) / 2) || 1);
    const from = win.from + cut;
    const to = Math.max(win.to - cut, from + 1);
    return { from, to };
  }
  return clampWindow(win.from - years, win.to + years, extent);
}

/** A tick label centred on its tick, unless that would run past the drawing's edge ("2015年"). */
export function tickAnchor(
  x: number,
  label: string,
  fontSize: number,
  width: number,
): 'start' | 'middle' | 'end' {
  const half = approxTextWidth(label, fontSize) / 2;
  return x - half < 0 ? 'start' : x + half > width ? 'end' : 'middle';
}
