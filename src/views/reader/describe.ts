// What the reader shows, in words: its part of a slide's name. Pure.

import { labelIn } from '$lib/i18n/labels.ts';
import type { Translator } from '$lib/i18n/translator.ts';
import type { CorpusIndex } from '$lib/model/corpus-index.ts';
import type { UrlState } from '$lib/state/url-state.ts';

type ReaderState = Pick<UrlState, 'doc' | 's' | 'q' | 'focus'>;

/** The document, the sentence, the search, the concept: the view's part of a slide's name. */
export function describeReader(
  state: ReaderState,
  index: CorpusIndex,
  tr: Translator,
): (string | null)[] {
  const concept = state.focus === null ? undefined : index.conceptById.get(state.focus);
  return [
    state.doc ? (index.documentById.get(state.doc)?.title ?? state.doc) : null,
    state.s,
    state.q ? tr.t('reader.describe.query', { q: state.q }) : null,
    concept ? labelIn(concept, tr.lang) : state.focus,
  ];
}
