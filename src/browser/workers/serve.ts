// The worker side of worker-client.ts: answers each numbered request with its result, or with the
// error's message (the client rejects that job); `progress` sends what the job has so far.

import type { WorkerReply, WorkerRequest } from '../worker-client.ts';

export function serveRequests<Req, T, P = never>(
  handle: (request: Req, progress: (value: P) => void) => T,
): void {
  const scope = self as unknown as {
    onmessage: ((e: MessageEvent<WorkerRequest<Req>>) => void) | null;
    postMessage: (message: WorkerReply<T, P>) => void;
  };
  scope.onmessage = (e) => {
    const { id, request } = e.data;
    try {
      const value = handle(request, (progress) => scope.postMessage({ id, progress }));
      scope.postMessage({ id, ok: true, value });
    } catch (err) {
      scope.postMessage({
        id,
        ok: false,
        message: err instanceof Error ? err.message : String(err),
      });
    }
  };
}
