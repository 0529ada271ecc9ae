// The five views: their names, what they are for, and their code, loaded when first opened so that
// the entry script stays small (how a state of each is named is in describe-view.ts, with the slides
// that use it). One entry per route, checked by
// the type (`satisfies Record<Route, …>`): a route without a view, or a view without a route, does
// not compile (README "Add a view").

import type { Component } from 'svelte';
import type { MessageKey, MessagePart } from '../lib/i18n/catalogue.ts';
import type { AppState } from '../lib/state/app-state.svelte.ts';
import { ROUTES, type Route } from '../lib/state/url-state.ts';

export interface ViewProps {
  app: AppState;
}

export interface ViewInfo {
  route: Route;
  /** Navigation label. */
  label: MessageKey;
  /** Heading of the view (in the view's own messages, which load with its code, as `purpose`). */
  title: MessageKey;
  /** One line on what the view answers. */
  purpose: MessageKey;
  load: () => ViewModule;
}

type ViewModule = Promise<{ default: Component<ViewProps> }>;

/**
 * A view's component, once its own messages are there too (no key shows while they load). Each
 * import takes the component by name: a view's chunk that holds modules other chunks share would
 * otherwise be read through a namespace object, which the bundler's runtime chunk makes (0.6 KB
 * gzipped more to open the graph and the reader).
 */
function withMessages(view: Promise<Component<ViewProps>>, part: MessagePart): ViewModule {
  return Promise.all([view, import('./view-messages.ts').then((m) => m.viewMessages(part))]).then(
    ([v]) => ({ default: v }),
  );
}

export const VIEW_BY_ROUTE = {
  graph: {
    route: 'graph',
    label: 'shell.view.graph.label',
    title: 'graph.view.title',
    purpose: 'graph.view.purpose',
    load: () =>
      withMessages(
        import('./graph/GraphRoute.svelte').then(({ default: view }) => view),
        'graph',
      ),
  },
  timeline: {
    route: 'timeline',
    label: 'shell.view.timeline.label',
    title: 'timeline.view.title',
    purpose: 'timeline.view.purpose',
    load: () =>
      withMessages(
        import('./timeline/TimelineView.svelte').then(({ default: view }) => view),
        'timeline',
      ),
  },
  compare: {
    route: 'compare',
    label: 'shell.view.compare.label',
    title: 'compare.view.title',
    purpose: 'compare.view.purpose',
    load: () =>
      withMessages(
        import('./compare/CompareView.svelte').then(({ default: view }) => view),
        'compare',
      ),
  },
  map: {
    route: 'map',
    label: 'shell.view.map.label',
    title: 'map.view.title',
    purpose: 'map.view.purpose',
    load: () =>
      withMessages(
        import('./map/MapView.svelte').then(({ default: view }) => view),
        'map',
      ),
  },
  read: {
    route: 'read',
    label: 'shell.view.read.label',
    title: 'reader.view.title',
    purpose: 'reader.view.purpose',
    load: () =>
      withMessages(
        import('./reader/ReaderView.svelte').then(({ default: view }) => view),
        'reader',
      ),
  },
} as const satisfies { [R in Route]: ViewInfo & { route: R } };

/** The views in navigation order (the order of ROUTES). */
export const VIEWS: readonly ViewInfo[] = ROUTES.map((route) => VIEW_BY_ROUTE[route]);

export function viewFor(route: Route): ViewInfo {
  return VIEW_BY_ROUTE[route];
}
