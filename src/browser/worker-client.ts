// The one client for the app's Web Workers: numbered requests, one map of waiting jobs, replies
// matched by number. A worker's error reply rejects its job; where the worker cannot start (a page
// opened from disk, no module workers) or dies, every waiting and later job runs `fallback`, the
// same code on the main thread. A job may report progress before its result (a rough graph layout
// drawn while the forces run). Workers answer with `serveRequests` (workers/serve.ts).

export type WorkerReply<T, P = never> =
  | { id: number; ok: true; value: T }
  | { id: number; ok: false; message: string }
  | { id: number; progress: P };

export interface WorkerRequest<Req> {
  id: number;
  request: Req;
}

/**
 * A function that runs `request` in the worker `start()` makes (on first use), or in `fallback`.
 * `start` is the caller's, so that the bundler sees its `new Worker(new URL(…, import.meta.url))`.
 */
export function workerClient<Req, T, P = never>(
  start: () => Worker,
  fallback: (request: Req, onProgress?: (progress: P) => void) => Promise<T>,
): (request: Req, onProgress?: (progress: P) => void) => Promise<T> {
  let worker: Worker | null = null;
  let broken = typeof Worker === 'undefined';
  let next = 0;
  const pending = new Map<
    number,
    {
      resolve: (value: T) => void;
      reject: (e: Error) => void;
      fallback: () => void;
      progress?: (progress: P) => void;
    }
  >();

  function open(): Worker {
    const w = start();
    w.onmessage = (e: MessageEvent<WorkerReply<T, P>>) => {
      const reply = e.data;
      const job = pending.get(reply.id);
      if (!job) return;
      if ('progress' in reply) return job.progress?.(reply.progress);
      pending.delete(reply.id);
      if (reply.ok) job.resolve(reply.value);
      else job.reject(new Error(reply.message));
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

  return (request, onProgress) => {
    if (broken) return fallback(request, onProgress);
    return new Promise<T>((resolve, reject) => {
      const id = next++;
      const runHere = (): void => void fallback(request, onProgress).then(resolve, reject);
      pending.set(id, { resolve, reject, fallback: runHere, progress: onProgress });
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
