// The Tagger the app uses: a module Web Worker (workers/corpus.worker.ts) through the app's one
// worker client, started on first use; where it cannot start, the same answerTagRequest on the
// main thread. The same worker finds uncoded terms.

import type { Corpus } from '../lib/corpus/types.ts';
import type { TermIndex } from '../lib/corpus/uncoded-terms.ts';
import type { Tagger } from '../lib/documents/library.ts';
import type { TagAnswer, TagRequest } from '../lib/documents/tag-request.ts';
import { workerClient } from './worker-client.ts';

// Where no worker starts, the same function on the main thread (fetched only then).
async function inline(job: TagRequest): Promise<TagAnswer> {
  return (await import('../lib/documents/tag-request.ts')).answerTagRequest(job);
}

let shared: ((job: TagRequest) => Promise<TagAnswer>) | null = null;
const runner = (): ((job: TagRequest) => Promise<TagAnswer>) =>
  (shared ??= workerClient<TagRequest, TagAnswer>(
    () =>
      new Worker(new URL('./workers/corpus.worker.ts', import.meta.url), {
        type: 'module',
        name: 'tagger',
      }),
    inline,
  ));

export function workerTagger(): Tagger {
  return (base, docs, concepts = []) =>
    runner()({ kind: 'tag', base, docs, concepts }) as Promise<Corpus>;
}

/** Finds a corpus's uncoded terms in the tagging worker. */
export function workerTerms(): (corpus: Corpus) => Promise<TermIndex> {
  return (corpus) => runner()({ kind: 'terms', corpus }) as Promise<TermIndex>;
}
