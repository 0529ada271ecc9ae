import { describe, expect, it } from 'vitest';
import { indexCorpus } from '../../../src/lib/model/corpus-index.ts';
import {
  linkedSentences,
  otherVersion,
  parallelView,
} from '../../../src/lib/model/parallel-view.ts';
import { enTr, zhTr } from '../../support/i18n.ts';
import { CHINESE_ID, ENGLISH_ID, corpusWithChinese } from '../../support/chinese-fixture.ts';

const index = indexCorpus(corpusWithChinese());
const en = index.documentById.get(ENGLISH_ID)!;
const zh = index.documentById.get(CHINESE_ID)!;

describe('parallelView', () => {
  it('puts the counted version on the left, whichever document is opened', () => {
    expect(otherVersion(index, en)?.id).toBe(CHINESE_ID);
    expect(otherVersion(index, zh)?.id).toBe(ENGLISH_ID);
    const fromZh = parallelView(index, zh, en, enTr);
    expect([fromZh.a.id, fromZh.b.id]).toEqual([ENGLISH_ID, CHINESE_ID]);
    expect(fromZh.names).toEqual(['English', 'Chinese']);
  });

  it('draws a row per aligned pair, the difference said in words, and a summary', () => {
    const v = parallelView(index, en, zh, enTr);
    expect(v.rows).toHaveLength(16);
    expect(v.rows[2]!.differences).toEqual([
      'The English says “AI” (Artificial intelligence) here; the Chinese does not.',
    ]);
    expect(v.rows.filter((r) => r.differences.length > 0)).toHaveLength(1);
    expect(v.summary).toBe(
      '7 aligned paragraph pairs: 6 say the same concepts. The translation check finds 1 concept said only in the English and 0 concepts only in the Chinese; 9 paragraphs without a counterpart are not compared.',
    );
    // The Chinese side carries its underlines (version mentions reach the reader).
    const parts = v.rows[4]!.b!.sentences[0]!.parts.filter((p) => p.concept);
    expect(parts.map((p) => p.text)).toEqual([
      '跨境数字基础设施项目',
      '通信基础设施',
      '算力基础设施',
      '新型数字基础设施',
      '互联互通',
    ]);
  });

  it('says the same in Chinese: names, differences, notes and the summary', () => {
    const v = parallelView(index, en, zh, zhTr);
    expect(v.names).toEqual(['英文', '中文']);
    expect(v.rows[2]!.differences).toEqual(['英文版本此处提到“AI”（人工智能），中文版本没有。']);
    expect(v.summary).toBe(
      '7对已对齐的段落中，6对提到的概念相同。翻译核对发现：1个概念仅见于英文版本，0个概念仅见于中文版本；9个段落没有对应段落，未作比较。',
    );
    const english = parallelView(index, en, zh, enTr);
    const noted = english.rows.findIndex((r) => r.note !== undefined);
    expect(noted).toBeGreaterThanOrEqual(0);
    expect(v.rows[noted]!.note).toMatch(/^(英文|中文)版本中没有对应段落$|仅按段落对齐$|：未对齐$/);
  });

  it('links a sentence on either side to its counterpart, or to nothing where sentences do not pair', () => {
    const v = parallelView(index, en, zh, enTr);
    expect(linkedSentences(v, ENGLISH_ID, 'p7.s2')).toEqual({ a: 'p7.s2', b: 'p7.s2' });
    expect(linkedSentences(v, CHINESE_ID, 'p3.s1')).toEqual({ a: 'p3.s1', b: 'p3.s1' });
    expect(linkedSentences(v, ENGLISH_ID, 'p1.s2')).toEqual({ a: 'p1.s2', b: null });
    expect(linkedSentences(v, ENGLISH_ID, null)).toEqual({ a: null, b: null });
  });
});
