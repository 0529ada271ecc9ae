// Work that can wait for a quiet moment: run when the browser is idle (at the latest after
// `timeout` ms), or soon where it has no idle callbacks (Safari). Returns a cancel function.
//
// The waiting work is one queue with one idle callback asked for at a time, each running one piece
// of work (in a task of its own, as before): a view's parts used to ask for a callback each as the
// view opened, and asking costs (in Lighthouse's trace, a stack each), all in the view's first task.

interface Waiting {
  run: () => void;
  /** When it runs at the latest, busy or not (performance.now()). */
  due: number;
}

const queue: Waiting[] = [];
/** The idle callback asked for, and when it runs at the latest. */
let asked: { id: number; due: number } | null = null;

function askForIdle(): void {
  if (queue.length === 0) return;
  const due = Math.min(...queue.map((w) => w.due));
  // One asked for already, due no later than this work: it will do.
  if (asked && asked.due <= due) return;
  if (asked) cancelIdleCallback(asked.id);
  const timeout = Math.max(1, Math.round(due - performance.now()));
  asked = { id: requestIdleCallback(runNext, { timeout }), due };
}

function runNext(): void {
  asked = null;
  const next = queue.shift();
  try {
    next?.run();
  } finally {
    askForIdle();
  }
}

export function whenIdle(run: () => void, timeout = 200): () => void {
  if (typeof requestIdleCallback !== 'function') {
    const id = setTimeout(run, 1);
    return () => clearTimeout(id);
  }
  const waiting: Waiting = { run, due: performance.now() + timeout };
  queue.push(waiting);
  askForIdle();
  return () => {
    const at = queue.indexOf(waiting);
    if (at >= 0) queue.splice(at, 1);
  };
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
    cancel();
    cancelAnimationFrame(frame);
  };
}
