// The side-by-side reader: what it draws and how it is worked out, loaded together when a text
// with another language version is opened (DocumentText.svelte), never with the reader itself.
export { default as ParallelText } from './ParallelText.svelte';
export { parallelView } from '$lib/model/parallel-view.ts';
