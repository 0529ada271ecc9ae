// What the graph shows, in words, for a slide's name (its on-screen title comes from the graph it
// draws: describeFilter in $lib/model/graph-description.ts). Pure.

import { labelIn } from '$lib/i18n/labels.ts';
import type { Translator } from '$lib/i18n/translator.ts';
import type { CorpusIndex } from '$lib/model/corpus-index.ts';
import type { UrlState } from '$lib/state/url-state.ts';

type GraphState = Pick<UrlState, 'link' | 'focus' | 'year' | 'unit'>;

/** The selected link or concept, the year, the unit: the view's part of a slide's name. */
export function describeGraph(
  state: GraphState,
  index: CorpusIndex,
  tr: Translator,
): (string | null)[] {
  const concept = (id: string | null): string | null => {
    if (id === null) return null;
    const found = index.conceptById.get(id);
    return found ? labelIn(found, tr.lang) : id;
  };
  return [
    state.link ? state.link.split('~').map(concept).join(' + ') : concept(state.focus),
    state.year === null ? null : tr.t('graph.describe.year', { year: String(state.year) }),
    state.unit === 'paragraph' ? tr.t('graph.describe.byParagraph') : null,
  ];
}
