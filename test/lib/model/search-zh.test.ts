import { describe, expect, it } from 'vitest';
import { indexCorpus } from '../../../src/lib/model/corpus-index.ts';
import { kwic, tokens } from '../../../src/lib/model/kwic.ts';
import {
  buildSearchIndexSync,
  phrasePattern,
  searchSentences,
} from '../../../src/lib/model/search.ts';
import { CHINESE_ID, corpusWithChinese } from '../../support/chinese-fixture.ts';

const si = buildSearchIndexSync(indexCorpus(corpusWithChinese()));
const hits = (q: string) =>
  searchSentences(si, q).map((h) => `${h.sentence.doc.id}:${h.sentence.sentence.id}:${h.tier}`);

describe('search in Chinese', () => {
  it('finds a Chinese phrase as a phrase, in the Chinese version only', () => {
    // 数据跨境流动 is said in p3.s2 and p7.s2 of the fixture.
    expect(
      hits('数据跨境流动')
        .filter((h) => h.endsWith(':phrase'))
        .sort(),
    ).toEqual([`${CHINESE_ID}:p3.s2:phrase`, `${CHINESE_ID}:p7.s2:phrase`]);
  });

  it('finds a word the segmenter cuts otherwise in the sentence (跨境 in 数据跨境流动)', () => {
    // 跨境 occurs in p3.s2, p5.s1 (跨境数字基础设施) and p7.s2.
    expect(
      hits('跨境')
        .filter((h) => h.endsWith(':phrase'))
        .sort(),
    ).toEqual([
      `${CHINESE_ID}:p3.s2:phrase`,
      `${CHINESE_ID}:p5.s1:phrase`,
      `${CHINESE_ID}:p7.s2:phrase`,
    ]);
  });

  it('still finds English words in the English text, and Latin words inside Chinese', () => {
    expect(hits('data connectivity')[0]).toBe('2024-chair-statement:p7.s1:phrase');
    expect(hits('GDI').filter((h) => h.startsWith(CHINESE_ID))).toEqual([
      `${CHINESE_ID}:p2.s1:phrase`,
    ]);
  });

  it('cuts a keyword-in-context line of Chinese words either side', () => {
    const hit = searchSentences(si, '算力基础设施').find((h) => h.tier === 'phrase')!;
    // 积极|促进|全球 before, 均衡|布局 after (Intl.Segmenter's words), three either side.
    const line = searchSentences(si, '算力基础设施', { contextWords: 3 }).find(
      (h) => h.tier === 'phrase',
    )!.line;
    expect(hit.sentence.sentence.id).toBe('p5.s1');
    expect(line.match).toBe('算力基础设施');
    expect(line.before).toBe('积极促进全球');
    expect(line.after.startsWith('均衡布局')).toBe(true);
    expect(line.clippedBefore).toBe(true);
  });
});

describe('tokens and phrasePattern for Chinese', () => {
  it('cuts Han runs into words and keeps offsets', () => {
    const text = '推动AI治理。';
    expect(tokens(text).map((t) => [t.text, text.slice(t.start, t.end)])).toEqual([
      ['推动', '推动'],
      ['AI', 'AI'],
      ['治理', '治理'],
    ]);
  });

  it('joins Chinese words with no space and keeps English word boundaries', () => {
    expect(phrasePattern('数据流动')!.test('加强数据流动合作')).toBe(true);
    expect(phrasePattern('data flow')!.test('metadata flows')).toBe(false);
  });

  it('kwic of Chinese', () => {
    const text = '一是推动数字基础设施互联互通；';
    const at = text.indexOf('数字基础设施');
    expect(kwic(text, at, at + 6, 1)).toEqual({
      before: '推动',
      match: '数字基础设施',
      after: '互',
      clippedBefore: true,
      clippedAfter: true,
    });
  });
});
