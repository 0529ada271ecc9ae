import { describe, expect, it } from 'vitest';
import { indexCorpus } from '../../../src/lib/model/corpus-index.ts';
import {
  compareYears,
  comparisonHeadline,
  conceptSetTexts,
  defaultComparedYears,
  formatThemeValue,
  type ComparedConcept,
} from '../../../src/lib/model/year-comparison.ts';
import { corpusWithAdded2029, threeYearCorpus } from '../../support/forum-fixtures.ts';
import { miniCorpus } from '../../support/mini-corpus.ts';
import { enTr, zhTr } from '../../support/i18n.ts';
import { basisLabel } from '../../../src/lib/model/theme-profile.ts';

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
    expect(basisLabel(c.a.yearBasis, enTr)).toBe(
      '2029: coded from its published record, all of it',
    );
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
    expect(basisLabel(c.a.yearBasis, enTr)).toBe('2029: matched in its full text');
    expect(ids(c.both)).toEqual(['data-security', 'ai-governance', 'computing']);
    expect(ids(c.onlyA)).toEqual([]);
    expect(ids(c.onlyB)).toEqual(['data-flow', 'artificial-intelligence']);
    expect(c.both.map((x) => [x.a?.mentions, x.b?.mentions])).toEqual([
      [1, 1],
      [1, 1],
      [1, 1],
    ]);
  });

  it('a record against a text: both sides count distinct concepts per theme', () => {
    // 2029's record: data-flow (data), coded-only (infra): 2 concepts. 2030's text: data-flow,
    // data-security (data), artificial-intelligence, ai-governance (ai), computing (infra): 5.
    const c = compareYears(indexCorpus(miniCorpus()), 2029, 2030);
    expect(c.unit).toBe('concepts');
    expect(c.conceptTotals).toEqual({ a: 2, b: 5 });
    expect(c.themes.map((t) => [t.themeId, t.count.a, t.count.b, t.value.a, t.value.b])).toEqual([
      ['data', 1, 2, 0.5, 0.4],
      ['ai', 0, 2, 0, 0.4],
      ['infra', 1, 1, 0.5, 0.2],
    ]);
    expect(formatThemeValue(c.unit, c.themes[0]!.value.b, enTr)).toBe('40%');
  });

  it('against a record, what the other year says is "not in the available record", not new', () => {
    const c = compareYears(indexCorpus(miniCorpus()), 2029, 2030);
    expect(c.partial).toEqual({ a: true, b: false });
    expect(conceptSetTexts(c, enTr).map((t) => t.heading)).toEqual([
      'In both (1)',
      'Only in 2029: dropped concepts (1)',
      'Only in 2030; not in 2029’s available record (4)',
    ]);
    expect(comparisonHeadline(c, enTr)).toBe(
      '2029 → 2030: 1 concept in both; 4 only in 2030 (not in 2029’s available record: all of it); 1 dropped (only in 2029).',
    );
    // Swapped, the record is the second year: its missing part bounds the first year's set.
    const swapped = compareYears(indexCorpus(miniCorpus()), 2030, 2029);
    expect(conceptSetTexts(swapped, enTr)[1]!.heading).toBe(
      'Only in 2030; not in 2029’s available record (4)',
    );
  });

  it('two full texts compare mentions per 1,000 words, and call the sets new and dropped', () => {
    const c = compareYears(indexCorpus(corpusWithAdded2029()), 2029, 2030);
    expect(c.unit).toBe('per1000');
    expect(c.partial).toEqual({ a: false, b: false });
    for (const t of c.themes) {
      expect(t.value).toEqual({ a: t.a.per1000, b: t.b.per1000 });
      expect(t.count).toEqual({ a: t.a.count, b: t.b.count });
    }
    expect(conceptSetTexts(c, enTr).map((t) => t.heading)).toEqual([
      'In both (3)',
      'Only in 2029: dropped concepts (0)',
      'Only in 2030: new concepts (2)',
    ]);
    expect(formatThemeValue('per1000', 4.25, enTr)).toBe('4.3 per 1,000 words');
  });

  it('says the sets, headline and values in Chinese, with the years as years', () => {
    const c = compareYears(indexCorpus(miniCorpus()), 2029, 2030);
    expect(conceptSetTexts(c, zhTr).map((t) => t.heading)).toEqual([
      '两年都有（1）',
      '仅见于2029年：不再提及的概念（1）',
      '仅见于2030年；不见于2029年现有的记录（4）',
    ]);
    expect(conceptSetTexts(c, zhTr)[2]!.note).toBe(
      '2030年提到，2029年现有的记录中没有；现缺的部分或许提到。',
    );
    expect(comparisonHeadline(c, zhTr)).toBe(
      '2029年 → 2030年：两年共有1个概念；4个仅见于2030年（不见于2029年现有的记录：all of it）；1个不再提及（仅见于2029年）。',
    );
    expect(basisLabel(c.b.yearBasis, zhTr)).toBe('2030年：在全文中匹配');
    expect(formatThemeValue('per1000', 4.25, zhTr)).toBe('每千词4.3次');
    expect(formatThemeValue('concepts', 0.4, zhTr)).toBe('40%');
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
