// The sentences behind an uncoded term, in the same shape as a concept's evidence (so the same
// panel shows them), and the headline counts of a comparison's wording.

import { sentenceKey } from '../corpus/cooccurrence.ts';
import { wordingOnlyIn, type TermIndex, type UncodedTerm } from '../corpus/term-index.ts';
import type { CorpusIndex, IndexedSentence } from './corpus-index.ts';
import { cutAtMentions, type Evidence } from './evidence.ts';

/** Sentences saying the term, in reading order, the term's words marked (mark = its key). */
export function termEvidence(index: CorpusIndex, term: UncodedTerm): Evidence {
  const bySentence = new Map<string, UncodedTerm['occurrences']>();
  for (const o of term.occurrences) {
    const key = sentenceKey(o.doc, o.sentence);
    bySentence.set(key, [...(bySentence.get(key) ?? []), o]);
  }
  const sentences = [...bySentence.keys()]
    .map((k) => index.sentenceByKey.get(k))
    .filter((s): s is IndexedSentence => s !== undefined)
    .sort((a, b) => a.order - b.order)
    .map((s) => ({ sentence: s, parts: cutAtMentions(s, bySentence.get(s.key)!) }));
  // The term is quoted in the language of the text that says it; the note is the interface's.
  return {
    title: term.text,
    titleLang: sentences[0]?.sentence.doc.language ?? 'en',
    titleNote: { key: 'evidence.notInCodebook' },
    sentences,
    coded: [],
  };
}

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
