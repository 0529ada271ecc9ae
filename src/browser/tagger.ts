// The Tagger the app uses: a module Web Worker (workers/corpus.worker.ts) through the app's one
// worker client, started on first use; where it cannot start, the same code on the main thread.
// The same worker finds uncoded terms.

import type { Concept, Corpus } from '../lib/corpus/types.ts';
import type { TermIndex } from '../lib/corpus/uncoded-terms.ts';
import type { Tagger } from '../lib/documents/library.ts';
import type { StoredDocument } from '../lib/documents/store.ts';
import { workerClient } from './worker-client.ts';

export type TagRequest =
  | { kind: 'tag'; base: Corpus; docs: readonly StoredDocument[]; concepts: readonly Concept[] }
  | { kind: 'terms'; corpus: Corpus };

type Result = Corpus | TermIndex;

async function inline(job: TagRequest): Promise<Result> {
  if (job.kind === 'terms')
    return (await import('../lib/corpus/uncoded-terms.ts')).extractUncodedTerms(job.corpus);
  return (await import('../lib/documents/user-corpus.ts')).corpusWithUserDocuments(
    job.base,
    job.docs,
    job.concepts,
  );
}

let shared: ((job: TagRequest) => Promise<Result>) | null = null;
const runner = (): ((job: TagRequest) => Promise<Result>) =>
  (shared ??= workerClient<TagRequest, Result>(
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
