// What the app runs in its tagging worker (src/browser/tagger.ts), done on the main thread for
// tests: tagging the reader's documents, and finding uncoded terms.

import { extractUncodedTerms, type TermIndex } from '../../src/lib/corpus/uncoded-terms.ts';
import type { Corpus } from '../../src/lib/corpus/types.ts';
import type { Tagger } from '../../src/lib/documents/library.ts';
import { corpusWithUserDocuments } from '../../src/lib/documents/user-corpus.ts';

export const inlineTagger: Tagger = async (base, docs, concepts) =>
  corpusWithUserDocuments(base, docs, concepts);

export const inlineTerms = async (corpus: Corpus): Promise<TermIndex> =>
  extractUncodedTerms(corpus);

export const mainThreadServices = { tagger: inlineTagger, terms: inlineTerms };
