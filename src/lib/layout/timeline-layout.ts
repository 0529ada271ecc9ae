// Geometry of the timeline chart: milestones above the axis with labels stacked on rows so that a
// dense cluster stays readable, forums on the axis with their year below and a stacked bar of their
// theme profile under it. Plain numbers; the component draws them.

import type { Language } from '../i18n/language.ts';
import type { Translator } from '../i18n/translator.ts';
import {
  milestoneName,
  type TimelineForum,
  type TimelineItem,
  type TimelineMilestone,
} from '../model/forum-timeline.ts';
import { approxTextWidth } from '../text/text-width.ts';
import { placeAxisLabels, type PlacedLabel } from './axis-labels.ts';
import { timeScale, yearStart, type TimeScale, type YearWindow } from './time-scale.ts';

export interface ProfileSegment {
  themeId: string;
  y: number;
  height: number;
}

export interface LaidForum {
  item: TimelineForum;
  x: number;
  /** The year under the axis ("2024", or "’24" where forums stand close together). */
  label: string;
  /** Baseline of the year label under the axis. */
  labelY: number;
  glyph: { x: number; y: number; width: number; height: number; segments: ProfileSegment[] };
  /** Whether the year rests on a record (its bar is hatched). */
  coded: boolean;
  /** "text" or "coded" under the bar; empty where forums stand too close for it. */
  caption: { text: string; y: number };
}

export interface LaidMilestone {
  item: TimelineMilestone;
  x: number;
  /** End of a span (equal to x for a day). */
  xEnd: number;
  /** `lang`: the language the label is written in (English where no Chinese form is given). */
  /** `shown` is false for a label left out to keep within a fixed height (maxHeight). */
  label: PlacedLabel & { text: string; y: number; lang: Language; shown: boolean };
  /** Top of the stem from the axis up to the label's row. */
  stemTop: number;
  /**
   * Centre of the mark: on the axis, or lifted above it (on its stem) where a forum's mark stands
   * at nearly the same date and would hide it.
   */
  markY: number;
}

export interface TimelineLayout {
  width: number;
  height: number;
  axisY: number;
  scale: TimeScale;
  /** Baseline of the tick labels. */
  tickLabelY: number;
  forums: LaidForum[];
  milestones: LaidMilestone[];
  /** Items outside the window, before and after it. */
  hiddenBefore: number;
  hiddenAfter: number;
}

export interface TimelineLayoutOptions {
  width: number;
  window: YearWindow;
  /** Theme shares (0–1) of each forum year, in theme order; themes left out are not drawn. */
  profiles: ReadonlyMap<number, readonly { themeId: string; share: number }[]>;
  /** Which forum years rest on a record (their caption says "coded"). */
  coded: ReadonlySet<number>;
  /** Phone layout: shorter labels, taller rows. */
  compact?: boolean;
  /** The language of the labels, captions and ticks. */
  tr: Translator;
  /**
   * The height to keep within (a frame of fixed size): milestone labels on rows that do not fit
   * are left out (their marks stay, named for screen readers): fewer labels, not smaller type.
   */
  maxHeight?: number;
}

export const TIMELINE_FONT = 12;

/** The text cut to `max` pixels (by the shared estimate: a Han character is one em), with "…". */
function shorten(text: string, max: number): string {
  if (approxTextWidth(text, TIMELINE_FONT) <= max) return text;
  const chars = [...text];
  let n = chars.length;
  while (n > 1 && approxTextWidth(`${chars.slice(0, n).join('').trimEnd()}…`, TIMELINE_FONT) > max)
    n--;
  return `${chars.slice(0, n).join('').trimEnd()}…`;
}

/**
 * A milestone's mark closer than this to a forum's (its 8 px disc and 1 px of white edge, the
 * milestone's 5 px disc and its stroke, 1 px apart) would be half hidden under it: it is lifted.
 */
const FORUM_CLEARANCE = 16;
/** The lifted mark's centre above the axis: clear of the forum's disc. */
const LIFTED_MARK = 15;
/** Room made between the axis and the first row of labels when a mark is lifted into it. */
const LIFT_BAND = 12;
/**
 * Two milestones' marks closer than this (two 5 px discs with their strokes, 1 px apart) would
 * cover each other: the later one goes a level up.
 */
const MARK_CLEARANCE = 12.5;
/** Each further level of lifted marks: one disc and its stroke higher, 1 px apart. */
const LEVEL_STEP = 13;

/**
 * The level of each milestone's mark: 0 on the axis; 1 lifted clear of a forum's mark; 2, 3… above
 * that where marks of nearly the same date would otherwise cover each other. The lowest free
 * level, taken in date order.
 */
function markLevels(xs: readonly number[], forumXs: readonly number[]): number[] {
  const placed: { x: number; level: number }[] = [];
  const order = xs.map((x, i) => ({ x, i })).sort((a, b) => a.x - b.x || a.i - b.i);
  const levels = new Array<number>(xs.length).fill(0);
  for (const { x, i } of order) {
    let level = forumXs.some((fx) => Math.abs(fx - x) < FORUM_CLEARANCE) ? 1 : 0;
    while (placed.some((p) => p.level === level && Math.abs(p.x - x) < MARK_CLEARANCE)) level++;
    placed.push({ x, level });
    levels[i] = level;
  }
  return levels;
}

