// The five views: their names, what they are for, how a state of each is named, and their code,
// loaded when first opened so that the entry script stays small. One entry per route, checked by
// the type (`satisfies Record<Route, …>`): a route without a view, or a view without a route, does
// not compile (README "Add a view").

import type { Component } from 'svelte';
import type { MessageKey, MessagePart } from '../lib/i18n/catalogue.ts';
import { labelIn } from '../lib/i18n/labels.ts';
import type { Translator } from '../lib/i18n/translator.ts';
import type { CorpusIndex } from '../lib/model/corpus-index.ts';
import type { AppState } from '../lib/state/app-state.svelte.ts';
import { ROUTES, type Route, type UrlState } from '../lib/state/url-state.ts';
import { describeCompare } from './compare/describe.ts';
import { describeGraph } from './graph/describe.ts';
import { describeMap } from './map/describe.ts';
import { describeReader } from './reader/describe.ts';
import { describeTimeline } from './timeline/describe.ts';

export interface ViewProps {
  app: AppState;
}

export interface ViewInfo {
  route: Route;
  /** Navigation label. */
  label: MessageKey;
  /** Heading of the view. */
  title: MessageKey;
  /** One line on what the view answers. */
  purpose: MessageKey;
  /** The view's part of a slide's name, from its state (describeView adds label and themes). */
  describe: (state: UrlState, index: CorpusIndex, tr: Translator) => (string | null)[];
  load: () => Promise<{ default: Component<ViewProps> }>;
}

/** A view's code, once its own messages are there too (no key shows while they load). */
function withMessages<M>(code: Promise<M>, part: MessagePart): Promise<M> {
  return Promise.all([code, import('./view-messages.ts').then((m) => m.viewMessages(part))]).then(
    ([m]) => m,
  );
}

export const VIEW_BY_ROUTE = {
  graph: {
    route: 'graph',
    label: 'shell.view.graph.label',
    title: 'shell.view.graph.title',
    purpose: 'shell.view.graph.purpose',
    describe: describeGraph,
    load: () => withMessages(import('./graph/GraphRoute.svelte'), 'graph'),
  },
  timeline: {
    route: 'timeline',
    label: 'shell.view.timeline.label',
    title: 'shell.view.timeline.title',
    purpose: 'shell.view.timeline.purpose',
    describe: describeTimeline,
    load: () => withMessages(import('./timeline/TimelineView.svelte'), 'timeline'),
  },
  compare: {
    route: 'compare',
    label: 'shell.view.compare.label',
    title: 'shell.view.compare.title',
    purpose: 'shell.view.compare.purpose',
    describe: describeCompare,
    load: () => withMessages(import('./compare/CompareView.svelte'), 'compare'),
  },
  map: {
    route: 'map',
    label: 'shell.view.map.label',
    title: 'shell.view.map.title',
    purpose: 'shell.view.map.purpose',
    describe: describeMap,
    load: () => withMessages(import('./map/MapView.svelte'), 'map'),
  },
  read: {
    route: 'read',
    label: 'shell.view.read.label',
    title: 'shell.view.read.title',
    purpose: 'shell.view.read.purpose',
    describe: describeReader,
    load: () => withMessages(import('./reader/ReaderView.svelte'), 'reader'),
  },
} as const satisfies { [R in Route]: ViewInfo & { route: R } };

/** The views in navigation order (the order of ROUTES). */
export const VIEWS: readonly ViewInfo[] = ROUTES.map((route) => VIEW_BY_ROUTE[route]);

export function viewFor(route: Route): ViewInfo {
  return VIEW_BY_ROUTE[route];
}

/** A short name for a view's state: "Concept graph · AI governance · 2024". */
export function describeView(state: UrlState, index: CorpusIndex, tr: Translator): string {
  const view = viewFor(state.route);
  const parts: (string | null)[] = [tr.t(view.label), ...view.describe(state, index, tr)];
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
