// The one client for the app's Web Workers: numbered requests, one map of waiting jobs, replies
// matched by number. A worker's error reply rejects its job; where the worker cannot start (a page
// opened from disk, no module workers) or dies, every waiting and later job runs `fallback`, the
// same code on the main thread. Workers answer with `serveRequests` (workers/serve.ts).

export type WorkerReply<T> =
  { id: number; ok: true; value: T } | { id: number; ok: false; message: string };

export interface WorkerRequest<Req> {
  id: number;
  request: Req;
}

/**
 * A function that runs `request` in the worker `start()` makes (on first use), or in `fallback`.
 * `start` is the caller's, so that the bundler sees its `new Worker(new URL(…, import.meta.url))`.
 */
export function workerClient<Req, T>(
  start: () => Worker,
  fallback: (request: Req) => Promise<T>,
): (request: Req) => Promise<T> {
  let worker: Worker | null = null;
  let broken = typeof Worker === 'undefined';
  let next = 0;
  const pending = new Map<
    number,
    { resolve: (value: T) => void; reject: (e: Error) => void; fallback: () => void }
  >();

  function open(): Worker {
    const w = start();
    w.onmessage = (e: MessageEvent<WorkerReply<T>>) => {
      const job = pending.get(e.data.id);
      if (!job) return;
      pending.delete(e.data.id);
      if (e.data.ok) job.resolve(e.data.value);
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

  return (request) => {
    if (broken) return fallback(request);
    return new Promise<T>((resolve, reject) => {
      const id = next++;
      const runHere = (): void => void fallback(request).then(resolve, reject);
      pending.set(id, { resolve, reject, fallback: runHere });
      try {
        worker ??= open();
        worker.postMessage({ id, request } satisfies WorkerRequest<Req>);
      } catch {
        pending.delete(id);
        broken = true;
        runHere();
      }
    });
  };
}
