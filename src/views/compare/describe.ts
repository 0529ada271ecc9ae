// What the comparison shows, in words: the years it compares (the link's, or the two latest), its
// title, and its part of a slide's name. Pure: used by the view, the slides and the tests alike.

import type { CorpusIndex } from '$lib/model/corpus-index.ts';
import { defaultComparedYears } from '$lib/model/year-comparison.ts';
import type { UrlState } from '$lib/state/url-state.ts';

type CompareState = Pick<UrlState, 'a' | 'b' | 'theme' | 'focus'>;

/** The two years compared: those of the link, else the two latest (defaultComparedYears). */
export function comparedYears(state: CompareState, index: CorpusIndex): { a: number; b: number } {
  const defaults = defaultComparedYears(index);
  return { a: state.a ?? defaults.a, b: state.b ?? defaults.b };
}

/** The selected theme's or concept's name, if any (a theme bar wins over a concept). */
function selectionName(state: CompareState, index: CorpusIndex): string | null {
  if (state.theme) return index.themeById.get(state.theme)?.label ?? state.theme;
  if (state.focus) return index.conceptById.get(state.focus)?.label ?? state.focus;
  return null;
}

/** "Compare 2023 and 2024 · AI governance": the chart's title. */
export function compareTitle(state: CompareState, index: CorpusIndex): string {
  const { a, b } = comparedYears(state, index);
  const selection = selectionName(state, index);
  return `Compare ${a} and ${b}${selection ? ` · ${selection}` : ''}`;
}

/** "2023 and 2024", then the selection: the view's part of a slide's name. */
export function describeCompare(state: CompareState, index: CorpusIndex): (string | null)[] {
  const { a, b } = comparedYears(state, index);
  return [`${a} and ${b}`, selectionName(state, index)];
}
