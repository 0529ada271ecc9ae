// The uncoded terms the build found in the shipped corpus (scripts/built-terms-plugin.ts), with the
// fingerprint of that corpus (terms-fingerprint.ts): usable for a corpus exactly when its own
// fingerprint is the same.

import type { TermIndex } from './term-index.ts';

/** Where the build writes them, beside data/corpus.json. */
export const BUILT_TERMS_PATH = 'data/uncoded-terms.json';

export interface BuiltTerms {
  corpus: string;
  terms: TermIndex;
}

/** The file's content if it has that shape (the terms' own fields are the build's), else null. */
export function readBuiltTerms(json: unknown): BuiltTerms | null {
  if (typeof json !== 'object' || json === null) return null;
  const { corpus, terms } = json as Partial<BuiltTerms>;
  if (typeof corpus !== 'string' || typeof terms !== 'object' || terms === null) return null;
  const t = terms as Partial<TermIndex>;
  return Array.isArray(t.documents) && Array.isArray(t.years) && Array.isArray(t.unsupported)
    ? { corpus, terms: terms as TermIndex }
    : null;
}
