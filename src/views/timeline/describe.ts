// What the timeline shows, in words: its title and its part of a slide's name. Pure.

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
): string {
  const name = selected
    ? selected.kind === 'forum'
      ? `${selected.year} forum`
      : selected.label
    : null;
  return `Timeline · ${window.from}–${window.to}${name ? ` · ${name}` : ''}`;
}

/** The selected forum or milestone, the window of the link, the concept: a slide's name. */
export function describeTimeline(state: TimelineState, index: CorpusIndex): (string | null)[] {
  const milestone = index.corpus.milestones.find((m) => m.id === state.sel);
  return [
    milestone?.label ?? state.sel,
    state.from !== null || state.to !== null ? `${state.from ?? '…'}–${state.to ?? '…'}` : null,
    state.focus === null ? null : (index.conceptById.get(state.focus)?.label ?? state.focus),
  ];
}
