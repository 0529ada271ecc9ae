// The Tagger the app uses: a module Web Worker (workers/corpus.worker.ts) through the app's one
// worker client, started on first use; where it cannot start, the same answerTagRequest on the
// main thread, imported from the worker's own script (one copy of that code in the build). The
// same worker finds uncoded terms, but for the shipped corpus: the build found those
// (built-terms.ts), so a page that shows only the project's texts never fetches the worker, nor
// this module (corpus-services.ts loads it with the first job).

import type { Corpus } from '../lib/corpus/types.ts';
import type { TermIndex } from '../lib/corpus/uncoded-terms.ts';
import type { Tagger } from '../lib/documents/library.ts';
import type { TagAnswer, TagRequest } from '../lib/documents/tag-request.ts';
// The worker's script, built as an ES module (vite.config `worker.format`).
import taggerScript from './workers/corpus.worker.ts?worker&url';

// Where no worker starts, the same function on the main thread (fetched only then).
async function inline(job: TagRequest): Promise<TagAnswer> {
  const worker = (await import(
    /* @vite-ignore */ taggerScript
  )) as typeof import('./workers/corpus.worker.ts');
  return worker.answerTagRequest(job);
}

// The worker client's code is fetched with the first job too: a page that shows only the project's
// texts has none, and the entry script every route loads is smaller without it.
type Run = (job: TagRequest) => Promise<TagAnswer>;
let shared: Promise<Run> | null = null;
const run = (job: TagRequest): Promise<TagAnswer> =>
  (shared ??= import('./worker-client.ts').then(({ workerClient }) =>
    workerClient<TagRequest, TagAnswer>(
      () => new Worker(taggerScript, { type: 'module', name: 'tagger' }),
      inline,
    ),
  )).then((runner) => runner(job));

export function workerTagger(): Tagger {
  return (base, docs, concepts = []) =>
    run({ kind: 'tag', base, docs, concepts }) as Promise<Corpus>;
}

/** Finds a corpus's uncoded terms in the worker (built-terms.ts has the shipped corpus's). */
export function workerTerms(): (corpus: Corpus) => Promise<TermIndex> {
  return (corpus) => run({ kind: 'terms', corpus }) as Promise<TermIndex>;
}
