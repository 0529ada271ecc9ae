// Theme profile of each document: mentions per theme, per 1,000 words (so an excerpt and a full
// text compare fairly) and as a share of the document's mentions.

import type { Codebook, CorpusDocument, Mention, ThemeShare } from './types.ts';

const round = (x: number, places: number): number => {
  const f = 10 ** places;
  return Math.round(x * f) / f;
};

export function computeThemeShares(
  docs: readonly CorpusDocument[],
  mentions: readonly Mention[],
  codebook: Codebook,
): ThemeShare[] {
  const themeOf = new Map(codebook.concepts.map((c) => [c.id, c.theme]));
  const counts = new Map<string, Map<string, number>>();
  for (const m of mentions) {
    const theme = themeOf.get(m.ref);
    if (theme === undefined) continue;
    const byTheme = counts.get(m.doc) ?? new Map<string, number>();
    byTheme.set(theme, (byTheme.get(theme) ?? 0) + 1);
    counts.set(m.doc, byTheme);
  }
  return docs.flatMap((d) => {
    const byTheme = counts.get(d.id) ?? new Map<string, number>();
    const total = [...byTheme.values()].reduce((a, b) => a + b, 0);
    return codebook.themes.map((t) => {
      const n = byTheme.get(t.id) ?? 0;
      return {
        doc: d.id,
        theme: t.id,
        mentions: n,
        per1000: d.wordCount > 0 ? round((n * 1000) / d.wordCount, 2) : 0,
        share: total > 0 ? round(n / total, 4) : 0,
      };
    });
  });
}
