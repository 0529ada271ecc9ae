// What the comparison shows, in words: the years it compares (the link's, or the two latest), its
// title, and its part of a slide's name. Pure: used by the view, the slides and the tests alike.

import { labelIn } from '$lib/i18n/labels.ts';
import type { Translator } from '$lib/i18n/translator.ts';
import type { CorpusIndex } from '$lib/model/corpus-index.ts';
import { defaultComparedYears } from '$lib/model/forum-years.ts';
import type { UrlState } from '$lib/state/url-state.ts';

type CompareState = Pick<UrlState, 'a' | 'b' | 'theme' | 'focus'>;

/** The two years compared: those of the link, else the two latest (defaultComparedYears). */
export function comparedYears(state: CompareState, index: CorpusIndex): { a: number; b: number } {
  const defaults = defaultComparedYears(index);
  return { a: state.a ?? defaults.a, b: state.b ?? defaults.b };
}

/** The selected theme's or concept's name, if any (a theme bar wins over a concept). */
function selectionName(state: CompareState, index: CorpusIndex, tr: Translator): string | null {
  const item = state.theme
    ? index.themeById.get(state.theme)
    : state.focus
      ? index.conceptById.get(state.focus)
      : undefined;
  return item ? labelIn(item, tr.lang) : (state.theme ?? state.focus ?? null);
}

/** "Compare 2023 and 2024 · AI governance": the chart's title. */
export function compareTitle(state: CompareState, index: CorpusIndex, tr: Translator): string {
  const { a, b } = comparedYears(state, index);
  const selection = selectionName(state, index, tr);
  const title = tr.t('compare.title', { a: String(a), b: String(b) });
  return selection ? `${title} · ${selection}` : title;
}

/** "2023 and 2024", then the selection: the view's part of a slide's name. */
export function describeCompare(
  state: CompareState,
  index: CorpusIndex,
  tr: Translator,
): (string | null)[] {
  const { a, b } = comparedYears(state, index);
  return [
    tr.t('compare.describe.years', { a: String(a), b: String(b) }),
    selectionName(state, index, tr),
  ];
}
