// The five views: their names, what they are for, how a state of each is named, and their code,
// loaded when first opened so that the entry script stays small. One entry per route, checked by
// the type (`satisfies Record<Route, …>`): a route without a view, or a view without a route, does
// not compile (README "Add a view").

import type { Component } from 'svelte';
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
  label: string;
  /** Heading of the view. */
  title: string;
  /** One line on what the view answers. */
  purpose: string;
  /** The view's part of a slide's name, from its state (describeView adds label and themes). */
  describe: (state: UrlState, index: CorpusIndex) => (string | null)[];
  load: () => Promise<{ default: Component<ViewProps> }>;
}

export const VIEW_BY_ROUTE = {
  graph: {
    route: 'graph',
    label: 'Concept graph',
    title: 'How the themes connect',
    purpose:
      'Concepts of the codebook as a network: linked when one sentence says both, each link backed by its sentences.',
    describe: describeGraph,
    load: () => import('./graph/GraphRoute.svelte'),
  },
  timeline: {
    route: 'timeline',
    label: 'Timeline',
    title: 'The forums in time',
    purpose: 'Each forum among the milestones its text refers to, with its theme profile.',
    describe: describeTimeline,
    load: () => import('./timeline/TimelineView.svelte'),
  },
  compare: {
    route: 'compare',
    label: 'Compare years',
    title: 'Two forum years side by side',
    purpose:
      'What each year raised, what only one of them raised (and whether the other year’s available text could say), and how the themes compare.',
    describe: describeCompare,
    load: () => import('./compare/CompareView.svelte'),
  },
  map: {
    route: 'map',
    label: 'Map',
    title: 'Places of the story',
    purpose:
      'The forum venue, the milestones’ venues, and the countries and organisations the texts name.',
    describe: describeMap,
    load: () => import('./map/MapView.svelte'),
  },
  read: {
    route: 'read',
    label: 'Read',
    title: 'The texts',
    purpose:
      'Every source document in full, with theme underlines, search, and a link to every sentence.',
    describe: describeReader,
    load: () => import('./reader/ReaderView.svelte'),
  },
} as const satisfies { [R in Route]: ViewInfo & { route: R } };

/** The views in navigation order (the order of ROUTES). */
export const VIEWS: readonly ViewInfo[] = ROUTES.map((route) => VIEW_BY_ROUTE[route]);

export function viewFor(route: Route): ViewInfo {
  return VIEW_BY_ROUTE[route];
}

/** A short name for a view's state: "Concept graph · AI governance · 2024". */
export function describeView(state: UrlState, index: CorpusIndex): string {
  const view = viewFor(state.route);
  const parts: (string | null)[] = [view.label, ...view.describe(state, index)];
  if (state.themes !== null)
    parts.push(
      state.themes.length === 1
        ? (index.themeById.get(state.themes[0]!)?.label ?? state.themes[0]!)
        : `${state.themes.length} themes`,
    );
  return parts.filter((p): p is string => p !== null && p !== '').join(' · ');
}
