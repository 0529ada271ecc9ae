// How a theme shows in running text besides its colour, so that colour is never the only cue: a
// short abbreviation (shown on hover and focus, and in the legend of the reader) and an underline
// style. Abbreviations are the initials of the label's first two words that carry meaning ("Data
// flows and data security" → DF; an acronym stands for itself: "AI governance" → AI), lengthened
// with the next word's initial, then a number, until every theme has its own.

import type { Theme } from '../corpus/types.ts';

export type UnderlineStyle = 'solid' | 'dashed' | 'dotted' | 'double';
const STYLES: readonly UnderlineStyle[] = ['solid', 'dashed', 'dotted', 'double'];

export interface ThemeMark {
  abbreviation: string;
  underline: UnderlineStyle;
}

const MINOR = new Set(['and', 'the', 'of', 'for', 'in', 'on', 'to', 'a', 'an', '&']);

function words(label: string): string[] {
  return label.split(/[\s,;/]+/).filter((w) => w !== '' && !MINOR.has(w.toLowerCase()));
}

function candidates(label: string): string[] {
  const ws = words(label);
  const out: string[] = [];
  const first = ws[0] ?? label;
  const acronym = /^\p{Lu}{2,4}$/u.test(first) ? first : null;
  if (acronym) out.push(acronym);
  const initials = ws.map((w) => w[0]!.toUpperCase());
  for (let n = Math.min(2, initials.length); n <= initials.length; n++)
    out.push(initials.slice(0, n).join(''));
  if (ws.length === 1 && first.length >= 2) out.push(first.slice(0, 2).toUpperCase());
  return out;
}

export function themeMarks(themes: readonly Theme[]): Map<string, ThemeMark> {
  const taken = new Set<string>();
  const marks = new Map<string, ThemeMark>();
  themes.forEach((theme, i) => {
    const options = candidates(theme.label);
    let abbreviation = options.find((c) => !taken.has(c));
    if (abbreviation === undefined) {
      const base = options[0] ?? 'T';
      let n = 2;
      while (taken.has(`${base}${n}`)) n++;
      abbreviation = `${base}${n}`;
    }
    taken.add(abbreviation);
    marks.set(theme.id, { abbreviation, underline: STYLES[i % STYLES.length]! });
  });
  return marks;
}
