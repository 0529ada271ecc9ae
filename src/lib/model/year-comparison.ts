// Two forum years side by side: the concepts both raise, those only the first raises (dropped by
// the second), those only the second raises (new), and the theme profiles. Each year says what it
// rests on (its text, or the concepts coded from its record), because a record that covers part of
// a document can make a concept look "new" that the missing part may have said: where a side is a
// record (or an excerpt), its sets say "not in the available part", never "new" or "dropped".
//
// Theme values compare like with like: where either year rests on a record, both sides count
// distinct concepts (a record has no mentions to count); only two texts compare mentions per
// 1,000 words.

import type { Concept } from '../corpus/types.ts';
import type { Translator } from '../i18n/translator.ts';
import type { CorpusIndex } from './corpus-index.ts';
import { themeProfile, type ThemeProfile, type ThemeProfileRow } from './theme-profile.ts';
import { conceptYearPresence, type YearPresence } from './year-presence.ts';

// With the forum years, so that naming a comparison (the shell's slides) loads no comparison code.
export { defaultComparedYears } from './forum-years.ts';

export interface ComparedConcept {
  concept: Concept;
  /** Presence in year A and year B (null: absent). */
  a: YearPresence | null;
  b: YearPresence | null;
}

export interface ThemePair {
  themeId: string;
  a: ThemeProfileRow;
  b: ThemeProfileRow;
  /** The value each side is drawn at, in the comparison's unit. */
  value: { a: number; b: number };
  /** What the value counts: distinct concepts of the theme, or mentions. */
  count: { a: number; b: number };
}

/** Distinct concepts' share per theme (any record side), or mentions per 1,000 words (two texts). */
export type ComparisonUnit = 'concepts' | 'per1000';

export interface YearComparison {
  a: ThemeProfile;
  b: ThemeProfile;
  /** In codebook order. */
  both: ComparedConcept[];
  /** Only in A: dropped by B. */
  onlyA: ComparedConcept[];
  /** Only in B: new in B. */
  onlyB: ComparedConcept[];
  themes: ThemePair[];
  unit: ComparisonUnit;
  /** Distinct concepts of each year (all themes): the denominators of a 'concepts' share. */
  conceptTotals: { a: number; b: number };
  /** True where a side rests on less than a whole text (a record, or an excerpt). */
  partial: { a: boolean; b: boolean };
}

export interface ComparisonOptions {
  /** Themes to keep (null: all). */
  themes?: readonly string[] | null;
}

export function compareYears(
  index: CorpusIndex,
  a: number,
  b: number,
  options: ComparisonOptions = {},
): YearComparison {
  const keep = (theme: string): boolean => !options.themes || options.themes.includes(theme);
  const presence = conceptYearPresence(index);
  const both: ComparedConcept[] = [];
  const onlyA: ComparedConcept[] = [];
  const onlyB: ComparedConcept[] = [];
  for (const concept of index.concepts) {
    if (!keep(concept.theme)) continue;
    const years = presence.get(concept.id) ?? [];
    const pa = years.find((p) => p.year === a) ?? null;
    const pb = years.find((p) => p.year === b) ?? null;
    const item = { concept, a: pa, b: pb };
    if (pa && pb) both.push(item);
    else if (pa) onlyA.push(item);
    else if (pb) onlyB.push(item);
  }
  const profileA = themeProfile(index, a);
  const profileB = themeProfile(index, b);
  const unit: ComparisonUnit =
    profileA.basis === 'text' && profileB.basis === 'text' ? 'per1000' : 'concepts';
  // Distinct concepts per theme in each year, over all themes (the filter only hides rows).
  const distinct = (year: number): Map<string, number> => {
    const out = new Map<string, number>();
    for (const concept of index.concepts)
      if (presence.get(concept.id)?.some((p) => p.year === year))
        out.set(concept.theme, (out.get(concept.theme) ?? 0) + 1);
    return out;
  };
  const dA = distinct(a);
  const dB = distinct(b);
  const sum = (m: Map<string, number>): number => [...m.values()].reduce((x, y) => x + y, 0);
  const conceptTotals = { a: sum(dA), b: sum(dB) };
  const themes = profileA.rows
    .map((row, i): ThemePair => {
      const rowB = profileB.rows[i]!;
      const id = row.theme.id;
      if (unit === 'per1000')
        return {
          themeId: id,
          a: row,
          b: rowB,
          value: { a: row.per1000 ?? 0, b: rowB.per1000 ?? 0 },
          count: { a: row.count, b: rowB.count },
        };
      const ca = dA.get(id) ?? 0;
      const cb = dB.get(id) ?? 0;
      return {
        themeId: id,
        a: row,
        b: rowB,
        value: {
          a: conceptTotals.a > 0 ? ca / conceptTotals.a : 0,
          b: conceptTotals.b > 0 ? cb / conceptTotals.b : 0,
        },
        count: { a: ca, b: cb },
      };
    })
    .filter((t) => keep(t.themeId));
  const partialSide = (p: ThemeProfile): boolean =>
    p.basis !== 'text' || p.documents.some((d) => !d.complete);
  return {
    a: profileA,
    b: profileB,
    both,
    onlyA,
    onlyB,
    themes,
    unit,
    conceptTotals,
    partial: { a: partialSide(profileA), b: partialSide(profileB) },
  };
}

