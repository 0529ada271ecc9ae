import { describe, expect, it } from 'vitest';
import {
  countChineseWords,
  numeralValue,
  segmentChinese,
} from '../../../src/lib/corpus/segment-zh.ts';

const sentencesOf = (text: string): string[] =>
  segmentChinese(text).sentences.map((s) => text.slice(s.start, s.end));

describe('segmentChinese', () => {
  it('ends sentences at 。！？ and at the ； of a list item, keeping closing quotes', () => {
    expect(sentencesOf('加强合作。推动发展！如何落实？一是共建；二是共享；')).toEqual([
      '加强合作。',
      '推动发展！',
      '如何落实？',
      '一是共建；',
      '二是共享；',
    ]);
    expect(sentencesOf('他说：“要加强合作。”随后散会。')).toEqual([
      '他说：“要加强合作。”',
      '随后散会。',
    ]);
  });

  it('never ends a sentence inside a title in 《》, nor at Latin dots (U.S., 3.5, AI.)', () => {
    expect(sentencesOf('各方支持《倡议。草案》的原则。美国U.S.代表出席，增长3.5%。')).toEqual([
      '各方支持《倡议。草案》的原则。',
      '美国U.S.代表出席，增长3.5%。',
    ]);
  });

  it('reads numbered lines without final punctuation as headings: （一）, (二), 一、, 1., 1．, 第三条', () => {
    const text = [
      '（一）加强数字合作',
      '(二)推进数字治理',
      '三、深化交流互鉴',
      '1. 数字基础设施',
      '2．算力',
      '第三条 数据安全',
      '一、这是一个以句号结尾的列表项。',
      '普通段落，没有编号。',
    ].join('\n');
    const { paragraphs } = segmentChinese(text);
    expect(paragraphs.map((p) => [p.kind, p.number])).toEqual([
      ['heading', '一'],
      ['heading', '二'],
      ['heading', '三'],
      ['heading', '1'],
      ['heading', '2'],
      ['heading', '三'],
      ['paragraph', '一'],
      ['paragraph', undefined],
    ]);
  });

  it('keeps exact offsets: every sentence slices back to its text, within its paragraph', () => {
    const text = '  第一段。第二句！\n\n第二段：“引语。”结束；\n';
    const { paragraphs, sentences } = segmentChinese(text);
    expect(paragraphs).toHaveLength(2);
    expect(sentences.map((s) => [s.id, text.slice(s.start, s.end)])).toEqual([
      ['p1.s1', '第一段。'],
      ['p1.s2', '第二句！'],
      ['p2.s1', '第二段：“引语。”'],
      ['p2.s2', '结束；'],
    ]);
  });
});

describe('countChineseWords', () => {
  it('counts Intl.Segmenter words: Chinese words, Latin acronyms and numbers, not punctuation', () => {
    // 推动|数据|跨|境|流动 (5) ，加强|5G|网络 (3) 。 → 8, as the segmenter of Node and Chromium cut it.
    expect(countChineseWords('推动数据跨境流动，加强5G网络。')).toBe(8);
    expect(countChineseWords('，。“”《》')).toBe(0);
  });
});

describe('numeralValue', () => {
  it.each([
    ['一', 1],
    ['九', 9],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['三十五', 35],
    ['7', 7],
    ['甲', null],
  ])('%s → %s', (n, v) => expect(numeralValue(n)).toBe(v));
});
