// Splits a Chinese text into paragraphs and sentences, with exact character offsets (UTF-16, as
// the app stores the text).
//
// Paragraphs as for English (blank lines, else lines). A paragraph that opens with a number
// ("（一）", "(二)", "一、", "1.", "1．", "1、", "第三条") and has no final punctuation is a heading.
// Sentences end at 。！？ (and ! ?), and at ；, which in a chair's statement ends an item of a list
// ("一是……；二是……") the way the English version's "; " before a capital does. Closing quotes and
// brackets after the mark (”’」』）》) stay with the sentence. A mark inside 《…》 (a title) ends
// nothing. Latin words, digits and acronyms inside (AI, 5G, APEC) need no rule: only the Chinese
// marks end sentences, so "U.S." or "3.5" never do.
//
// Words are counted by Intl.Segmenter (granularity "word", isWordLike segments), so that mentions
// per 1,000 words compare with English texts: "推动数据跨境流动" is 推动|数据|跨|境|流动, 5 words.

import { paragraphRanges, type Segmentation } from './segment.ts';
import type { Paragraph, Sentence } from './types.ts';

// With the headings' numbers; its own module so that the reader's alignment of language versions
// reads numbers without loading the segmenter.
export { numeralValue } from './chinese-numeral.ts';

const NUMERAL = '一二三四五六七八九十百零〇';
const NUMBERED_ZH = new RegExp(
  `^\\s*(?:[（(]([${NUMERAL}]+|\\d{1,3})[）)]|([${NUMERAL}]+)[、.．]|(\\d{1,3})[、.．]|第([${NUMERAL}\\d]+)[章节条部分])\\s*\\S`,
  'u',
);
const MARKDOWN_HEADING = /^\s*#{1,6}\s+\S/;
const FINAL_PUNCTUATION = /[。！？!?；;：:，,][”’」』）)》"']*$/u;
const HEADING_MAX_CHARS = 80;

const ENDS = new Set(['。', '！', '？', '!', '?', '；']);
const CLOSERS = new Set(['”', '’', '」', '』', '）', ')', '》', '"', "'"]);

export function segmentChinese(text: string): Segmentation {
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  for (const [start, end] of paragraphRanges(text)) {
    const id = `p${paragraphs.length + 1}`;
    const body = text.slice(start, end);
    const numbered = NUMBERED_ZH.exec(body);
    const isHeading =
      MARKDOWN_HEADING.test(body) ||
      (numbered !== null && !FINAL_PUNCTUATION.test(body) && body.length <= HEADING_MAX_CHARS);
    const paragraph: Paragraph = { id, start, end, kind: isHeading ? 'heading' : 'paragraph' };
    if (numbered) paragraph.number = numbered[1] ?? numbered[2] ?? numbered[3] ?? numbered[4];
    paragraphs.push(paragraph);
    const ranges = isHeading ? [[start, end] as const] : chineseSentenceRanges(text, start, end);
    ranges.forEach(([s, e], k) =>
      sentences.push({ id: `${id}.s${k + 1}`, paragraph: id, start: s, end: e }),
    );
  }
  return { paragraphs, sentences };
}

function chineseSentenceRanges(text: string, start: number, end: number): [number, number][] {
  const out: [number, number][] = [];
  let from = start;
  let titleDepth = 0;
  for (let i = start; i < end; i++) {
    const c = text[i]!;
    if (c === '《') titleDepth++;
    else if (c === '》') titleDepth = Math.max(0, titleDepth - 1);
    if (titleDepth > 0 || !ENDS.has(c)) continue;
    let j = i + 1;
    while (j < end && (ENDS.has(text[j]!) || CLOSERS.has(text[j]!))) j++;
    push(out, text, from, j);
    from = j;
    i = j - 1;
  }
  push(out, text, from, end);
  return out;
}

function push(out: [number, number][], text: string, s: number, e: number): void {
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  if (s < e) out.push([s, e]);
}

let segmenter: Intl.Segmenter | null = null;

/** Words of text[start, end) as Intl.Segmenter counts them (Chinese dictionary, word-like segments). */
export function countChineseWords(text: string, start = 0, end = text.length): number {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  let n = 0;
  for (const s of segmenter.segment(text.slice(start, end))) if (s.isWordLike) n++;
  return n;
}
