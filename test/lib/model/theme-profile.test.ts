import { describe, expect, it } from 'vitest';
import { indexCorpus } from '../../../src/lib/model/corpus-index.ts';
import { basisLabel, themeProfile } from '../../../src/lib/model/theme-profile.ts';
import { enTr, zhTr } from '../../support/i18n.ts';
import { corpusWithAdded2029 } from '../../support/forum-fixtures.ts';
import { miniCorpus } from '../../support/mini-corpus.ts';

const rows = (p: ReturnType<typeof themeProfile>) =>
  p.rows.map((r) => [r.theme.id, r.count, r.per1000, r.share]);

describe('themeProfile', () => {
  const index = indexCorpus(miniCorpus());

  it('text year: mentions per theme, per 1,000 words and as shares (fixture statement, 44 words)', () => {
    // data: data-flow ×3 + data-security ×1; ai: ai-governance ×1 + artificial-intelligence ×2; infra: computing ×1.
    const p = themeProfile(index, 2030);
    expect(p.basis).toBe('text');
    expect(p.total).toBe(8);
    expect(p.wordCount).toBe(44);
    expect(rows(p)).toEqual([
      ['data', 4, 90.91, 0.5],
      ['ai', 3, 68.18, 0.375],
      ['infra', 1, 22.73, 0.125],
    ]);
    expect(basisLabel(p.yearBasis, enTr)).toBe('2030: matched in its full text');
    expect(p.source).toBe('https://example.org/fixture');
  });

  it('record year: coded concepts per theme, no per-1,000 figure, marked as coded', () => {
    // 2029's record codes coded-only (infra) and data-flow (data).
    const p = themeProfile(index, 2029);
    expect(p.basis).toBe('record');
    expect(p.total).toBe(2);
    expect(p.wordCount).toBeNull();
    expect(rows(p)).toEqual([
      ['data', 1, null, 0.5],
      ['ai', 0, null, 0],
      ['infra', 1, null, 0.5],
    ]);
    expect(basisLabel(p.yearBasis, enTr)).toBe('2029: coded from its published record, all of it');
    expect(p.source).toBe('https://example.org/2029');
  });

  it('a year with no forum and no text has an empty profile that says so', () => {
    const p = themeProfile(index, 2031);
    expect(p.basis).toBe('none');
    expect(p.total).toBe(0);
    expect(basisLabel(p.yearBasis, enTr)).toBe('2031: no text and no coded record');
    expect(basisLabel(p.yearBasis, zhTr)).toBe('2031年：既无文本，也无编码记录');
  });

  it('says a record year in Chinese, its extent left in the data’s own words', () => {
    const p = themeProfile(index, 2029);
    expect(basisLabel(p.yearBasis, zhTr)).toBe('2029年：依据其公开记录编码，记录范围：all of it');
  });

  it('a full text added for a record year makes it a text year (11 words, one mention per theme)', () => {
    const p = themeProfile(indexCorpus(corpusWithAdded2029()), 2029);
    expect(p.basis).toBe('text');
    expect(rows(p)).toEqual([
      ['data', 1, 90.91, 1 / 3],
      ['ai', 1, 90.91, 1 / 3],
      ['infra', 1, 90.91, 1 / 3],
    ]);
  });
});
