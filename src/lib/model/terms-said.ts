// Where the uncoded terms are said: the headline counts of a comparison's wording, the terms said
// around a concept, a text's terms to mark. Apart from term-evidence.ts, so that a view shows them
// without loading the evidence code before something is selected.

import { sentenceKey } from '../corpus/cooccurrence.ts';
import { wordingOnlyIn, type TermIndex, type UncodedTerm } from '../corpus/term-index.ts';

export interface WordingComparison {
  /** Terms year b says that year a does not, best first. */
  added: UncodedTerm[];
  /** Terms year a says that year b does not. */
  dropped: UncodedTerm[];
  /** Whether each year has a text to find wording in (a record-only year has none). */
  hasText: { a: boolean; b: boolean };
}

export function compareWording(terms: TermIndex, a: number, b: number): WordingComparison {
  const has = (y: number): boolean => terms.years.some((s) => s.id === String(y));
  const hasText = { a: has(a), b: has(b) };
  return {
    added: hasText.b && hasText.a && a !== b ? wordingOnlyIn(terms, b, a) : [],
    dropped: hasText.a && hasText.b && a !== b ? wordingOnlyIn(terms, a, b) : [],
    hasText,
  };
}

/**
 * The uncoded terms said in the given sentences ("doc:sentence" keys): what surrounds a concept
 * in its own sentences. Counted over those sentences only, most said first.
 */
export function termsAround(
  terms: TermIndex,
  sentences: ReadonlySet<string>,
  limit = 8,
): { key: string; text: string; count: number }[] {
  const found = new Map<string, { key: string; text: string; count: number }>();
  for (const scope of terms.documents)
    for (const t of scope.terms)
      for (const o of t.occurrences) {
        if (!sentences.has(sentenceKey(o.doc, o.sentence))) continue;
        const f = found.get(t.key);
        if (f) f.count++;
        else found.set(t.key, { key: t.key, text: t.text, count: 1 });
      }
  return [...found.values()]
    .sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .slice(0, limit);
}

/**
 * A text's term occurrences to mark, in text order, none overlapping: the better-ranked term takes
 * the words ("network coverage" before "back network coverage").
 */
export function termMarks(terms: readonly UncodedTerm[]): UncodedTerm['occurrences'] {
  const taken: UncodedTerm['occurrences'] = [];
  for (const t of terms)
    for (const o of t.occurrences)
      if (!taken.some((m) => m.doc === o.doc && m.start < o.end && o.start < m.end)) taken.push(o);
  return taken.sort((a, b) => a.start - b.start);
}
