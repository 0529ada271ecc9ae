// The forum years in words, from the data: "2022–2025" for a title, and what each year's theme
// profile rests on. Adding a forum to data/forums.json changes these texts with no code change.

import type { Translator } from '../i18n/translator.ts';
import { yearBasis, type CorpusIndex } from './corpus-index.ts';

/** "2022–2025", "2024", or "" when there are no years. */
export function yearSpan(years: readonly number[]): string {
  if (years.length === 0) return '';
  const first = Math.min(...years);
  const last = Math.max(...years);
  return first === last ? String(first) : `${first}–${last}`;
}

/** "2024 from its full text; 2022, 2023 and 2025 coded from their published records". */
export function basesInWords(index: CorpusIndex, tr: Translator): string {
  const full: number[] = [];
  const excerpt: number[] = [];
  const record: number[] = [];
  for (const year of index.years) {
    const basis = yearBasis(index, year);
    if (basis.kind === 'text') (basis.complete ? full : excerpt).push(year);
    else if (basis.kind === 'record') record.push(year);
  }
  const years = (list: number[]): string => tr.list(list.map(String));
  const parts: string[] = [];
  if (full.length > 0)
    parts.push(
      full.length > 1
        ? tr.t('timeline.bases.fullTextMany', { years: years(full) })
        : tr.t('timeline.bases.fullTextOne', { years: years(full) }),
    );
  if (excerpt.length > 0)
    parts.push(
      excerpt.length > 1
        ? tr.t('timeline.bases.excerptMany', { years: years(excerpt) })
        : tr.t('timeline.bases.excerptOne', { years: years(excerpt) }),
    );
  if (record.length > 0)
    parts.push(
      record.length > 1
        ? tr.t('timeline.bases.recordMany', { years: years(record) })
        : tr.t('timeline.bases.recordOne', { years: years(record) }),
    );
  return parts.join(tr.t('timeline.bases.separator'));
}

/** The years compared by default: the two latest forum years (or the only one, twice). */
export function defaultComparedYears(index: CorpusIndex): { a: number; b: number } {
  const years = index.years;
  const b = years[years.length - 1] ?? new Date(0).getUTCFullYear();
  const a = years[years.length - 2] ?? b;
  return { a, b };
}
