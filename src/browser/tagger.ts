// The Tagger the app uses: a module Web Worker (src/browser/corpus-worker.ts), started on first
// use; where it cannot start, the same code on the main thread. The same worker finds uncoded terms.

import type { Concept, Corpus } from '../lib/corpus/types.ts';
import type { TermIndex } from '../lib/corpus/uncoded-terms.ts';
import type { Tagger } from '../lib/documents/library.ts';
import type { StoredDocument } from '../lib/documents/store.ts';

type Job =
  | { kind: 'tag'; base: Corpus; docs: readonly StoredDocument[]; concepts: readonly Concept[] }
  | { kind: 'terms'; corpus: Corpus };

export type TagRequest = Job & { id: number };

export type TagReply =
  | { id: number; ok: true; corpus: Corpus }
  | { id: number; ok: true; terms: TermIndex }
  | { id: number; ok: false; message: string };

type Result = Corpus | TermIndex;

async function runInline(job: Job): Promise<Result> {
  if (job.kind === 'terms')
    return (await import('../lib/corpus/uncoded-terms.ts')).extractUncodedTerms(job.corpus);
  return (await import('../lib/documents/user-corpus.ts')).corpusWithUserDocuments(
    job.base,
    job.docs,
    job.concepts,
  );
}

/** Runs jobs in one worker, started on first use, or inline where it cannot start. */
function workerRunner(): (job: Job) => Promise<Result> {
  let worker: Worker | null = null;
  let broken = typeof Worker === 'undefined';
  let next = 0;
  const pending = new Map<
    number,
    { resolve: (r: Result) => void; reject: (e: Error) => void; fallback: () => void }
  >();

  function start(): Worker {
    const w = new Worker(new URL('./workers/corpus.worker.ts', import.meta.url), {
      type: 'module',
      name: 'tagger',
    });
    w.onmessage = (e: MessageEvent<TagReply>) => {
      const job = pending.get(e.data.id);
      if (!job) return;
      pending.delete(e.data.id);
      if (!e.data.ok) job.reject(new Error(e.data.message));
      else job.resolve('terms' in e.data ? e.data.terms : e.data.corpus);
    };
    // The worker could not start (or died): finish every waiting job on the main thread.
    w.onerror = (e) => {
      e.preventDefault();
      broken = true;
      w.terminate();
      worker = null;
      const jobs = [...pending.values()];
      pending.clear();
      for (const job of jobs) job.fallback();
    };
    return w;
  }

  return (job) => {
    if (broken) return runInline(job);
    return new Promise<Result>((resolve, reject) => {
      const id = next++;
      const fallback = (): void => void runInline(job).then(resolve, reject);
      pending.set(id, { resolve, reject, fallback });
      try {
        worker ??= start();
        worker.postMessage({ id, ...job } as TagRequest);
      } catch {
        pending.delete(id);
        broken = true;
        fallback();
      }
    });
  };
}

let shared: ((job: Job) => Promise<Result>) | null = null;
const runner = (): ((job: Job) => Promise<Result>) => (shared ??= workerRunner());

export function workerTagger(): Tagger {
  return (base, docs, concepts = []) =>
    runner()({ kind: 'tag', base, docs, concepts }) as Promise<Corpus>;
}

/** Finds a corpus's uncoded terms in the tagging worker. */
export function workerTerms(): (corpus: Corpus) => Promise<TermIndex> {
  return (corpus) => runner()({ kind: 'terms', corpus }) as Promise<TermIndex>;
}
