// What the reader shows, worked out from the corpus and the link: the document to read, the
// mentions of the focused concept in it, messages cut around their slots. Pure: the components only
// draw it. The search results and the concordance are worked out in findings-state.ts, which loads
// with their panels.

import type { CorpusDocument } from '$lib/corpus/types.ts';
import type { CorpusIndex } from '$lib/model/corpus-index.ts';
import type { ReaderParagraph } from '$lib/model/reader-text.ts';
import type { MessageKey } from '$lib/i18n/catalogue.ts';
import type { MessageParams } from '$lib/i18n/message.ts';
import type { Translator } from '$lib/i18n/translator.ts';

/** The document the link names, else the first one; null when there is no text at all. */
export function readerDocument(index: CorpusIndex, doc: string | null): CorpusDocument | null {
  return (
    (doc !== null ? index.documentById.get(doc) : undefined) ?? index.corpus.documents[0] ?? null
  );
}

/** Mentions of a concept in the text drawn (so a language version not counted in charts counts). */
export function mentionsInText(paragraphs: readonly ReaderParagraph[], concept: string): number {
  let n = 0;
  for (const p of paragraphs)
    for (const s of p.sentences) n += s.parts.filter((x) => x.concept === concept).length;
  return n;
}

/** A message cut around some of its slots, for a component to draw those slots as elements. */
export type MessagePart = { text: string; slot?: undefined } | { text?: undefined; slot: string };

export function messageParts(
  tr: Translator,
  key: MessageKey,
  params: MessageParams,
  slots: readonly string[],
): MessagePart[] {
  const marked: Record<string, string | number> = { ...params };
  for (const s of slots) marked[s] = `\u0000${s}\u0000`;
  return tr
    .t(key, marked)
    .split('\u0000')
    .map((piece, i) => (i % 2 === 1 ? { slot: piece } : { text: piece }))
    .filter((p) => p.slot !== undefined || p.text !== '');
}
