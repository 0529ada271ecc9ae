// The Tagger the app uses: a module Web Worker (src/browser/corpus-worker.ts), started on first
// use; where it cannot start, the same code on the main thread.

import type { Corpus } from '../lib/corpus/types.ts';
import type { Tagger } from '../lib/documents/library.ts';
import type { StoredDocument } from '../lib/documents/store.ts';

export interface TagRequest {
  id: number;
  base: Corpus;
  docs: readonly StoredDocument[];
}

export type TagReply =
  { id: number; ok: true; corpus: Corpus } | { id: number; ok: false; message: string };

const inline: Tagger = async (base, docs) =>
  (await import('../lib/documents/user-corpus.ts')).corpusWithUserDocuments(base, docs);

export function workerTagger(): Tagger {
  let worker: Worker | null = null;
  let broken = typeof Worker === 'undefined';
  let next = 0;
  const pending = new Map<
    number,
    { resolve: (c: Corpus) => void; reject: (e: Error) => void; fallback: () => void }
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
      if (e.data.ok) job.resolve(e.data.corpus);
      else job.reject(new Error(e.data.message));
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

  return (base, docs) => {
    if (broken) return inline(base, docs);
    return new Promise<Corpus>((resolve, reject) => {
      const id = next++;
      const fallback = (): void => void inline(base, docs).then(resolve, reject);
      pending.set(id, { resolve, reject, fallback });
      try {
        worker ??= start();
        worker.postMessage({ id, base, docs } satisfies TagRequest);
      } catch {
        pending.delete(id);
        broken = true;
        fallback();
      }
    });
  };
}
