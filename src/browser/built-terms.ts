// The uncoded terms the build found in the shipped corpus (data/uncoded-terms.json), fetched once,
// for the corpus they belong to. Loaded when a view first asks for terms (src/browser/tagger.ts).

import { BUILT_TERMS_PATH, readBuiltTerms, type BuiltTerms } from '../lib/corpus/built-terms.ts';
import type { TermIndex } from '../lib/corpus/term-index.ts';
import { termsFingerprint } from '../lib/corpus/terms-fingerprint.ts';
import type { Corpus } from '../lib/corpus/types.ts';

// Null where there are none (a page opened from disk) or they cannot be read.
let built: Promise<BuiltTerms | null> | null = null;

/** The build's terms if `corpus` is the one they were found in, else null. */
export async function builtTermsOf(corpus: Corpus): Promise<TermIndex | null> {
  built ??= fetch(new URL(BUILT_TERMS_PATH, document.baseURI))
    .then((r) => (r.ok ? r.json() : null))
    .then(readBuiltTerms, () => null);
  const found = await built;
  return found && found.corpus === termsFingerprint(corpus) ? found.terms : null;
}
