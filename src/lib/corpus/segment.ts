// Splits a document's text into paragraphs and sentences, keeping exact character offsets.
//
// Paragraphs: where the text has blank lines, they separate paragraphs (single line breaks are
// wrapping); otherwise every line is a paragraph. A short numbered line without final punctuation
// ("1. Strengthening Inclusive Cooperation…") or a Markdown '#' line is a heading.
//
// Sentences: a '.', '!' or '?' (with any closing quote or bracket) followed by space and a capital,
// digit or opening quote ends a sentence, unless the word before it is an abbreviation (U.N., e.g.,
// No.) or an initial. A ';' followed by a capital ends a list-like clause. "AI." at the end of a
// sentence is a sentence end: only dotted abbreviations are exempt.

import type { Paragraph, Sentence } from './types.ts';

export interface Segmentation {
  paragraphs: Paragraph[];
  sentences: Sentence[];
}

const ABBREVIATIONS = new Set([
  'e.g',
  'i.e',
  'cf',
  'vs',
  'viz',
  'al',
  'approx',
  'ca',
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'st',
  'no',
  'nos',
  'art',
  'arts',
  'para',
  'paras',
  'fig',
  'vol',
  'p',
  'pp',
  'ch',
  'sec',
  'inc',
  'ltd',
  'co',
  'corp',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'gen',
  'gov',
  'sen',
  'rep',
  'amb',
  'h.e',
]);

const HEADING_MAX_WORDS = 25;
const NUMBERED = /^\s*((?:\d{1,3}|[IVXLC]{1,6}|[A-Za-z])[.)])\s+\S/;
const MARKDOWN_HEADING = /^\s*#{1,6}\s+\S/;

export function segmentText(text: string): Segmentation {
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  for (const [start, end] of paragraphRanges(text)) {
    const id = `p${paragraphs.length + 1}`;
    const body = text.slice(start, end);
    const numbered = NUMBERED.exec(body);
    const isHeading =
      MARKDOWN_HEADING.test(body) ||
      (numbered !== null &&
        !/[.;:!?]["'”’)\]]*$/.test(body) &&
        countWords(body) <= HEADING_MAX_WORDS);
    const paragraph: Paragraph = { id, start, end, kind: isHeading ? 'heading' : 'paragraph' };
    if (numbered) paragraph.number = numbered[1]!.slice(0, -1);
    paragraphs.push(paragraph);

    const ranges = isHeading
      ? [[start, end] as const]
      : sentenceRanges(text, start, end, numbered?.[0].length);
    ranges.forEach(([s, e], k) =>
      sentences.push({ id: `${id}.s${k + 1}`, paragraph: id, start: s, end: e }),
    );
  }
  return { paragraphs, sentences };
}

/** Ranges of paragraphs, trimmed of surrounding white space. */
export function paragraphRanges(text: string): [number, number][] {
  const separator = /\n[ \t\r]*\n/.test(text.trim()) ? /\n(?:[ \t\r]*\n)+/g : /\n/g;
  const out: [number, number][] = [];
  let from = 0;
  const push = (s: number, e: number): void => {
    const r = trimRange(text, s, e);
    if (r) out.push(r);
  };
  for (const m of text.matchAll(separator)) {
    push(from, m.index);
    from = m.index + m[0].length;
  }
  push(from, text.length);
  return out;
}

function sentenceRanges(
  text: string,
  start: number,
  end: number,
  skipPrefix: number | undefined,
): [number, number][] {
  const out: [number, number][] = [];
  let from = start;
  // A leading list number ("1. ") is part of the first sentence, not a sentence end.
  let i = skipPrefix ? start + skipPrefix - 1 : start;
  for (; i < end; i++) {
    const c = text[i]!;
    if (c !== '.' && c !== '!' && c !== '?' && c !== ';') continue;
    let j = i + 1;
    while (j < end && /["'”’)\]]/.test(text[j]!)) j++;
    if (j >= end || !/\s/.test(text[j]!)) continue;
    let k = j;
    while (k < end && /\s/.test(text[k]!)) k++;
    if (k >= end) continue;
    const next = text[k]!;
    const startsSentence = c === ';' ? /\p{Lu}/u.test(next) : /[\p{Lu}\d"“'‘(]/u.test(next);
    if (!startsSentence) continue;
    if (c === '.' && isAbbreviation(text, from, i)) continue;
    const r = trimRange(text, from, j);
    if (r) out.push(r);
    from = k;
    i = k - 1;
  }
  const last = trimRange(text, from, end);
  if (last) out.push(last);
  return out;
}

/** Is the '.' at `dot` the end of an abbreviation or an initial rather than a sentence? */
function isAbbreviation(text: string, from: number, dot: number): boolean {
  let w = dot;
  while (w > from && /[\p{L}.]/u.test(text[w - 1]!)) w--;
  const word = text.slice(w, dot);
  if (word === '') return false;
  if (ABBREVIATIONS.has(word.toLowerCase())) return true;
  // Dotted abbreviations such as U.N., U.S.A., P.R.C.: letters each followed by a dot.
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return true;
  // An initial: one capital letter ("J. Smith").
  if (/^\p{Lu}$/u.test(word)) return true;
  return false;
}

function trimRange(text: string, s: number, e: number): [number, number] | null {
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return s < e ? [s, e] : null;
}

// A word: letters and digits, joined by single hyphens, apostrophes or dots ("cross-border", "U.N").
const WORD = /[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*/gu;
const JOINERS = new Set(['-', "'", '’', '.']);

export function countWords(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(WORD)) n++;
  return n;
}

/**
 * The same count as countWords, from the tokens the matcher already cut (runs of letters and
 * digits): tokens joined by a single hyphen, apostrophe or dot are one word. Saves a second pass.
 */
export function wordsInTokens(
  text: string,
  tokens: readonly { start: number; end: number }[],
): number {
  let n = tokens.length;
  for (let k = 1; k < tokens.length; k++) {
    const prevEnd = tokens[k - 1]!.end;
    if (tokens[k]!.start - prevEnd === 1 && JOINERS.has(text[prevEnd]!)) n--;
  }
  return n;
}
