// Tags the reader's documents off the main thread: the same buildCorpus as `npm run corpus`.

import { corpusWithUserDocuments } from '$lib/documents/user-corpus.ts';
import type { TagReply, TagRequest } from '$browser/tagger.ts';

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<TagRequest>) => void) | null;
  postMessage: (message: TagReply) => void;
};

scope.onmessage = (e) => {
  const { id, base, docs } = e.data;
  try {
    scope.postMessage({ id, ok: true, corpus: corpusWithUserDocuments(base, docs) });
  } catch (err) {
    scope.postMessage({ id, ok: false, message: err instanceof Error ? err.message : String(err) });
  }
};
