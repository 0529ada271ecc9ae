// Cuts a line into runs of Chinese (Han, with the punctuation between Han characters) and of other
// text, so that a view can mark the Chinese runs lang="zh-CN" where a line quotes a Chinese title
// inside other words (a chart's source line): screen readers then read them as Chinese, and the
// browser walk in both languages sees them as quoted. And a line's stretches in the other language
// than the page's (languageRuns), for a chart's own lines too.

import type { Translator } from '../i18n/translator.ts';

export interface ScriptRun {
  text: string;
  han: boolean;
}

const HAN_RUN =
  /[\u3400-\u9fff\uf900-\ufaff](?:[\u3000-\u303f\uff00-\uffef\u3400-\u9fff\uf900-\ufaff\d]*[\u3400-\u9fff\uf900-\ufaff\u3001-\u3011\uff01-\uff1f])?/g;

/** The runs of `text`, in order; joined they give `text` back. */
export function scriptRuns(text: string): ScriptRun[] {
  const runs: ScriptRun[] = [];
  let at = 0;
  for (const m of text.matchAll(HAN_RUN)) {
    // Digits written before a Han run belong to it (2024年…).
    let start = m.index;
    while (start > at && /\d/.test(text[start - 1]!)) start--;
    if (start > at) runs.push({ text: text.slice(at, start), han: false });
    runs.push({ text: text.slice(start, m.index + m[0].length), han: true });
    at = m.index + m[0].length;
  }
  if (at < text.length) runs.push({ text: text.slice(at), han: false });
  return runs;
}

/** A stretch of a line, with its language when it is not the page's. */
export interface TextRun {
  text: string;
  lang?: 'en' | 'zh-CN';
}

/** A Latin stretch: from a letter to the last letter, digit or closing mark before other script. */
const LATIN_RUN = /[A-Za-z][A-Za-z0-9'’.,:;&()/\- ]*[A-Za-z0-9’)]|[A-Za-z]/g;

/**
 * A line with the titles it quotes in the other language marked, so that a page can say so
 * (`<span lang="en">`): in a Chinese line each Latin stretch (the titles of English documents and
 * records), in an English line each Chinese one (the 2024 statement's Chinese title).
 */
export function languageRuns(text: string, tr: Translator): TextRun[] {
  if (tr.lang !== 'zh')
    return scriptRuns(text).map((r) =>
      r.han ? { text: r.text, lang: 'zh-CN' } : { text: r.text },
    );
  const runs: TextRun[] = [];
  let at = 0;
  for (const m of text.matchAll(LATIN_RUN)) {
    if (m.index > at) runs.push({ text: text.slice(at, m.index) });
    runs.push({ text: m[0], lang: 'en' });
    at = m.index + m[0].length;
  }
  if (at < text.length) runs.push({ text: text.slice(at) });
  return runs;
}
