// Text broken into lines no wider than a width, with widths estimated (no DOM measuring, so the
// same lines come out in the browser, in tests and in exported files): between words, and between
// Chinese characters, never before closing punctuation.

import { approxTextWidth } from './text-width.ts';

/** Han characters, kana and full-width forms: a line may break around any of them. */
const CJK =
  /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uff60]|[^\u2e80-\u9fff\uf900-\ufaff\uff00-\uff60]+/gu;

/** Closing punctuation that never starts a line (it stays with the character before it). */
const NO_LINE_START = /^[，。、；：！？）》」』】〉”’…,.;:!?)\]]/u;

/** The text's breakable pieces: Latin words, and each CJK character, with whether a space precedes. */
function pieces(text: string): { word: string; space: boolean }[] {
  const out: { word: string; space: boolean }[] = [];
  for (const [i, chunk] of text.split(/\s+/).filter(Boolean).entries()) {
    let first = true;
    for (const part of chunk.match(CJK) ?? []) {
      const last = out[out.length - 1];
      if (!first && last && NO_LINE_START.test(part)) last.word += part;
      else out.push({ word: part, space: first && i > 0 });
      first = false;
    }
  }
  return out;
}

export interface WrapOptions {
  bold?: boolean;
  /**
   * Widths estimated a tenth wider (rounded up): a chart's labels, placed once for every font, so
   * that a wider real font still fits.
   */
  generous?: boolean;
  /** A word longer than a line is cut (an exported frame's URL); else it runs over. */
  cutLongWords?: boolean;
}

export function wrapText(
  text: string,
  maxWidth: number,
  fontSize: number,
  options: WrapOptions = {},
): string[] {
  const width = (s: string): number => {
    const w = approxTextWidth(s, fontSize, options.bold ?? false);
    return options.generous ? Math.ceil(w * 1.1) : w;
  };
  const lines: string[] = [];
  let line = '';
  for (const { word, space } of pieces(text)) {
    const next = line ? `${line}${space ? ' ' : ''}${word}` : word;
    if (width(next) <= maxWidth || line === '') {
      line = next;
      while (options.cutLongWords && width(line) > maxWidth && line.length > 1) {
        let cut = line.length - 1;
        while (cut > 1 && width(line.slice(0, cut)) > maxWidth) cut--;
        lines.push(line.slice(0, cut));
        line = line.slice(cut);
      }
    } else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines;
}
