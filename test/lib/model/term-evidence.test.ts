// Term evidence (the sentences behind an uncoded term), on the hand-written two-year corpus of test/support/two-year-terms.ts.

import { describe, expect, it } from 'vitest';
import { extractUncodedTerms } from '../../../src/lib/corpus/uncoded-terms.ts';
import { indexCorpus } from '../../../src/lib/model/corpus-index.ts';
import { termEvidence } from '../../../src/lib/model/term-evidence.ts';
import { twoYearTermsCorpus } from '../../support/two-year-terms.ts';

const corpus = twoYearTermsCorpus();
const index = indexCorpus(corpus);
const terms = extractUncodedTerms(corpus);
const later = terms.documents.find((d) => d.id === 'later')!;

describe('termEvidence', () => {
  it('gives the sentences that say a term, its words marked', () => {
    const evidence = termEvidence(index, later.terms[0]!);
    expect(evidence.title).toBe('network coverage');
    expect(evidence.titleLang).toBe('en');
    expect(evidence.titleNote).toEqual({ key: 'evidence.notInCodebook' });
    expect(evidence.sentences.map((s) => s.parts)).toEqual([
      [
        { text: 'We support ' },
        { text: 'network coverage', mark: 'network coverage' },
        { text: ' in rural areas.' },
      ],
      [
        { text: 'Network coverage', mark: 'network coverage' },
        { text: ' and data security go together.' },
      ],
    ]);
  });
});
