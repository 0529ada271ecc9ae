// The tagging worker's one function, which the main thread also runs where no worker starts: it
// tags a reader's document with the codebook, and finds the uncoded terms of a corpus.

import { describe, expect, it } from 'vitest';
import { answerTagRequest } from '../../../src/lib/documents/tag-request.ts';
import type { Corpus } from '../../../src/lib/corpus/types.ts';
import type { TermIndex } from '../../../src/lib/corpus/uncoded-terms.ts';
import { miniCorpus } from '../../support/mini-corpus.ts';
import { storedDocument } from '../../support/stored-document.ts';

describe('answerTagRequest', () => {
  it('tags a stored document into the corpus, its sentences matched against the codebook', () => {
    const base = miniCorpus();
    const doc = storedDocument('my-note', 'We talked about AI governance at length. Nothing else.');
    const corpus = answerTagRequest({ kind: 'tag', base, docs: [doc], concepts: [] }) as Corpus;
    expect(corpus.documents.map((d) => d.id)).toContain('my-note');
    const mine = corpus.mentions.filter((m) => m.doc === 'my-note');
    expect(mine.map((m) => m.ref)).toContain('ai-governance');
    expect(base.documents.map((d) => d.id)).not.toContain('my-note');
  });

  it('finds the uncoded terms of a corpus, one scope per document', () => {
    const base = miniCorpus();
    const terms = answerTagRequest({ kind: 'terms', corpus: base }) as TermIndex;
    expect(terms.documents.map((s) => s.id).sort()).toEqual(base.documents.map((d) => d.id).sort());
  });
});
