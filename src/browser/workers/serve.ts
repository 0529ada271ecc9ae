// The worker side of worker-client.ts: answers each numbered request with its result, or with the
// error's message (the client rejects that job).

import type { WorkerReply, WorkerRequest } from '../worker-client.ts';

export function serveRequests<Req, T>(handle: (request: Req) => T): void {
  const scope = self as unknown as {
    onmessage: ((e: MessageEvent<WorkerRequest<Req>>) => void) | null;
    postMessage: (message: WorkerReply<T>) => void;
  };
  scope.onmessage = (e) => {
    const { id, request } = e.data;
    try {
      scope.postMessage({ id, ok: true, value: handle(request) });
    } catch (err) {
      scope.postMessage({
        id,
        ok: false,
        message: err instanceof Error ? err.message : String(err),
      });
    }
  };
}
