// What the reader shows, in words: its part of a slide's name. Pure.

import type { CorpusIndex } from '$lib/model/corpus-index.ts';
import type { UrlState } from '$lib/state/url-state.ts';

type ReaderState = Pick<UrlState, 'doc' | 's' | 'q' | 'focus'>;

/** The document, the sentence, the search, the concept: the view's part of a slide's name. */
export function describeReader(state: ReaderState, index: CorpusIndex): (string | null)[] {
  return [
    state.doc ? (index.documentById.get(state.doc)?.title ?? state.doc) : null,
    state.s,
    state.q ? `“${state.q}”` : null,
    state.focus === null ? null : (index.conceptById.get(state.focus)?.label ?? state.focus),
  ];
}
