// Keyword in context: a match with a few words either side, cut from its sentence. The line says
// where it was cut, so that a view can show an ellipsis there and nowhere else.

export interface KwicLine {
  before: string;
  match: string;
  after: string;
  /** The sentence has more words before `before`. */
  clippedBefore: boolean;
  /** The sentence has more words after `after`. */
  clippedAfter: boolean;
}

/**
 * A word for search and for counting context: a run of characters that are neither space nor
 * punctuation; a run with Chinese characters is cut further by Intl.Segmenter (see tokens).
 */
export const TOKEN = /[^\s\p{Z}\p{P}]+/gu;

export interface Token {
  text: string;
  start: number;
  end: number;
}

export function tokens(text: string): Token[] {
  const out: Token[] = [];
  const han = HAN.test(text);
  for (const m of text.matchAll(TOKEN)) {
    // Chinese has no spaces: a run of Han characters is cut into words by Intl.Segmenter.
    if (han && HAN.test(m[0])) {
      for (const w of chineseWords(m[0]))
        out.push({ text: w.text, start: m.index + w.start, end: m.index + w.end });
    } else out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}

const HAN = /\p{Script=Han}/u;
let segmenter: Intl.Segmenter | null = null;

/** Words of a run without spaces, as Intl.Segmenter cuts them (Latin and digits inside kept whole). */
export function chineseWords(run: string): Token[] {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  const out: Token[] = [];
  for (const s of segmenter.segment(run))
    if (s.isWordLike)
      out.push({ text: s.segment, start: s.index, end: s.index + s.segment.length });
  return out;
}

const HAS_WORD = /[^\s\p{Z}\p{P}]/u;

/**
 * The line for `text.slice(start, end)` with up to `words` words either side. White space is
 * collapsed to single spaces; punctuation next to the window's ends is kept when nothing but
 * punctuation lies beyond it.
 */
export function kwic(text: string, start: number, end: number, words = 6): KwicLine {
  const s = Math.max(0, Math.min(start, text.length));
  const e = Math.max(s, Math.min(end, text.length));

  const n = Math.max(0, Math.floor(words));

  const left = tokens(text.slice(0, s));
  let from = left.length <= n ? 0 : n === 0 ? s : left[left.length - n]!.start;
  if (!HAS_WORD.test(text.slice(0, from))) from = 0;

  const right = tokens(text.slice(e));
  let to = right.length <= n ? text.length : n === 0 ? e : e + right[n - 1]!.end;
  if (!HAS_WORD.test(text.slice(to))) to = text.length;

  const squash = (t: string): string => t.replace(/\s+/g, ' ');
  return {
    before: squash(text.slice(from, s)),
    match: squash(text.slice(s, e)),
    after: squash(text.slice(e, to)),
    clippedBefore: from > 0,
    clippedAfter: to < text.length,
  };
}