/** What a comparison's bars measure, for the chart's subtitle and key. */
export function comparisonUnitLabel(c: Pick<YearComparison, 'unit'>, tr: Translator): string {
  return c.unit === 'per1000' ? tr.t('compare.unit.per1000') : tr.t('compare.unit.concepts');
}

/** "25%" for a concept share, "4.2 per 1,000 words" for a density. */
export function formatThemeValue(unit: ComparisonUnit, value: number, tr: Translator): string {
  return unit === 'per1000'
    ? tr.t('compare.value.per1000', { value: (Math.round(value * 10) / 10).toFixed(1) })
    : tr.percent(value, 0);
}

export interface ConceptSetText {
  id: 'both' | 'dropped' | 'new';
  heading: string;
  note: string;
}

/** "2022's available record" or "the available excerpt of 2024's text" or "2024's text". */
function availablePart(p: ThemeProfile, tr: Translator): string {
  const year = String(p.year);
  if (p.basis === 'record') return tr.t('compare.part.record', { year });
  if (p.documents.some((d) => !d.complete)) return tr.t('compare.part.excerpt', { year });
  return tr.t('compare.part.text', { year });
}

/**
 * Headings and notes of the three concept sets. Against a record (or an excerpt) a concept the
 * other year raises is "not in its available part": the missing part may say it, so it is not
 * called new (or dropped).
 */
export function conceptSetTexts(c: YearComparison, tr: Translator): ConceptSetText[] {
  const { a, b } = c;
  const note = (p: ThemeProfile, other: ThemeProfile, otherPartial: boolean): string => {
    const year = String(p.year);
    if (otherPartial) {
      const part = availablePart(other, tr);
      return p.basis === 'record'
        ? tr.t('compare.set.notePartialCoded', { year, part })
        : tr.t('compare.set.notePartialSaid', { year, part });
    }
    const o = String(other.year);
    return p.basis === 'record'
      ? tr.t('compare.set.noteCoded', { year, other: o })
      : tr.t('compare.set.noteSaid', { year, other: o });
  };
  const partialHeading = (p: ThemeProfile, other: ThemeProfile, count: number): string =>
    tr.t('compare.set.onlyPartial', {
      year: String(p.year),
      part: availablePart(other, tr),
      count,
    });
  return [
    {
      id: 'both',
      heading: tr.t('compare.set.both', { count: c.both.length }),
      note: tr.t('compare.set.bothNote', { a: String(a.year), b: String(b.year) }),
    },
    {
      id: 'dropped',
      heading: c.partial.b
        ? partialHeading(a, b, c.onlyA.length)
        : tr.t('compare.set.dropped', { year: String(a.year), count: c.onlyA.length }),
      note: note(a, b, c.partial.b),
    },
    {
      id: 'new',
      heading: c.partial.a
        ? partialHeading(b, a, c.onlyB.length)
        : tr.t('compare.set.new', { year: String(b.year), count: c.onlyB.length }),
      note: note(b, a, c.partial.a),
    },
  ];
}

/**
 * One sentence that says what the comparison finds, and where a side is partial, that the sets
 * are bounded by it: "2022 → 2024: 20 concepts in both; 35 only in 2024 (not in 2022's available
 * record: introduction, …); 5 dropped (only in 2022)."
 */
export function comparisonHeadline(c: YearComparison, tr: Translator): string {
  const { a, b } = c;
  // A record's extent bounds the set: said in the record's own words (English in the data).
  const onlyPartial = (count: number, p: ThemeProfile, other: ThemeProfile): string => {
    const params = { count, year: String(p.year), part: availablePart(other, tr) };
    return other.basis === 'record' && other.extent
      ? tr.t('compare.headline.onlyPartialExtent', { ...params, extent: other.extent })
      : tr.t('compare.headline.onlyPartial', params);
  };
  return tr.t('compare.headline', {
    a: String(a.year),
    b: String(b.year),
    both: tr.t('compare.headline.both', { count: c.both.length }),
    added: c.partial.a
      ? onlyPartial(c.onlyB.length, b, a)
      : tr.t('compare.headline.new', { count: c.onlyB.length, year: String(b.year) }),
    dropped: c.partial.b
      ? onlyPartial(c.onlyA.length, a, b)
      : tr.t('compare.headline.dropped', { count: c.onlyA.length, year: String(a.year) }),
  });
}
