import { describe, expect, it } from 'vitest';
import { realInputs } from '../../bench/pipeline.ts';
import { syntheticDocuments } from '../../bench/synthetic-corpus.ts';

describe('syntheticDocuments', () => {
  it('writes documents that use the codebook’s phrases, the same for the same seed', () => {
    const { codebook } = realInputs();
    const docs = syntheticDocuments(codebook, { count: 3, seed: 9, paragraphs: 8 });
    expect(docs.map((d) => d.header.id)).toEqual([
      'synthetic-0001',
      'synthetic-0002',
      'synthetic-0003',
    ]);
    expect(syntheticDocuments(codebook, { count: 3, seed: 9, paragraphs: 8 })).toEqual(docs);
    const phrases = codebook.concepts.flatMap((c) => c.phrases);
    expect(docs.some((d) => phrases.some((p) => d.text.includes(p)))).toBe(true);
  });
});
