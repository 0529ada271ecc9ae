// What the graph's evidence panel shows of a selection, asked for with the first selection (a chunk
// of its own: importing $lib/model/evidence.ts itself would make the bundler build that module a
// namespace object, with its runtime helper, on every route).
export { conceptEvidence, linkEvidence } from '$lib/model/evidence.ts';
