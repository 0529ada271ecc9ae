// Uncoded terms on small hand-written texts. The mini codebook (test/fixtures/mini) codes "data
// security" and "data flow"; every expected term, count and score below was worked out by hand from
// these texts (the G² arithmetic is written out where it is checked).

import { describe, expect, it } from 'vitest';
import { englishTokenizer, type TermTokenizer } from '../../../src/lib/corpus/term-tokenizer.ts';
import {
  extractUncodedTerms,
  logLikelihood,
  termsInSentences,
  wordingOnlyIn,
} from '../../../src/lib/corpus/uncoded-terms.ts';
import type { Corpus } from '../../../src/lib/corpus/types.ts';
import { corpusOfTexts, realCorpus } from '../../support/mini-corpus.ts';
import { twoYearTermsCorpus } from '../../support/two-year-terms.ts';

// The corpus's words and what in them is coded or a candidate: see two-year-terms.ts.
const twoYears = twoYearTermsCorpus;

const keys = (terms: readonly { key: string }[]) => terms.map((t) => t.key);

describe('extractUncodedTerms', () => {
  it('finds the phrases and words no concept covers, per year, best first', () => {
    const index = extractUncodedTerms(twoYears());
    const later = index.years.find((y) => y.id === '2029')!;
    expect(later.method).toBe('log-likelihood');
    expect(later.words).toBe(19);
    expect(later.wordsElsewhere).toBe(7);
    expect(keys(later.terms)).toEqual([
      'network coverage',
      'protectionism',
      'unilateralism',
      'rural area',
    ]);
    expect(later.terms.map((t) => [t.text, t.count, t.elsewhere])).toEqual([
      ['network coverage', 2, 0],
      ['Protectionism', 1, 0],
      ['unilateralism', 1, 0],
      ['rural areas', 1, 1],
    ]);
    // G² = 2·a·ln(a/E1) with E1 = c(a+b)/(c+d) = 19·2/26: 4·ln(26/19) = 1.25463…
    expect(later.terms[0]!.score).toBeCloseTo(4 * Math.log(26 / 19), 5);
    // Said relatively more in 2028 (1 in 7) than here (1 in 19): a negative score.
    expect(later.terms[3]!.score).toBeLessThan(0);
    expect(later.vocabulary).toEqual([
      'coverage',
      'network coverage',
      'protectionism',
      'rural area',
      'unilateralism',
    ]);
    const earlier = index.years.find((y) => y.id === '2028')!;
    expect(keys(earlier.terms)).toEqual(['rural area']);
  });

  it('keeps per-document scopes and the terms of stop words and codes out', () => {
    const index = extractUncodedTerms(twoYears());
    expect(index.documents.map((d) => d.id)).toEqual(['earlier', 'later']);
    const all = index.documents.flatMap((d) => keys(d.terms));
    for (const coded of ['data security', 'data flow', 'security', 'data', 'we', 'support'])
      expect(all).not.toContain(coded);
  });

  it('gives each occurrence exact offsets, like a mention', () => {
    const corpus = twoYears();
    const index = extractUncodedTerms(corpus);
    const coverage = index.years[1]!.terms[0]!;
    expect(coverage.occurrences).toEqual([
      {
        doc: 'later',
        sentence: 'p1.s1',
        ref: 'network coverage',
        start: 11,
        end: 27,
        text: 'network coverage',
      },
      {
        doc: 'later',
        sentence: 'p1.s2',
        ref: 'network coverage',
        start: 44,
        end: 60,
        text: 'Network coverage',
      },
    ]);
    const text = corpus.documents.find((d) => d.id === 'later')!.text;
    expect(text.slice(44, 60)).toBe('Network coverage');
  });

  it('splits at punctuation and possessives; a hyphen-joined word is one word', () => {
    const index = extractUncodedTerms(
      corpusOfTexts([
        {
          id: 'a',
          year: 2030,
          text: "Grid resilience, grid resilience. The region's grid resilience and cross-border grid resilience.",
        },
      ]),
    );
    const scope = index.documents[0]!;
    expect(scope.method).toBe('frequency');
    expect(scope.terms.map((t) => [t.key, t.count])).toEqual([
      ['grid resilience', 4],
      ['cross-border grid resilience', 1],
    ]);
    // "resilience" and "cross-border grid" are only ever said inside those two.
    expect(scope.vocabulary).toEqual([
      'cross-border grid',
      'cross-border grid resilience',
      'grid resilience',
      'resilience',
    ]);
  });

  it('is deterministic: the same terms whatever order the mentions come in', () => {
    const corpus = twoYears();
    const first = JSON.stringify(extractUncodedTerms(corpus));
    const shuffled: Corpus = { ...corpus, mentions: [...corpus.mentions].reverse() };
    expect(JSON.stringify(extractUncodedTerms(shuffled))).toBe(first);
    expect(JSON.stringify(extractUncodedTerms(twoYears()))).toBe(first);
  });

  it('takes another language through its own tokenizer, and says which documents have none', () => {
    // A toy language where each letter is a word and "x" is a stop word.
    const letters: TermTokenizer = {
      language: 'zz',
      joiner: '',
      words: (text, start, end) =>
        [...text.slice(start, end)].flatMap((ch, i) =>
          /\p{L}/u.test(ch)
            ? [
                {
                  start: start + i,
                  end: start + i + 1,
                  key: ch,
                  stop: ch === 'x',
                  alone: false,
                  ends: true,
                },
              ]
            : [],
        ),
      breaks: (gap) => gap !== '',
    };
    const corpus = corpusOfTexts([{ id: 'z', year: 2031, text: 'abxab.' }]);
    corpus.documents[0]!.language = 'zz';
    expect(extractUncodedTerms(corpus).unsupported).toEqual([{ doc: 'z', language: 'zz' }]);
    const index = extractUncodedTerms(corpus, { tokenizers: { zz: letters } });
    expect(index.documents[0]!.terms.map((t) => [t.key, t.count])).toEqual([['ab', 2]]);
    expect(index.documents[0]!.terms[0]!.occurrences.map((o) => [o.start, o.end])).toEqual([
      [0, 2],
      [3, 5],
    ]);
  });
});

