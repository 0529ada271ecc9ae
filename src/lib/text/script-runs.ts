// Cuts a line into runs of Chinese (Han, with the punctuation between Han characters) and of other
// text, so that a view can mark the Chinese runs lang="zh-CN" where a line quotes a Chinese title
// inside other words (a chart's source line): screen readers then read them as Chinese, and the
// browser walk in both languages sees them as quoted.

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
