// Results (search hits, concordance lines) grouped by year, then document, keeping the order in
// which they come: ranked results give the best group first, reading order gives time order.

import type { CorpusDocument } from '../corpus/types.ts';
import type { IndexedSentence } from './corpus-index.ts';

export interface DocumentGroup<T> {
  doc: CorpusDocument;
  items: T[];
}

export interface YearGroup<T> {
  year: number;
  documents: DocumentGroup<T>[];
  /** Items in all the year's documents. */
  count: number;
}

export function groupByYearAndDocument<T extends { sentence: IndexedSentence }>(
  items: readonly T[],
): YearGroup<T>[] {
  const years = new Map<number, YearGroup<T>>();
  const docs = new Map<string, DocumentGroup<T>>();
  for (const item of items) {
    const doc = item.sentence.doc;
    let year = years.get(doc.year);
    if (!year) {
      year = { year: doc.year, documents: [], count: 0 };
      years.set(doc.year, year);
    }
    let group = docs.get(doc.id);
    if (!group) {
      group = { doc, items: [] };
      docs.set(doc.id, group);
      year.documents.push(group);
    }
    group.items.push(item);
    year.count++;
  }
  return [...years.values()];
}