/** How wide a phone's milestone label may be: about 24 Latin letters. */
const COMPACT_LABEL_WIDTH = 150;

export function layoutTimeline(
  items: readonly TimelineItem[],
  o: TimelineLayoutOptions,
): TimelineLayout {
  const compact = o.compact ?? false;
  const margin = compact ? 14 : 20;
  const rowHeight = compact ? 20 : 18;
  const tr = o.tr;
  const scale = timeScale(o.window, margin, Math.max(margin + 1, o.width - margin), 36, tr);
  const t0 = yearStart(o.window.from);
  const t1 = yearStart(o.window.to);
  const visible = items.filter((i) => i.start >= t0 && i.start < t1);
  const hiddenBefore = items.filter((i) => i.start < t0).length;
  const hiddenAfter = items.filter((i) => i.start >= t1).length;

  const milestones = visible.filter((i): i is TimelineMilestone => i.kind === 'milestone');
  const names = new Map(milestones.map((m) => [m.id, milestoneName(m.milestone, tr.lang)]));
  const texts = new Map(
    milestones.map((m) => {
      const text = names.get(m.id)!.text;
      return [m.id, compact ? shorten(text, COMPACT_LABEL_WIDTH) : text];
    }),
  );
  const labels = placeAxisLabels(
    milestones.map((m) => ({ id: m.id, x: scale.x(m.start), text: texts.get(m.id)! })),
    { fontSize: TIMELINE_FONT, gap: 8, left: 2, right: o.width - 2 },
  );
  const forumXs = visible.filter((i) => i.kind === 'forum').map((f) => scale.x(f.start));
  const levels = markLevels(
    milestones.map((m) => scale.x(m.start)),
    forumXs,
  );
  const topLevel = Math.max(0, ...levels);
  const band = topLevel > 0 ? LIFT_BAND + (topLevel - 1) * LEVEL_STEP : 0;
  const top = 6;
  const glyphHeight = compact ? 56 : 64;
  // Everything but the label rows: the top, the axis and its ticks, the forums and their captions.
  const fixedHeight = top + 16 + band + 42 + 8 + glyphHeight + 24;
  const rowsThatFit =
    o.maxHeight === undefined
      ? Infinity
      : Math.max(1, Math.floor((o.maxHeight - fixedHeight) / rowHeight));
  const rows = Math.min(
    rowsThatFit,
    labels.reduce((n, l) => Math.max(n, l.row + 1), 0),
  );
  const axisY = top + rows * rowHeight + 16 + band;

  const laidMilestones = milestones.map((item, i) => {
    const label = labels[i]!;
    const y = axisY - 16 - band - label.row * rowHeight;
    return {
      item,
      x: scale.x(item.start),
      xEnd: scale.x(Math.min(item.end, t1)),
      label: {
        ...label,
        text: texts.get(item.id)!,
        y,
        lang: names.get(item.id)!.lang,
        shown: label.row < rows,
      },
      stemTop: y - 4,
      markY: levels[i]! > 0 ? axisY - LIFTED_MARK - (levels[i]! - 1) * LEVEL_STEP : axisY,
    };
  });

  const tickLabelY = axisY + 22;
  const forumLabelY = axisY + 42;
  const glyphY = forumLabelY + 8;
  const glyphWidth = compact ? 12 : 16;
  const visibleForums = visible.filter((i): i is TimelineForum => i.kind === 'forum');
  const xs = visibleForums.map((f) => scale.x(f.start));
  const spacing = xs.slice(1).reduce((min, x, i) => Math.min(min, x - xs[i]!), Infinity);
  const forums = visibleForums.map((item) => {
    const x = scale.x(item.start);
    const coded = o.coded.has(item.year);
    let y = glyphY;
    const segments = (o.profiles.get(item.year) ?? []).map((s) => {
      const height = s.share * glyphHeight;
      const seg = { themeId: s.themeId, y, height };
      y += height;
      return seg;
    });
    return {
      item,
      x,
      label: spacing >= 40 ? String(item.year) : `’${String(item.year).slice(-2)}`,
      labelY: forumLabelY,
      glyph: { x: x - glyphWidth / 2, y: glyphY, width: glyphWidth, height: glyphHeight, segments },
      coded,
      caption: {
        text:
          spacing >= 40
            ? coded
              ? tr.t('timeline.caption.coded')
              : tr.t('timeline.caption.text')
            : '',
        y: glyphY + glyphHeight + 14,
      },
    };
  });

  return {
    width: o.width,
    height: glyphY + glyphHeight + 24,
    axisY,
    scale,
    tickLabelY,
    forums,
    milestones: laidMilestones,
    hiddenBefore,
    hiddenAfter,
  };
}
