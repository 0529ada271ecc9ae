// What the timeline's and the comparison's evidence panels show of a selection (a forum, a
// milestone, a concept, a theme, an uncoded term), asked for with the first selection: a chunk of
// its own, as the graph's (src/views/graph/selection-evidence.ts).
export { conceptYearEvidence, themeYearEvidence } from '$lib/model/year-evidence.ts';
export { termEvidence } from '$lib/model/term-evidence.ts';
export { mentionEvidence } from '$lib/model/named-evidence.ts';
