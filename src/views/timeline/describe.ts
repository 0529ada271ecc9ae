// What the timeline shows, in words: its title and its part of a slide's name. Pure.

import { labelIn } from '$lib/i18n/labels.ts';
import type { Translator } from '$lib/i18n/translator.ts';
import type { CorpusIndex } from '$lib/model/corpus-index.ts';
import type { UrlState } from '$lib/state/url-state.ts';

type TimelineState = Pick<UrlState, 'sel' | 'from' | 'to' | 'focus'>;

/** What is selected, as the title names it: "2024 forum", or a milestone's label. */
export type TimelineSelection =
  { kind: 'forum'; year: number } | { kind: 'milestone'; label: string };

/** "Timeline · 2015–2025 · 2024 forum": the chart's title, for the window on screen. */
export function timelineTitle(
  window: { from: number; to: number },
  selected: TimelineSelection | null,
  tr: Translator,
): string {
  const name = selected
    ? selected.kind === 'forum'
      ? tr.t('timeline.describe.forum', { year: String(selected.year) })
      : selected.label
    : null;
  const title = tr.t('timeline.title', { from: String(window.from), to: String(window.to) });
  return name ? `${title} · ${name}` : title;
}

/** The selected forum or milestone, the window of the link, the concept: a slide's name. */
export function describeTimeline(
  state: TimelineState,
  index: CorpusIndex,
  tr: Translator,
): (string | null)[] {
  const milestone = index.corpus.milestones.find((m) => m.id === state.sel);
  const concept = state.focus === null ? undefined : index.conceptById.get(state.focus);
  return [
    milestone
      ? labelIn({ label: milestone.label, labelZh: milestone.labelZh }, tr.lang)
      : state.sel,
    state.from !== null || state.to !== null ? `${state.from ?? '…'}–${state.to ?? '…'}` : null,
    concept ? labelIn(concept, tr.lang) : state.focus,
  ];
}
