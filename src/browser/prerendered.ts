// index.html arrives with the shell and the concept graph already drawn (scripts/prerender-plugin.ts).
// The live app is mounted beside that page, laid out but unseen, and takes its place in one step
// once it shows its view (or its error): the reader never sees an empty or half-built page.
// Nothing of the built page moves before then; then it is replaced whole, which shifts no layout.
// The live app may draw its parts over several tasks (the chart, then panels and tables: `<Later>`,
// pending-parts.ts); the swap waits for the last of them.

import { onBusyChange, onPartDrawn, partsPending } from './pending-parts.ts';

/** What shows that the live app has drawn its view: a heading, an error, an embed's chart. */
const SHOWN =
  'main h1, main h2, main [role="alert"], .app.embed main > :not(.loading), .presenting main > :not(.loading)';
/** The graph is not drawn yet while it says it is placing its concepts. */
const NOT_YET = 'main .placing';
/** Past this, the live app is shown whatever it shows (its own loading notes then). */
const WAIT_MS = 10_000;

export function liveRoot(target: HTMLElement): HTMLElement {
  const live = target.ownerDocument.createElement('div');
  live.setAttribute('data-live', '');
  // The built page, and the slot before it where the first-paint script puts the address's own
  // page (public/prerender-route.js): it may come in after this, so both are looked for at the swap.
  const BUILT = ':scope > :is([data-prerendered], [data-prerendered-slot])';
  target.append(live);
  // While parts of a view are still to come, the live app says so (a view opened again in the same
  // page draws over several tasks too): assistive technology may wait for the whole view.
  const busy = (on: boolean): void => {
    if (on) live.setAttribute('aria-busy', 'true');
    else live.removeAttribute('aria-busy');
  };
  busy(partsPending() > 0);
  onBusyChange(busy);
  if (!target.querySelector(BUILT)) return live;
  live.setAttribute('data-pending', '');
  const swap = (): void => {
    observer.disconnect();
    stopWaiting();
    clearTimeout(timer);
    for (const built of target.querySelectorAll(BUILT)) built.remove();
    live.removeAttribute('data-pending');
  };
  const check = (): void => {
    if (partsPending() === 0 && live.querySelector(SHOWN) && !live.querySelector(NOT_YET)) swap();
  };
  const observer = new MutationObserver(check);
  observer.observe(live, { childList: true, subtree: true });
  const stopWaiting = onPartDrawn(check);
  const timer = setTimeout(swap, WAIT_MS);
  return live;
}
