// The comparison's wording, the terms around a concept and the reader's term marks,
// on the hand-written two-year corpus of test/support/two-year-terms.ts.

import { describe, expect, it } from 'vitest';
import { extractUncodedTerms } from '../../../src/lib/corpus/uncoded-terms.ts';
import { indexCorpus } from '../../../src/lib/model/corpus-index.ts';
import { readerParagraphs } from '../../../src/lib/model/reader-text.ts';
import { compareWording, termMarks, termsAround } from '../../../src/lib/model/terms-said.ts';
import { twoYearTermsCorpus } from '../../support/two-year-terms.ts';

const corpus = twoYearTermsCorpus();
const index = indexCorpus(corpus);
const terms = extractUncodedTerms(corpus);
const later = terms.documents.find((d) => d.id === 'later')!;

describe('compareWording', () => {
  it('lists new wording and wording no longer used, and says when a year has no text', () => {
    const w = compareWording(terms, 2028, 2029);
    expect(w.added.map((t) => t.key)).toEqual([
      'network coverage',
      'protectionism',
      'unilateralism',
    ]);
    expect(w.dropped).toEqual([]);
    expect(compareWording(terms, 2029, 2029).added).toEqual([]);
    expect(compareWording(terms, 2027, 2029)).toEqual({
      added: [],
      dropped: [],
      hasText: { a: false, b: true },
    });
  });
});

describe('termsAround', () => {
  it('counts the terms said in given sentences only', () => {
    expect(termsAround(terms, new Set(['later:p1.s1']))).toEqual([
      { key: 'network coverage', text: 'network coverage', count: 1 },
      { key: 'rural area', text: 'rural areas', count: 1 },
    ]);
  });
});

describe('termMarks and the reader', () => {
  it('marks each term once, the better-ranked first, cut into the reader’s parts', () => {
    const marks = termMarks(later.terms);
    expect(marks.map((m) => m.text)).toEqual([
      'network coverage',
      'rural areas',
      'Network coverage',
      'Protectionism',
      'unilateralism',
    ]);
    const doc = corpus.documents.find((d) => d.id === 'later')!;
    const paragraphs = readerParagraphs(index, doc, marks);
    expect(paragraphs[0]!.sentences[1]!.parts).toEqual([
      { text: 'Network coverage', term: 'network coverage' },
      { text: ' and ' },
      { text: 'data security', concept: 'data-security', theme: 'data' },
      { text: ' go together.' },
    ]);
  });
});
