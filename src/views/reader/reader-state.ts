// What the reader shows, worked out from the corpus and the link: the document to read, the search
// results split into exact and partial matches, the concordance of the focused concept. Pure: the
// components only draw it.

import type { CodedConcept, CorpusDocument } from '$lib/corpus/types.ts';
import type { CorpusIndex } from '$lib/model/corpus-index.ts';
import { concordance, type ConcordanceLine } from '$lib/model/concordance.ts';
import { groupByYearAndDocument, type YearGroup } from '$lib/model/group-by-document.ts';
import type { ReaderParagraph } from '$lib/model/reader-text.ts';
import type { SearchHit } from '$lib/model/search.ts';
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

/** A query of more than one word is a phrase. */
export const isPhrase = (query: string): boolean => query.trim().includes(' ');

export interface SearchResults {
  hits: readonly SearchHit[];
  /** Hits with the exact word or phrase, then the others, grouped by year and document. */
  exact: YearGroup<SearchHit>[];
  partial: YearGroup<SearchHit>[];
  exactCount: number;
  /** Documents with a hit. */
  documents: number;
}

export function searchResults(hits: readonly SearchHit[]): SearchResults {
  const phrase = hits.filter((h) => h.tier === 'phrase');
  return {
    hits,
    exact: groupByYearAndDocument(phrase),
    partial: groupByYearAndDocument(hits.filter((h) => h.tier !== 'phrase')),
    exactCount: phrase.length,
    documents: new Set(hits.map((h) => h.sentence.doc.id)).size,
  };
}

/** "12 sentences in 2 texts: 9 with the exact phrase, 3 partial." */
export function searchSummary(results: SearchResults, query: string, tr: Translator): string {
  const total = results.hits.length;
  const exact = results.exactCount;
  const params = {
    sentences: tr.t('reader.sentenceCount', { count: total }),
    texts: tr.t('reader.textCount', { count: results.documents }),
    what: tr.t(isPhrase(query) ? 'reader.exactPhrase' : 'reader.exactWord'),
  };
  if (exact === total)
    return tr.t(total === 1 ? 'reader.summaryOneExact' : 'reader.summaryAllExact', params);
  if (exact === 0) return tr.t('reader.summaryNoneExact', params);
  return tr.t('reader.summaryMixed', { ...params, exact, partial: total - exact });
}

export interface ConcordanceView {
  lines: ConcordanceLine[];
  groups: YearGroup<ConcordanceLine>[];
  /** The forum records that code the concept without a text to match it in. */
  coded: CodedConcept[];
}

/** Every mention of a concept in the texts (of one year, or all), and the records that code it. */
export function concordanceView(
  index: CorpusIndex,
  concept: string,
  year: number | null,
): ConcordanceView {
  const lines = concordance(index, concept, { year });
  return {
    lines,
    groups: groupByYearAndDocument(lines),
    coded: index.corpus.coded.filter(
      (c) => c.concept === concept && (year === null || c.year === year),
    ),
  };
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
