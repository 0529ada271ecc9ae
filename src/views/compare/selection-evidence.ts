// What the comparison's evidence panel shows of a selection (a concept, a theme, an uncoded term),
// asked for with the first selection: a chunk of its own, as the graph's.
export { conceptYearEvidence, themeYearEvidence } from '$lib/model/year-evidence.ts';
export { termEvidence } from '$lib/model/term-evidence.ts';
