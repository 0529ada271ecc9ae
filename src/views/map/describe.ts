// What the map shows, in words: its title and its part of a slide's name. Pure.

import type { CorpusIndex } from '$lib/model/corpus-index.ts';
import type { UrlState } from '$lib/state/url-state.ts';

type MapState = Pick<UrlState, 'place' | 'year' | 'focus'>;

const placeName = (state: MapState, index: CorpusIndex): string | null =>
  index.corpus.places.find((p) => p.id === state.place)?.name ?? null;

/** "Map · places of the forums · 2024 · Wuzhen": the chart's title. */
export function mapTitle(state: MapState, index: CorpusIndex): string {
  const place = placeName(state, index);
  return `Map · places of the forums${state.year ? ` · ${state.year}` : ''}${place ? ` · ${place}` : ''}`;
}

/** The selected place, the year, the concept: the view's part of a slide's name. */
export function describeMap(state: MapState, index: CorpusIndex): (string | null)[] {
  return [
    placeName(state, index),
    state.year === null ? null : String(state.year),
    state.focus === null ? null : (index.conceptById.get(state.focus)?.label ?? state.focus),
  ];
}
