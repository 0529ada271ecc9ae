// Two forum years side by side: the concepts both raise, those only the first raises (dropped by
// the second), those only the second raises (new), and the theme profiles. Each year says what it
// rests on (its text, or the concepts coded from its record), because a record that covers part of
// a document can make a concept look "new" that the missing part may have said.

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
}

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
  const themes = profileA.rows
    .map((row, i) => ({ themeId: row.theme.id, a: row, b: profileB.rows[i]! }))
    .filter((t) => keep(t.themeId));
  return { a: profileA, b: profileB, both, onlyA, onlyB, themes };
}

/** The years compared by default: the two latest forum years (or the only one, twice). */
export function defaultComparedYears(index: CorpusIndex): { a: number; b: number } {
  const years = index.years;
  const b = years[years.length - 1] ?? new Date(0).getUTCFullYear();
  const a = years[years.length - 2] ?? b;
  return { a, b };
}
