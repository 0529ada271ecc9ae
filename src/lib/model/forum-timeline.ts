// The forums and the milestones around them, in date order, each with the sentences that name it.
// A milestone that stands for a forum (its `forum` field) is folded into that forum, so the axis
// shows each forum once.

import type { ForumRecord, Mention, Milestone } from '../corpus/types.ts';
import type { Language } from '../i18n/language.ts';
import { labelWithLanguage } from '../i18n/labels.ts';
import type { Translator } from '../i18n/translator.ts';
import type { CorpusIndex } from './corpus-index.ts';
import { standaloneMilestones } from './standalone-milestones.ts';

interface ItemBase {
  /** "2024" for a forum, the milestone id otherwise: the timeline's `sel` value. */
  id: string;
  label: string;
  /** ISO date (YYYY-MM-DD) and, for a span, its last day. */
  date: string;
  dateEnd: string | null;
  /** Milliseconds since 1970 (UTC) of date and dateEnd. */
  start: number;
  end: number;
  /** Sentences of the texts that name it (milestone mentions), in corpus order. */
  mentions: Mention[];
}

export interface TimelineForum extends ItemBase {
  kind: 'forum';
  /** False when no source states the day: `date` is then the day it was held by, at the latest. */
  dated: boolean;
  year: number;
  forum: ForumRecord;
  /** The milestone that stands for this forum, if any. */
  milestone: Milestone | null;
}

export interface TimelineMilestone extends ItemBase {
  kind: 'milestone';
  milestone: Milestone;
}

export type TimelineItem = TimelineForum | TimelineMilestone;

/** Milliseconds since 1970 of an ISO date (YYYY-MM-DD), at 00:00 UTC. */
export function isoToTime(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, (m ?? 1) - 1, d ?? 1);
}

/** The day a forum stands on: its date, or the day it was held by when the date is not known. */
export function forumDay(forum: Pick<ForumRecord, 'year' | 'date'>): string {
  return forum.date.value ?? forum.date.before ?? `${forum.year}-01-01`;
}

/** "21 November 2024", or "by 8 November 2025 (day not stated)" for a forum whose day is unknown. */
export function formatForumDate(forum: Pick<ForumRecord, 'year' | 'date'>, tr: Translator): string {
  return forum.date.value !== null
    ? tr.date(forum.date.value)
    : tr.t('timeline.dateBy', { date: tr.date(forumDay(forum)) });
}

/**
 * A forum's name: its record's label in English; in Chinese the name its Chinese sources use
 * ("2024年全球发展倡议数字合作论坛主席声明" names the forum), with its edition.
 */
export function forumName(forum: Pick<ForumRecord, 'label' | 'edition'>, tr: Translator): string {
  return tr.lang === 'en' ? forum.label : tr.t('timeline.forumName', { edition: forum.edition });
}

/** A milestone's label in `lang` where a source gives it, else in English (and says which). */
export function milestoneName(
  m: Pick<Milestone, 'label' | 'labelZh'>,
  lang: Language,
): { text: string; lang: Language } {
  return labelWithLanguage({ label: m.label, labelZh: m.labelZh }, lang);
}

/** Forums and milestones ordered by date; on the same day a milestone comes before a forum. */
export function timelineItems(index: CorpusIndex): TimelineItem[] {
  const { milestones, milestoneMentions, forums } = index.corpus;
  const mentionsOf = (id: string): Mention[] => milestoneMentions.filter((m) => m.ref === id);
  const items: TimelineItem[] = [];
  for (const forum of forums) {
    const milestone = milestones.find((m) => m.forum === forum.year) ?? null;
    const day = forumDay(forum);
    const start = isoToTime(day);
    items.push({
      kind: 'forum',
      dated: forum.date.value !== null,
      id: String(forum.year),
      year: forum.year,
      label: forum.label,
      date: day,
      dateEnd: null,
      start,
      end: start,
      mentions: milestone ? mentionsOf(milestone.id) : [],
      forum,
      milestone,
    });
  }
  for (const m of standaloneMilestones(index.corpus)) {
    const start = isoToTime(m.date);
    items.push({
      kind: 'milestone',
      id: m.id,
      label: m.label,
      date: m.date,
      dateEnd: m.dateEnd ?? null,
      start,
      end: m.dateEnd ? isoToTime(m.dateEnd) : start,
      mentions: mentionsOf(m.id),
      milestone: m,
    });
  }
  const rank = (i: TimelineItem): number => (i.kind === 'milestone' ? 0 : 1);
  return items.sort((a, b) => a.start - b.start || rank(a) - rank(b) || a.id.localeCompare(b.id));
}

/** The forums alone, oldest first: what the arrow keys step through. */
export function timelineForums(items: readonly TimelineItem[]): TimelineForum[] {
  return items.filter((i): i is TimelineForum => i.kind === 'forum');
}

/** The axis's whole extent in years: from the earliest item's year to the year after the latest forum. */
export function timelineExtent(items: readonly TimelineItem[]): { from: number; to: number } {
  if (items.length === 0) return { from: 2015, to: 2025 };
  const years = items.map((i) => new Date(i.start).getUTCFullYear());
  const forumYears = timelineForums(items).map((f) => new Date(f.start).getUTCFullYear());
  const last = forumYears.length > 0 ? Math.max(...forumYears) : Math.max(...years);
  return { from: Math.min(...years), to: last + 1 };
}

/** The forum or milestone `sel` names, or null. */
export function findTimelineItem(
  items: readonly TimelineItem[],
  sel: string | null,
): TimelineItem | null {
  if (sel === null) return null;
  return items.find((i) => i.id === sel || (i.kind === 'forum' && i.milestone?.id === sel)) ?? null;
}
