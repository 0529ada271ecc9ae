// Work that can wait for a quiet moment: run when the browser is idle (at the latest after
// `timeout` ms), or soon where it has no idle callbacks (Safari). Returns a cancel function.

export function whenIdle(run: () => void, timeout = 200): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(() => run(), { timeout });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(run, 1);
  return () => clearTimeout(id);
}

/**
 * Work that waits until what was just drawn has been painted: the next animation frame, then an
 * idle moment (at the latest `timeout` ms later). Returns a cancel function.
 */
export function afterPaint(run: () => void, timeout = 200): () => void {
  let cancel = (): void => {};
  const frame = requestAnimationFrame(() => {
    cancel = whenIdle(run, timeout);
  });
  return () => {
    cancelAnimationFrame(frame);
    cancel();
  };
}
