// What the reader's findings panels show, worked out from the corpus and the link: the search
// results split into exact and partial matches, the concordance of the focused concept. Pure: the
// panels only draw it. Loaded with those panels, when a search or a concordance is first shown.

import type { CodedConcept } from '$lib/corpus/types.ts';
import type { CorpusIndex } from '$lib/model/corpus-index.ts';
import { concordance, type ConcordanceLine } from '$lib/model/concordance.ts';
import { groupByYearAndDocument, type YearGroup } from '$lib/model/group-by-document.ts';
import type { SearchHit } from '$lib/model/search.ts';
import type { Translator } from '$lib/i18n/translator.ts';

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
