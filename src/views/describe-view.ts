// How a state of each view is named (a slide's name): each view's describe.ts, one per route, checked
// by the type. Apart from the registry, so that only the slides (the share tools) load these, not
// the entry script.

import { labelIn } from '../lib/i18n/labels.ts';
import type { Translator } from '../lib/i18n/translator.ts';
import type { CorpusIndex } from '../lib/model/corpus-index.ts';
import type { Route, UrlState } from '../lib/state/url-state.ts';
import { describeCompare } from './compare/describe.ts';
import { describeGraph } from './graph/describe.ts';
import { describeMap } from './map/describe.ts';
import { describeReader } from './reader/describe.ts';
import { viewFor } from './registry.ts';
import { describeTimeline } from './timeline/describe.ts';

/** Each view's part of a slide's name, from its state (describeView adds label and themes). */
const DESCRIBE: {
  [R in Route]: (state: UrlState, index: CorpusIndex, tr: Translator) => (string | null)[];
} = {
  graph: describeGraph,
  timeline: describeTimeline,
  compare: describeCompare,
  map: describeMap,
  read: describeReader,
};

/** A short name for a view's state: "Concept graph · AI governance · 2024". */
export function describeView(state: UrlState, index: CorpusIndex, tr: Translator): string {
  const parts: (string | null)[] = [
    tr.t(viewFor(state.route).label),
    ...DESCRIBE[state.route](state, index, tr),
  ];
  if (state.themes !== null) {
    const only = state.themes.length === 1 ? index.themeById.get(state.themes[0]!) : undefined;
    parts.push(
      only
        ? labelIn(only, tr.lang)
        : state.themes.length === 1
          ? state.themes[0]!
          : tr.t('shell.themeCount', { count: state.themes.length }),
    );
  }
  return parts.filter((p): p is string => p !== null && p !== '').join(' · ');
}
