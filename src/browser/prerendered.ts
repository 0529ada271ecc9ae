// index.html arrives with the shell and the concept graph already drawn (scripts/prerender-plugin.ts).
// The live app is mounted beside that page, laid out but unseen, and takes its place in one step
// once it shows its view (or its error): the reader never sees an empty or half-built page.
// Nothing of the built page moves before then; then it is replaced whole, which shifts no layout.
// The live app may draw its parts over several tasks (the chart, then panels and tables: `<Later>`,
// pending-parts.ts); the swap waits for the last of them.

import { whenIdle } from './idle.ts';
import { onBusyChange, partPending, partsPending } from './pending-parts.ts';

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
  // Unseen, also by screen readers and the tab key, until it is whole (prerender.css).
  live.setAttribute('data-pending', 'unseen');
  let swapping = false;
  let swapped = false;
  const swap = (): void => {
    if (swapped) return;
    swapped = swapping = true;
    observer.disconnect();
    stopWaiting();
    clearTimeout(timer);
    // Out of the page at once, out of the document in an idle moment: removing the built page's
    // thousand elements in the task that shows the live app made it a long one. Its ids go at
    // once: the live page's own (its heading's, its charts' patterns) are the ones to find.
    const built = [...target.querySelectorAll<HTMLElement>(BUILT)];
    for (const page of built) {
      page.style.display = 'none';
      page.removeAttribute('data-prerendered');
      page.removeAttribute('data-prerendered-slot');
      for (const named of page.querySelectorAll('[id]')) named.removeAttribute('id');
    }
    live.removeAttribute('data-pending');
    // Until it is gone it counts as a part still to come: the app is `aria-busy` (what waits for
    // the whole page, such as a test that counts its footers, waits for that).
    const removed = partPending();
    whenIdle(() => {
      for (const page of built) page.remove();
      removed();
    }, 1000);
  };
  const check = (): void => {
    if (swapping || partsPending() > 0 || !live.querySelector(SHOWN) || live.querySelector(NOT_YET))
      return;
    // In front, index.html's own page (the graph, or the shell under an address the view's built
    // page was not made for, such as a sentence link the reader scrolls to as it draws): at once.
    if (!target.querySelector(':scope > [data-prerendered-fragment]')) return swap();
    swapping = true;
    // The view's built page: two steps, each in a frame of its own. The live page turns visible
    // while still taking no room (restyling each of its elements, painting none), then takes the
    // built page's place. In one, the two made a long task on a phone.
    live.setAttribute('data-pending', '');
    requestAnimationFrame(() => setTimeout(swap, 0));
    // A page in a background tab has no frames.
    setTimeout(swap, 250);
  };
  const observer = new MutationObserver(check);
  observer.observe(live, { childList: true, subtree: true });
  // The last part drawn: the view may be whole.
  const stopWaiting = onBusyChange((busy) => busy || check());
  const timer = setTimeout(swap, WAIT_MS);
  return live;
}
