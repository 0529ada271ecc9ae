// What the build hands the root component to render it to HTML (src/prerender/render.ts): an app
// state already loaded, and the views' code already imported, so that nothing waits.

import type { Component } from 'svelte';
import type { AppState } from '../lib/state/app-state.svelte.ts';
import type { Route } from '../lib/state/url-state.ts';
import type { ViewProps } from '../views/registry.ts';

export interface PrerenderSeed {
  app: AppState;
  views: Partial<Record<Route, { default: Component<ViewProps> }>>;
}
