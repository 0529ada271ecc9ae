// The five views: their names, what they are for, and their code, loaded when first opened so
// that the entry script stays small.

import type { Component } from 'svelte';
import type { AppState } from '../lib/state/app-state.svelte.ts';
import type { Route } from '../lib/state/url-state.ts';

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
  load: () => Promise<{ default: Component<ViewProps> }>;
}

export const VIEWS: readonly ViewInfo[] = [
  {
    route: 'graph',
    label: 'Concept graph',
    title: 'How the themes connect',
    purpose:
      'Concepts of the codebook as a network: linked when one sentence says both, each link backed by its sentences.',
    load: () => import('./GraphRoute.svelte'),
  },
  {
    route: 'timeline',
    label: 'Timeline',
    title: 'The forums in time',
    purpose:
      'The 2022, 2023 and 2024 forums among the milestones their texts refer to, with each forum’s theme profile.',
    load: () => import('./TimelineView.svelte'),
  },
  {
    route: 'compare',
    label: 'Compare years',
    title: 'Two forum years side by side',
    purpose:
      'What each year raised, what is new and what was dropped, and how the theme shares moved.',
    load: () => import('./CompareView.svelte'),
  },
  {
    route: 'map',
    label: 'Map',
    title: 'Places of the story',
    purpose:
      'The forum venue, the milestones’ venues, and the countries and organisations the texts name.',
    load: () => import('./MapView.svelte'),
  },
  {
    route: 'read',
    label: 'Read',
    title: 'The texts',
    purpose:
      'Every source document in full, with theme underlines, search, and a link to every sentence.',
    load: () => import('./ReaderView.svelte'),
  },
];

export function viewFor(route: Route): ViewInfo {
  return VIEWS.find((v) => v.route === route) ?? VIEWS[0]!;
}
