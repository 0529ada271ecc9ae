import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { ChineseMatcher } from '../../../src/lib/corpus/chinese-matcher.ts';
import { readCodebook } from '../../../src/lib/corpus/codebook.ts';
import {
  SAME_IN_BOTH,
  TRADITIONAL_TO_SIMPLIFIED,
  foldHan,
} from '../../../src/lib/corpus/han-variants.ts';

const matcher = new ChineseMatcher([
  { ref: 'flow', phrases: ['数据跨境流动', '跨境数据流动', '数据流动'] },
  { ref: 'initiative', phrases: ['全球数据跨境流动合作倡议'] },
  { ref: 'ai', phrases: ['人工智能', 'AI'] },
  { ref: 'ai-gov', phrases: ['人工智能治理', 'AI治理'] },
  { ref: 'infra', phrases: ['5G'] },
]);
const found = (text: string): string[] =>
  matcher.match(text).map((m) => `${m.ref}:${text.slice(m.start, m.end)}`);

describe('ChineseMatcher', () => {
  it('matches runs of characters with exact offsets; the longest match wins', () => {
    expect(found('推动数据跨境流动，支持全球数据跨境流动合作倡议。')).toEqual([
      'flow:数据跨境流动',
      'initiative:全球数据跨境流动合作倡议',
    ]);
    expect(found('加强人工智能治理和AI治理')).toEqual(['ai-gov:人工智能治理', 'ai-gov:AI治理']);
  });

  it('matches Latin acronyms only as whole Latin words, in their case', () => {
    expect(found('发展AI和5G，MAIL不算，ai不算，5GHz不算')).toEqual(['ai:AI', 'infra:5G']);
  });

  it('folds traditional characters and full-width Latin letters, keeping the text’s offsets', () => {
    const text = '推動數據跨境流動與ＡＩ';
    expect(found(text)).toEqual(['flow:數據跨境流動', 'ai:ＡＩ']);
    expect(foldHan(text)).toHaveLength(text.length);
  });

  it('takes a bracketed phrase of the same entry into the mention: 人工智能（AI）', () => {
    expect(found('人工智能（AI）应用')).toEqual(['ai:人工智能（AI）']);
    expect(found('人工智能（5G）')).toEqual(['ai:人工智能', 'infra:5G']);
  });

  it('refuses one phrase for two entries, in either script', () => {
    expect(
      () =>
        new ChineseMatcher([
          { ref: 'a', phrases: ['数据流动'] },
          { ref: 'b', phrases: ['數據流動'] },
        ]),
    ).toThrow(/belongs to both "a" and "b"/);
  });
});

describe('the codebook’s Chinese', () => {
  const codebook = readCodebook({
    path: 'data/codebook.json',
    content: readFileSync('data/codebook.json', 'utf8'),
  });

  it('gives every theme and concept a Chinese label and every concept Chinese phrases', () => {
    expect(codebook.themes.filter((t) => !t.labelZh).map((t) => t.id)).toEqual([]);
    expect(codebook.concepts.filter((c) => !c.labelZh).map((c) => c.id)).toEqual([]);
    expect(codebook.concepts.filter((c) => !c.phrasesZh?.length).map((c) => c.id)).toEqual([]);
  });

  it('has every Han character of its Chinese phrases in the traditional table or known to be alike', () => {
    const simplified = new Set(TRADITIONAL_TO_SIMPLIFIED.values());
    const words = [
      ...codebook.concepts.flatMap((c) => [...(c.phrasesZh ?? []), c.labelZh ?? '']),
      ...codebook.themes.map((t) => t.labelZh ?? ''),
      ...(codebook.namesZh ?? []),
    ];
    const undecided = new Set<string>();
    for (const w of words)
      for (const ch of w)
        if (/\p{Script=Han}/u.test(ch) && !simplified.has(ch) && !SAME_IN_BOTH.includes(ch))
          undecided.add(ch);
    expect([...undecided]).toEqual([]);
  });

  it('matches a traditional-character sentence like its simplified spelling', () => {
    const m = new ChineseMatcher(
      codebook.concepts.map((c) => ({ ref: c.id, phrases: c.phrasesZh ?? [] })),
    );
    const simp =
      '加强数字基础设施互联互通，推动数据跨境流动，弥合数字鸿沟，完善全球人工智能治理体系。';
    const trad =
      '加強數字基礎設施互聯互通，推動數據跨境流動，彌合數字鴻溝，完善全球人工智能治理體系。';
    const refs = (t: string): string[] => m.match(t).map((x) => `${x.ref}@${x.start}-${x.end}`);
    expect(refs(trad)).toEqual(refs(simp));
    expect(m.match(simp).map((x) => x.ref)).toEqual([
      'digital-infrastructure',
      'connectivity',
      'cross-border-data-flow',
      'digital-divide',
      'ai-governance',
    ]);
  });
});
