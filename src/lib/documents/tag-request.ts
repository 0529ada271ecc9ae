// What the tagging worker is asked, and its answer: tag the reader's documents (the same
// buildCorpus as `npm run corpus`), or find a corpus's uncoded terms. One function for both sides:
// the worker runs it, and so does the main thread where no worker can start.

import type { Concept, Corpus } from '../corpus/types.ts';
import { extractUncodedTerms, type TermIndex } from '../corpus/uncoded-terms.ts';
import type { StoredDocument } from './store.ts';
import { corpusWithUserDocuments } from './user-corpus.ts';

export type TagRequest =
  | { kind: 'tag'; base: Corpus; docs: readonly StoredDocument[]; concepts: readonly Concept[] }
  | { kind: 'terms'; corpus: Corpus };

export type TagAnswer = Corpus | TermIndex;

export function answerTagRequest(request: TagRequest): TagAnswer {
  return request.kind === 'terms'
    ? extractUncodedTerms(request.corpus)
    : corpusWithUserDocuments(request.base, request.docs, request.concepts);
}
