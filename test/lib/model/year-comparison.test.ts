import { describe, expect, it } from 'vitest';
import { indexCorpus } from '../../../src/lib/model/corpus-index.ts';
import {
  compareYears,
  defaultComparedYears,
  type ComparedConcept,
} from '../../../src/lib/model/year-comparison.ts';
import { corpusWithAdded2029, threeYearCorpus } from '../../support/forum-fixtures.ts';
import { miniCorpus } from '../../support/mini-corpus.ts';

const ids = (list: ComparedConcept[]) => list.map((c) => c.concept.id);

describe('compareYears', () => {
  // Codebook order: data-flow, data-security, artificial-intelligence, ai-governance, computing, coded-only.
  it('record year against text year: both, dropped and new, each with how it is known', () => {
    // 2029's record codes coded-only and data-flow; 2030's text says data-flow, data-security,
    // artificial-intelligence, ai-governance, computing.
    const c = compareYears(indexCorpus(miniCorpus()), 2029, 2030);
    expect(ids(c.both)).toEqual(['data-flow']);
    expect(ids(c.onlyA)).toEqual(['coded-only']);
    expect(ids(c.onlyB)).toEqual([
      'data-security',
      'artificial-intelligence',
      'ai-governance',
      'computing',
    ]);
    expect(c.both[0]!.a).toEqual({ year: 2029, mentions: 0, coded: true });
    expect(c.both[0]!.b).toEqual({ year: 2030, mentions: 3, coded: false });
    expect(c.a.basisLabel).toBe('2029: coded from its published record, all of it');
    expect(c.b.basis).toBe('text');
    expect(c.themes.map((t) => [t.themeId, t.a.share, t.b.share])).toEqual([
      ['data', 0.5, 0.5],
      ['ai', 0, 0.375],
      ['infra', 0.5, 0.125],
    ]);
  });

  it('two fixture documents: a text added for 2029 replaces its record with no code change', () => {
    // 2029's added text says data-security, computing, ai-governance; the record's coded-only is gone.
    const c = compareYears(indexCorpus(corpusWithAdded2029()), 2029, 2030);
    expect(c.a.basis).toBe('text');
    expect(c.a.basisLabel).toBe('2029: matched in its full text');
    expect(ids(c.both)).toEqual(['data-security', 'ai-governance', 'computing']);
    expect(ids(c.onlyA)).toEqual([]);
    expect(ids(c.onlyB)).toEqual(['data-flow', 'artificial-intelligence']);
    expect(c.both.map((x) => [x.a?.mentions, x.b?.mentions])).toEqual([
      [1, 1],
      [1, 1],
      [1, 1],
    ]);
  });

  it('keeps only the chosen themes', () => {
    const c = compareYears(indexCorpus(miniCorpus()), 2029, 2030, { themes: ['ai'] });
    expect(ids(c.onlyB)).toEqual(['artificial-intelligence', 'ai-governance']);
    expect(c.both).toEqual([]);
    expect(c.themes.map((t) => t.themeId)).toEqual(['ai']);
  });

  it('the swapped order swaps dropped and new', () => {
    const c = compareYears(indexCorpus(miniCorpus()), 2030, 2029);
    expect(ids(c.onlyA)).toEqual([
      'data-security',
      'artificial-intelligence',
      'ai-governance',
      'computing',
    ]);
    expect(ids(c.onlyB)).toEqual(['coded-only']);
  });

  it('defaults to the two latest years', () => {
    expect(defaultComparedYears(indexCorpus(miniCorpus()))).toEqual({ a: 2029, b: 2030 });
    // Three years: the second-to-last and the last, not the first two.
    expect(defaultComparedYears(indexCorpus(threeYearCorpus()))).toEqual({ a: 2030, b: 2031 });
  });

  it('on three years, 2031 against 2030: what the new text says and the old one does not', () => {
    // 2031 says data security and satellite constellation (coded-only); 2030 (fixture statement)
    // says data-flow, data-security, artificial-intelligence, ai-governance, computing.
    const c = compareYears(indexCorpus(threeYearCorpus()), 2030, 2031);
    expect(ids(c.both)).toEqual(['data-security']);
    expect(ids(c.onlyB)).toEqual(['coded-only']);
    expect(ids(c.onlyA)).toEqual([
      'data-flow',
      'artificial-intelligence',
      'ai-governance',
      'computing',
    ]);
  });
});
