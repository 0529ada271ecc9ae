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
import type { CorpusIndex } from './corpus-index.ts';
import { themeProfile, type ThemeProfile, type ThemeProfileRow } from './theme-profile.ts';
import { conceptYearPresence, type YearPresence } from './year-presence.ts';

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
export function comparisonUnitLabel(c: Pick<YearComparison, 'unit'>): string {
  return c.unit === 'per1000'
    ? 'mentions per 1,000 words of each year’s text'
    : 'share of each year’s distinct concepts that fall in the theme (a record has no mentions to count, so both sides count concepts)';
}

/** "25%" for a concept share, "4.2 per 1,000 words" for a density. */
export function formatThemeValue(unit: ComparisonUnit, value: number): string {
  return unit === 'per1000'
    ? `${(Math.round(value * 10) / 10).toFixed(1)} per 1,000 words`
    : `${Math.round(value * 100)}%`;
}

export interface ConceptSetText {
  id: 'both' | 'dropped' | 'new';
  heading: string;
  note: string;
}

/** "2022's available record (introduction, …)" or "2024's text". */
function availablePart(p: ThemeProfile): string {
  if (p.basis === 'record') return `${p.year}’s available record`;
  if (p.documents.some((d) => !d.complete)) return `the available excerpt of ${p.year}’s text`;
  return `${p.year}’s text`;
}

/**
 * Headings and notes of the three concept sets. Against a record (or an excerpt) a concept the
 * other year raises is "not in its available part": the missing part may say it, so it is not
 * called new (or dropped).
 */
export function conceptSetTexts(c: YearComparison): ConceptSetText[] {
  const { a, b } = c;
  const said = (p: ThemeProfile): string => (p.basis === 'record' ? 'Coded' : 'Said');
  const only = (
    p: ThemeProfile,
    other: ThemeProfile,
    otherPartial: boolean,
    kind: string,
  ): string =>
    otherPartial
      ? `Only in ${p.year}; not in ${availablePart(other)}`
      : `Only in ${p.year}: ${kind}`;
  return [
    {
      id: 'both',
      heading: `In both (${c.both.length})`,
      note: `Raised in ${a.year} and in ${b.year}.`,
    },
    {
      id: 'dropped',
      heading: `${only(a, b, c.partial.b, 'dropped concepts')} (${c.onlyA.length})`,
      note: c.partial.b
        ? `${said(a)} in ${a.year}, not in ${availablePart(b)}; the part not available may say them.`
        : `${said(a)} in ${a.year}, not said in ${b.year}'s text.`,
    },
    {
      id: 'new',
      heading: `${only(b, a, c.partial.a, 'new concepts')} (${c.onlyB.length})`,
      note: c.partial.a
        ? `${said(b)} in ${b.year}, not in ${availablePart(a)}; the part not available may say them.`
        : `${said(b)} in ${b.year}, not said in ${a.year}'s text.`,
    },
  ];
}

/**
 * One sentence that says what the comparison finds, and where a side is partial, that the sets
 * are bounded by it: "2022 → 2024: 20 concepts in both; 35 only in 2024 (not in 2022's available
 * record: …); 5 only in 2022."
 */
export function comparisonHeadline(c: YearComparison): string {
  const { a, b } = c;
  const extent = (p: ThemeProfile): string =>
    p.basis === 'record' && p.extent ? `: ${p.extent}` : '';
  const part = (
    n: number,
    p: ThemeProfile,
    other: ThemeProfile,
    otherPartial: boolean,
    kind: string,
  ): string =>
    otherPartial
      ? `${n} only in ${p.year} (not in ${availablePart(other)}${extent(other)})`
      : `${n} ${kind}`;
  return (
    `${a.year} → ${b.year}: ${c.both.length} concept${c.both.length === 1 ? '' : 's'} in both; ` +
    `${part(c.onlyB.length, b, a, c.partial.a, `new in ${b.year}`)}; ` +
    `${part(c.onlyA.length, a, b, c.partial.b, `dropped (only in ${a.year})`)}.`
  );
}

/** The years compared by default: the two latest forum years (or the only one, twice). */
export function defaultComparedYears(index: CorpusIndex): { a: number; b: number } {
  const years = index.years;
  const b = years[years.length - 1] ?? new Date(0).getUTCFullYear();
  const a = years[years.length - 2] ?? b;
  return { a, b };
}
