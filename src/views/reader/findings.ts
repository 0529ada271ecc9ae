// The reader's findings panels, loaded together (one chunk) the first time a search or a
// concordance is shown, never with the reader itself.
export { default as ConcordancePanel } from './ConcordancePanel.svelte';
export { default as SearchResults } from './SearchResults.svelte';
