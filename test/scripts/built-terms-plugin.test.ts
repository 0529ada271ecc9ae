// The file the build writes beside the corpus: the shipped corpus's uncoded terms, exactly as the
// tagging worker finds them (the same extractor, in the worker's request), under that corpus's
// fingerprint.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtTermsFile } from '../../scripts/built-terms-plugin.ts';
import { readBuiltTerms } from '../../src/lib/corpus/built-terms.ts';
import { termsFingerprint } from '../../src/lib/corpus/terms-fingerprint.ts';
import { answerTagRequest } from '../../src/lib/documents/tag-request.ts';
import { realCorpus } from '../support/mini-corpus.ts';

describe('builtTermsFile', () => {
  it('holds the terms the worker would find for the shipped corpus, under its fingerprint', () => {
    const file = readBuiltTerms(
      JSON.parse(builtTermsFile(readFileSync('public/data/corpus.json', 'utf8'))),
    );
    const corpus = realCorpus();
    expect(file?.corpus).toBe(termsFingerprint(corpus));
    expect(file?.terms).toEqual(answerTagRequest({ kind: 'terms', corpus }));
    // The 2024 statement's own wording is there (it is the one full English text).
    expect(file?.terms.documents.map((d) => d.id)).toContain('2024-chair-statement');
    expect(file?.terms.documents[0]?.terms.length).toBeGreaterThan(0);
  });
});
