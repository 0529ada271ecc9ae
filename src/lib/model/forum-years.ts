// The forum years in words, from the data: "2022–2025" for a title, and what each year's theme
// profile rests on. Adding a forum to data/forums.json changes these texts with no code change.

import { yearBasis, type CorpusIndex } from './corpus-index.ts';
import { listYears } from './graph-description.ts';

/** "2022–2025", "2024", or "" when there are no years. */
export function yearSpan(years: readonly number[]): string {
  if (years.length === 0) return '';
  const first = Math.min(...years);
  const last = Math.max(...years);
  return first === last ? String(first) : `${first}–${last}`;
}

/** "2024 from its full text; 2022, 2023 and 2025 coded from their published records". */
export function basesInWords(index: CorpusIndex): string {
  const full: number[] = [];
  const excerpt: number[] = [];
  const record: number[] = [];
  for (const year of index.years) {
    const basis = yearBasis(index, year);
    if (basis.kind === 'text') (basis.complete ? full : excerpt).push(year);
    else if (basis.kind === 'record') record.push(year);
  }
  const their = (n: number, one: string, many: string): string => (n === 1 ? one : many);
  const parts: string[] = [];
  if (full.length > 0)
    parts.push(
      `${listYears(full)} from ${their(full.length, 'its full text', 'their full texts')}`,
    );
  if (excerpt.length > 0)
    parts.push(`${listYears(excerpt)} from ${their(excerpt.length, 'an excerpt', 'excerpts')}`);
  if (record.length > 0)
    parts.push(
      `${listYears(record)} coded from ${their(record.length, 'its published record', 'their published records')}`,
    );
  return parts.join('; ');
}
