// The uncoded terms found in a corpus (uncoded-terms.ts finds them, in the tagging worker): their
// shape, and the questions the views ask of them. Apart from the extractor so that a view that
// reads terms does not load the code that finds them.

import type { Mention } from './types.ts';

export interface UncodedTerm {
  /** Folded words joined by the tokenizer's joiner: "data-flow governance". */
  key: string;
  /** The words as most often written (the first written form on a tie). */
  text: string;
  words: number;
  /** Times said in the scope. */
  count: number;
  /** Times said in the rest of the corpus. */
  elsewhere: number;
  /** G² (signed: negative when said relatively more elsewhere); the count under 'frequency'. */
  score: number;
  occurrences: Mention[];
}

export interface TermScope {
  /** A document id, or a year as a string. */
  id: string;
  /** Words in the scope, and in the rest of the corpus (in languages with a tokenizer). */
  words: number;
  wordsElsewhere: number;
  method: 'log-likelihood' | 'frequency';
  /** The best terms, best first. */
  terms: UncodedTerm[];
  /** Every term key said in the scope (sorted), to ask whether a scope uses a term at all. */
  vocabulary: string[];
}

export interface TermIndex {
  documents: TermScope[];
  years: TermScope[];
  /** Documents left out because no tokenizer reads their language. */
  unsupported: { doc: string; language: string }[];
}

/**
 * Terms of year `to` that year `from` does not say at all, best first: "new wording" when `to` is
 * the later year, "wording no longer used" the other way round.
 */
export function wordingOnlyIn(index: TermIndex, to: number, from: number): UncodedTerm[] {
  const a = index.years.find((y) => y.id === String(to));
  const b = index.years.find((y) => y.id === String(from));
  if (!a) return [];
  const used = new Set(b?.vocabulary ?? []);
  return a.terms.filter((t) => !used.has(t.key) && t.score > 0);
}

/** The best terms said in the given sentences ("doc:sentence" keys) of a scope's terms. */
export function termsInSentences(
  terms: readonly UncodedTerm[],
  sentences: ReadonlySet<string>,
): { term: UncodedTerm; occurrences: Mention[] }[] {
  const out: { term: UncodedTerm; occurrences: Mention[] }[] = [];
  for (const term of terms) {
    const occurrences = term.occurrences.filter((o) => sentences.has(`${o.doc}:${o.sentence}`));
    if (occurrences.length > 0) out.push({ term, occurrences });
  }
  return out;
}
