// Parts of the live app drawn after the rest, in tasks of their own (`<Later>`): while any is still
// to come, the page built into index.html stays (prerendered.ts), so the reader sees the live app
// only when it is whole, and nothing shifts when a late part arrives.

let pending = 0;
const listeners = new Set<() => void>();

/** Counts a part as still to come; call the returned function once it is drawn (or gone). */
export function partPending(): () => void {
  pending++;
  let done = false;
  return () => {
    if (done) return;
    done = true;
    pending--;
    for (const listener of [...listeners]) listener();
  };
}

/** How many parts are still to come. */
export function partsPending(): number {
  return pending;
}

/** Calls `listener` each time a part is drawn; returns the function that stops it. */
export function onPartDrawn(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
