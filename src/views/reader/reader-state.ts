// What the reader shows, worked out from the corpus and the link: the document to read, the search
// results split into exact and partial matches, the concordance of the focused concept. Pure: the
// components only draw it.

import type { CodedConcept, CorpusDocument } from '$lib/corpus/types.ts';
import type { CorpusIndex } from '$lib/model/corpus-index.ts';
import { concordance, type ConcordanceLine } from '$lib/model/concordance.ts';
import { groupByYearAndDocument, type YearGroup } from '$lib/model/group-by-document.ts';
import type { ReaderParagraph } from '$lib/model/reader-text.ts';
import type { SearchHit } from '$lib/model/search.ts';
import { countOf } from '$lib/text/plural.ts';

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
export function searchSummary(results: SearchResults, query: string): string {
  const total = results.hits.length;
  const exact = results.exactCount;
  const what = isPhrase(query) ? 'phrase' : 'word';
  const split =
    exact === total
      ? `${total === 1 ? 'it has' : 'all with'} the exact ${what}`
      : exact === 0
        ? `none with the exact ${what}`
        : `${exact.toLocaleString('en')} with the exact ${what}, ${(total - exact).toLocaleString('en')} partial`;
  return `${countOf(total, 'sentence')} in ${countOf(results.documents, 'text')}: ${split}.`;
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
