// What the map shows, in words: its title and its part of a slide's name. Pure.

import { labelIn } from '$lib/i18n/labels.ts';
import type { Translator } from '$lib/i18n/translator.ts';
import type { CorpusIndex } from '$lib/model/corpus-index.ts';
import type { UrlState } from '$lib/state/url-state.ts';

type MapState = Pick<UrlState, 'place' | 'year' | 'focus'>;

/** The place's name in the language in use (its Chinese name where the data gives one). */
const placeName = (state: MapState, index: CorpusIndex, tr: Translator): string | null => {
  const place = index.corpus.places.find((p) => p.id === state.place);
  return place ? labelIn({ label: place.name, labelZh: place.nameZh }, tr.lang) : null;
};

/** "Map · places of the forums · 2024 · Wuzhen": the chart's title. */
export function mapTitle(state: MapState, index: CorpusIndex, tr: Translator): string {
  const place = placeName(state, index, tr);
  return [
    tr.t('map.title'),
    state.year ? tr.t('map.describe.year', { year: String(state.year) }) : null,
    place,
  ]
    .filter((p) => p !== null)
    .join(' · ');
}

/** The selected place, the year, the concept: the view's part of a slide's name. */
export function describeMap(
  state: MapState,
  index: CorpusIndex,
  tr: Translator,
): (string | null)[] {
  const concept = state.focus === null ? undefined : index.conceptById.get(state.focus);
  return [
    placeName(state, index, tr),
    state.year === null ? null : tr.t('map.describe.year', { year: String(state.year) }),
    concept ? labelIn(concept, tr.lang) : state.focus,
  ];
}
