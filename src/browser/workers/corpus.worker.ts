// Tags the reader's documents off the main thread: the same buildCorpus as `npm run corpus`; and
// finds a corpus's uncoded terms (src/lib/corpus/uncoded-terms.ts), so that neither blocks a view.

import { extractUncodedTerms } from '$lib/corpus/uncoded-terms.ts';
import { corpusWithUserDocuments } from '$lib/documents/user-corpus.ts';
import type { TagReply, TagRequest } from '$browser/tagger.ts';

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<TagRequest>) => void) | null;
  postMessage: (message: TagReply) => void;
};

scope.onmessage = (e) => {
  const request = e.data;
  const { id } = request;
  try {
    if (request.kind === 'terms')
      scope.postMessage({ id, ok: true, terms: extractUncodedTerms(request.corpus) });
    else
      scope.postMessage({
        id,
        ok: true,
        corpus: corpusWithUserDocuments(request.base, request.docs, request.concepts),
      });
  } catch (err) {
    scope.postMessage({ id, ok: false, message: err instanceof Error ? err.message : String(err) });
  }
};
