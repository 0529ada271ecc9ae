// The Tagger the app uses: a module Web Worker (workers/corpus.worker.ts) through the app's one
// worker client, started on first use; where it cannot start, the same code on the main thread.

import type { Corpus } from '../lib/corpus/types.ts';
import type { Tagger } from '../lib/documents/library.ts';
import type { StoredDocument } from '../lib/documents/store.ts';
import { workerClient } from './worker-client.ts';

export interface TagRequest {
  base: Corpus;
  docs: readonly StoredDocument[];
}

const inline = async ({ base, docs }: TagRequest): Promise<Corpus> =>
  (await import('../lib/documents/user-corpus.ts')).corpusWithUserDocuments(base, docs);

export function workerTagger(): Tagger {
  const run = workerClient<TagRequest, Corpus>(
    () =>
      new Worker(new URL('./workers/corpus.worker.ts', import.meta.url), {
        type: 'module',
        name: 'tagger',
      }),
    inline,
  );
  return (base, docs) => run({ base, docs });
}
