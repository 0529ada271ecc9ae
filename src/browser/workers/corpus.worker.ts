// Tags the reader's documents off the main thread: the same buildCorpus as `npm run corpus`; and
// finds a corpus's uncoded terms (src/lib/corpus/uncoded-terms.ts), so that neither blocks a view.

import { extractUncodedTerms } from '$lib/corpus/uncoded-terms.ts';
import { corpusWithUserDocuments } from '$lib/documents/user-corpus.ts';
import type { TagRequest } from '$browser/tagger.ts';
import { serveRequests } from './serve.ts';

serveRequests((request: TagRequest) =>
  request.kind === 'terms'
    ? extractUncodedTerms(request.corpus)
    : corpusWithUserDocuments(request.base, request.docs, request.concepts),
);
