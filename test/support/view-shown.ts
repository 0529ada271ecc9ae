// When the app shows a view: a heading in main, or, embedded (where a view may show its chart
// alone), anything in main that is not the shell's loading note. Shared by tests, bench, screenshots.
export const VIEW_SHOWN = 'main h1, main h2, .app.embed main > :not(.loading)';
