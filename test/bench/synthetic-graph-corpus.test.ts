// The synthetic corpus for the graph at scale: exactly the concepts and links asked for, every
// concept said, every link said by one sentence naming both, the same corpus for the same seed.

import { describe, expect, it } from 'vitest';
import { summarise } from '../../bench/graph-metrics.ts';
import { syntheticGraphCorpus } from '../../bench/synthetic-graph-corpus.ts';
import { checkCorpusShape } from '../../src/lib/corpus/corpus-shape.ts';

describe('syntheticGraphCorpus', () => {
  it('has 2,000 concepts and 5,000 links by sentence and by paragraph, each concept said', () => {
    const c = syntheticGraphCorpus({ concepts: 2000, links: 5000 });
    expect(checkCorpusShape(JSON.parse(JSON.stringify(c))).ok).toBe(true);
    expect(c.codebook.concepts).toHaveLength(2000);
    expect(c.codebook.themes).toHaveLength(8);
    expect(c.edges.sentence).toHaveLength(5000);
    expect(c.edges.paragraph).toHaveLength(5000);
    expect(c.mentions).toHaveLength(10_000);
    expect(new Set(c.mentions.map((m) => m.ref)).size).toBe(2000);
    for (const e of c.edges.sentence.slice(0, 200)) expect(e.sentences).toHaveLength(1);
    expect(c.documents.map((d) => d.year)).toEqual([2022, 2023, 2024]);
  });

  it('is the same for the same seed, and another for another seed', () => {
    const a = syntheticGraphCorpus({ concepts: 60, links: 150, seed: 3 });
    expect(JSON.stringify(syntheticGraphCorpus({ concepts: 60, links: 150, seed: 3 }))).toBe(
      JSON.stringify(a),
    );
    expect(
      syntheticGraphCorpus({ concepts: 60, links: 150, seed: 4 }).codebook.concepts[0]!.label,
    ).not.toBe(a.codebook.concepts[0]!.label);
  });

  it('refuses a number of links the concepts cannot carry', () => {
    expect(() => syntheticGraphCorpus({ concepts: 4, links: 7 })).toThrow(/between 3 and 6/);
  });
});

describe('summarise', () => {
  it('gives the median, min and max', () => {
    expect(summarise([5, 1, 3])).toEqual({ median: 3, min: 1, max: 5, runs: [5, 1, 3] });
    expect(summarise([4, 1, 3, 2]).median).toBe(2.5);
  });
});
