// Which documents are language versions of one another (`versionOf`), apart from the side-by-side
// reader's alignment and differences: the reader asks this of every text it opens, and loads the
// rest (parallel-view.ts) only for a text that has another version.

import type { Corpus, CorpusDocument } from '../corpus/types.ts';
import type { CorpusIndex } from './corpus-index.ts';

/** The versions of a document in a corpus: those that name it in versionOf, and it. */
export function versionsOf(corpus: Corpus, doc: string): string[] {
  const d = corpus.documents.find((x) => x.id === doc);
  if (!d) return [];
  const root =
    d.versionOf !== undefined && corpus.documents.some((x) => x.id === d.versionOf)
      ? d.versionOf
      : d.id;
  return corpus.documents.filter((x) => x.id === root || x.versionOf === root).map((x) => x.id);
}

/** The other version to show beside a document, or null when it has none. */
export function otherVersion(index: CorpusIndex, doc: CorpusDocument): CorpusDocument | null {
  const ids = versionsOf(index.corpus, doc.id).filter((id) => id !== doc.id);
  return ids.length > 0 ? (index.documentById.get(ids[0]!) ?? null) : null;
}
