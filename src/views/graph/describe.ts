// What the graph shows, in words, for a slide's name (its on-screen title comes from the graph it
// draws: describeFilter in $lib/model/graph-description.ts). Pure.

import type { CorpusIndex } from '$lib/model/corpus-index.ts';
import type { UrlState } from '$lib/state/url-state.ts';

type GraphState = Pick<UrlState, 'link' | 'focus' | 'year' | 'unit'>;

/** The selected link or concept, the year, the unit: the view's part of a slide's name. */
export function describeGraph(state: GraphState, index: CorpusIndex): (string | null)[] {
  const concept = (id: string | null): string | null =>
    id === null ? null : (index.conceptById.get(id)?.label ?? id);
  return [
    state.link ? state.link.split('~').map(concept).join(' + ') : concept(state.focus),
    state.year === null ? null : String(state.year),
    state.unit === 'paragraph' ? 'by paragraph' : null,
  ];
}
