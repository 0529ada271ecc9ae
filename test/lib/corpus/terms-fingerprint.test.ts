// The fingerprint that tells whether the build's uncoded terms belong to the corpus on screen: it
// must change with anything the terms are found from, and only then.

import { describe, expect, it } from 'vitest';
import { termsFingerprint } from '../../../src/lib/corpus/terms-fingerprint.ts';
import type { Corpus } from '../../../src/lib/corpus/types.ts';
import { corpusOfTexts } from '../../support/mini-corpus.ts';

const TEXT = 'We support network coverage in rural areas. Data security matters to us.';
const base = (): Corpus => corpusOfTexts([{ id: 'one', year: 2029, text: TEXT }]);
const copy = (c: Corpus): Corpus => structuredClone(c);

describe('termsFingerprint', () => {
  it('is the same for the same corpus, built again or copied', () => {
    const a = termsFingerprint(base());
    expect(a).toMatch(/^[0-9a-f]{8}$/);
    expect(termsFingerprint(base())).toBe(a);
    expect(termsFingerprint(copy(base()))).toBe(a);
  });

  it('ignores what the terms are not found from (a title)', () => {
    const c = copy(base());
    c.documents[0]!.title = 'Another title';
    expect(termsFingerprint(c)).toBe(termsFingerprint(base()));
  });

  it('changes with a document added, a year, a language, a word, a name or a mention', () => {
    const before = termsFingerprint(base());
    const changed: ((c: Corpus) => Corpus)[] = [
      () =>
        corpusOfTexts([
          { id: 'one', year: 2029, text: TEXT },
          { id: 'two', year: 2030, text: 'Protectionism is harmful.' },
        ]),
      (c) => ((c.documents[0]!.year = 2030), c),
      (c) => ((c.documents[0]!.language = 'zh'), c),
      // Same length, one word changed: "rural" → "urban".
      (c) => ((c.documents[0]!.text = c.documents[0]!.text.replace('rural', 'urban')), c),
      (c) => (c.codebook.names.push('Rural Areas Forum'), c),
      (c) => ((c.mentions[0]!.end += 1), c),
      (c) => (c.mentions.pop(), c),
      (c) => ((c.documents[0]!.sentences[0]!.end -= 1), c),
    ];
    expect(base().mentions.length).toBeGreaterThan(0); // "Data security" is coded
    for (const [i, change] of changed.entries())
      expect(termsFingerprint(change(copy(base()))), `change ${i}`).not.toBe(before);
  });
});