describe('wordingOnlyIn and termsInSentences', () => {
  it('lists the terms one year says and the other does not', () => {
    const index = extractUncodedTerms(twoYears());
    expect(keys(wordingOnlyIn(index, 2029, 2028))).toEqual([
      'network coverage',
      'protectionism',
      'unilateralism',
    ]);
    expect(wordingOnlyIn(index, 2028, 2029)).toEqual([]);
    // Against a year with no text, every term said relatively more here (not "rural area").
    expect(keys(wordingOnlyIn(index, 2029, 1999))).toEqual(keys(wordingOnlyIn(index, 2029, 2028)));
  });

  it('finds the terms said in given sentences', () => {
    const later = extractUncodedTerms(twoYears()).years[1]!;
    const found = termsInSentences(later.terms, new Set(['later:p1.s3']));
    expect(found.map((f) => f.term.key)).toEqual(['protectionism', 'unilateralism']);
  });
});

describe('logLikelihood', () => {
  it('is zero for equal rates and signed by which side says it more', () => {
    expect(logLikelihood(2, 10, 4, 20)).toBeCloseTo(0, 10);
    expect(logLikelihood(5, 10, 0, 10)).toBeGreaterThan(0);
    expect(logLikelihood(0, 10, 5, 10)).toBeLessThan(0);
    expect(logLikelihood(1, 0, 1, 10)).toBe(0);
  });
});

describe('the real corpus', () => {
  it('slices every occurrence back to its words, inside its sentence', () => {
    const corpus = realCorpus();
    const index = extractUncodedTerms(corpus);
    let n = 0;
    for (const scope of [...index.documents, ...index.years])
      for (const term of scope.terms)
        for (const o of term.occurrences) {
          const doc = corpus.documents.find((d) => d.id === o.doc)!;
          const s = doc.sentences.find((x) => x.id === o.sentence)!;
          expect(doc.text.slice(o.start, o.end)).toBe(o.text);
          expect(o.start >= s.start && o.end <= s.end).toBe(true);
          expect(
            englishTokenizer
              .words(o.text, 0, o.text.length)
              .map((w) => w.key)
              .join(' '),
          ).toBe(o.ref);
          n++;
        }
    expect(n).toBeGreaterThan(50);
  });

  it('never returns a term inside a concept mention', () => {
    const corpus = realCorpus();
    const index = extractUncodedTerms(corpus);
    for (const term of index.documents.flatMap((d) => d.terms))
      for (const o of term.occurrences)
        for (const m of corpus.mentions)
          if (m.doc === o.doc) expect(o.end <= m.start || o.start >= m.end).toBe(true);
  });
});
