// Reading the build's uncoded-terms file: its shape is checked before the app trusts it.

import { describe, expect, it } from 'vitest';
import { readBuiltTerms } from '../../../src/lib/corpus/built-terms.ts';

const terms = { documents: [], years: [], unsupported: [] };

describe('readBuiltTerms', () => {
  it('accepts a fingerprint with a term index', () => {
    expect(readBuiltTerms({ corpus: '0badf00d', terms })).toEqual({ corpus: '0badf00d', terms });
  });

  it.each([
    ['nothing', null],
    ['a list', []],
    ['no fingerprint', { terms }],
    ['a number for a fingerprint', { corpus: 1, terms }],
    ['no terms', { corpus: 'x' }],
    ['terms without years', { corpus: 'x', terms: { documents: [], unsupported: [] } }],
    ['a string for documents', { corpus: 'x', terms: { ...terms, documents: 'a' } }],
  ])('rejects %s', (_, json) => {
    expect(readBuiltTerms(json)).toBeNull();
  });
});
