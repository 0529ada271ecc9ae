// The documents a new one must not repeat (by id or title), for the checks on a new document: the
// corpus's and the reader's stored ones. Apart from the store, whose code loads only when one is
// opened (src/browser/stored-data.ts).

import type { DocumentOrigin } from '../corpus/types.ts';
import type { StoredDocument } from './store.ts';

/** A document already in the corpus or in the reader's store, for the checks on ids and titles. */
export interface ExistingDocument {
  id: string;
  title: string;
  year: number;
  origin: DocumentOrigin;
}

/** The documents a new one must not repeat: the corpus's, and stored ones not in it (hidden). */
export function existingDocuments(
  inCorpus: readonly ExistingDocument[],
  stored: readonly StoredDocument[],
): ExistingDocument[] {
  const ids = new Set(inCorpus.map((d) => d.id));
  return [
    ...inCorpus.map((d) => ({ id: d.id, title: d.title, year: d.year, origin: d.origin })),
    ...stored
      .filter((d) => !ids.has(d.header.id))
      .map((d) => ({ ...pick(d), origin: 'user' as const })),
  ];
}

const pick = (d: StoredDocument): Omit<ExistingDocument, 'origin'> => ({
  id: d.header.id,
  title: d.header.title,
  year: d.header.year,
});
