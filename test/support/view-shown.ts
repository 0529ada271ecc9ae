// When the app shows a view: a heading in main, or, embedded (where a view may show its chart
// alone), anything in main that is not the shell's loading note. Only in the live app: the page
// built into index.html (shown until the app replaces it) has a heading from the start. And only
// once the view has drawn all its parts (`aria-busy` while some are to come: a view opened again in
// the same page draws its chart first, its panels and tables in later tasks).
// Shared by tests, bench, screenshots.
const LIVE = '[data-live]:not([data-pending]):not([aria-busy])';
export const VIEW_SHOWN = [
  `${LIVE} main h1`,
  `${LIVE} main h2`,
  `${LIVE} .app.embed main > :not(.loading)`,
].join(', ');
