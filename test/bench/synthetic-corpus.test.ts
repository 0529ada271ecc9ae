import { describe, expect, it } from 'vitest';
import { realInputs } from '../../bench/pipeline.ts';
import {
  syntheticDocuments,
  syntheticGraphCorpus,
  syntheticLinks,
} from '../../bench/synthetic-corpus.ts';
import { seededRandom } from '../support/seeded-random.ts';

describe('syntheticLinks', () => {
  it('gives exactly the links asked for, no pair twice, no loop, every concept linked', () => {
    const links = syntheticLinks(seededRandom(3), 50, 120);
    expect(links).toHaveLength(120);
    expect(new Set(links.map(([a, b]) => `${a}~${b}`)).size).toBe(120);
    expect(links.every(([a, b]) => a < b && a >= 0 && b < 50)).toBe(true);
    // Connected: a union-find over the links ends with one set.
    const parent = Array.from({ length: 50 }, (_, i) => i);
    const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
    for (const [a, b] of links) parent[find(a)] = find(b);
    expect(new Set(parent.map((_, i) => find(i))).size).toBe(1);
  });

  it('refuses a graph that cannot exist', () => {
    expect(() => syntheticLinks(seededRandom(1), 4, 7)).toThrow();
    expect(() => syntheticLinks(seededRandom(1), 4, 2)).toThrow();
  });
});

describe('syntheticGraphCorpus', () => {
  const base = realInputs();

  it('builds, through the real pipeline, exactly the concepts and links asked for', () => {
    const corpus = syntheticGraphCorpus(base, {
      concepts: 40,
      links: 90,
      sentencesPerDocument: 25,
    });
    expect(corpus.codebook.concepts).toHaveLength(40);
    expect(corpus.edges.sentence).toHaveLength(90);
    expect(corpus.edges.sentence.every((e) => e.weight === 1 && e.sentences.length === 1)).toBe(
      true,
    );
    expect(new Set(corpus.mentions.map((m) => m.ref)).size).toBe(40);
    expect(corpus.documents).toHaveLength(4); // 90 sentences, 25 a document
    // Every forum year rests on text, none on coded concepts that do not exist here.
    expect(corpus.coded).toEqual([]);
    expect(new Set(corpus.documents.map((d) => d.year))).toEqual(
      new Set(base.records.forums.map((f) => f.year)),
    );
  });

  it('is the same for the same seed', () => {
    const a = syntheticGraphCorpus(base, { concepts: 20, links: 30, seed: 5 });
    const b = syntheticGraphCorpus(base, { concepts: 20, links: 30, seed: 5 });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });
});

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
