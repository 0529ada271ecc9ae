// Parts of the live app drawn after the rest, in tasks of their own (`<Later>`): while any is still
// to come, the page built into index.html stays (prerendered.ts), so the reader sees the live app
// only when it is whole, and nothing shifts when a late part arrives.

let pending = 0;
const busyListeners = new Set<(busy: boolean) => void>();

const tellBusy = (): void => {
  for (const listener of [...busyListeners]) listener(pending > 0);
};

/** Counts a part as still to come; call the returned function once it is drawn (or gone). */
export function partPending(): () => void {
  pending++;
  if (pending === 1) tellBusy();
  let done = false;
  return () => {
    if (done) return;
    done = true;
    pending--;
    if (pending === 0) tellBusy();
  };
}

/** How many parts are still to come. */
export function partsPending(): number {
  return pending;
}

/**
 * Calls `listener` with true when a first part is still to come, with false when the last is drawn;
 * returns the function that stops it.
 */
export function onBusyChange(listener: (busy: boolean) => void): () => void {
  busyListeners.add(listener);
  return () => busyListeners.delete(listener);
}
