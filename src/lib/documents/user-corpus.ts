// The corpus with the reader's own documents: the project's inputs (corpusInputs) plus the stored
// texts, through the same buildCorpus as `npm run corpus`, with the reader's own concepts joined to
// the codebook. Runs in a worker in the app.

import { mergeCodebook } from '../concepts/user-concepts.ts';
import { buildCorpus, corpusInputs } from '../corpus/build-corpus.ts';
import type { Concept, Corpus } from '../corpus/types.ts';
import type { Localized } from '../i18n/catalogue.ts';
import { normalTitle } from './draft.ts';
import type { StoredDocument } from './store.ts';

export function corpusWithUserDocuments(
  base: Corpus,
  docs: readonly StoredDocument[],
  concepts: readonly Concept[] = [],
): Corpus {
  const inputs = corpusInputs(base);
  return buildCorpus(mergeCodebook(inputs.codebook, concepts), inputs.records, [
    ...inputs.documents.filter((d) => d.origin === 'project'),
    ...docs.map((d) => ({ header: d.header, text: d.text, origin: 'user' as const })),
  ]);
}

export interface HiddenDocument {
  doc: StoredDocument;
  /** Why it is not shown, for the interface to say. */
  reason: Localized;
}

/**
 * Stored documents that can join the corpus, and those that cannot because the project now has a
 * text with the same id or title (typically: the reader exported it and it was added to data/).
 * Hidden documents stay stored, so that they can still be exported or removed.
 */
export function joinableDocuments(
  base: Corpus,
  docs: readonly StoredDocument[],
): { joinable: StoredDocument[]; hidden: HiddenDocument[] } {
  const ids = new Map(base.documents.map((d) => [d.id, d]));
  const titles = new Map(base.documents.map((d) => [normalTitle(d.title), d]));
  const joinable: StoredDocument[] = [];
  const hidden: HiddenDocument[] = [];
  for (const doc of docs) {
    const same = ids.get(doc.header.id) ?? titles.get(normalTitle(doc.header.title));
    if (same)
      hidden.push({
        doc,
        reason: {
          key: same.id === doc.header.id ? 'reader.hidden.sameId' : 'reader.hidden.sameTitle',
          params: { title: same.title, year: String(same.year) },
        },
      });
    else joinable.push(doc);
  }
  return { joinable, hidden };
}

export interface DocumentReport {
  words: number;
  sentences: number;
  mentions: number;
  concepts: number;
  /** Sentences that match no concept. */
  unmatched: number;
}

export function documentReport(corpus: Corpus, id: string): DocumentReport | null {
  const doc = corpus.documents.find((d) => d.id === id);
  if (!doc) return null;
  // A language version's mentions are kept apart from the counted ones, but are its own.
  const mentions = [...corpus.mentions, ...corpus.versionMentions].filter((m) => m.doc === id);
  const coverage = corpus.coverage.find((c) => c.doc === id);
  return {
    words: doc.wordCount,
    sentences: doc.sentences.length,
    mentions: mentions.length,
    concepts: new Set(mentions.map((m) => m.ref)).size,
    unmatched: coverage ? coverage.sentences - coverage.matched : 0,
  };
}
