// Tags the reader's documents off the main thread: the same buildCorpus as `npm run corpus`.

import { corpusWithUserDocuments } from '$lib/documents/user-corpus.ts';
import type { TagRequest } from '$browser/tagger.ts';
import { serveRequests } from './serve.ts';

serveRequests(({ base, docs }: TagRequest) => corpusWithUserDocuments(base, docs));
