// What both graph renderers (Graph.svg.svelte, Graph.canvas.svelte) are given: the geometry from
// src/lib/layout/graph-scene.ts and what stands out. They draw it and compute nothing else.

import type { PlacedLabel } from '$lib/layout/node-labels.ts';
import type { Scene, ThemeHull, ThemeLabel } from '$lib/layout/graph-scene.ts';
import type { Emphasis } from '$lib/model/graph-emphasis.ts';

export interface GraphDrawing {
  scene: Scene;
  hulls: ThemeHull[];
  themeLabels: ThemeLabel[];
  /** Placed against the scene at rest; drawn at each node's current place. */
  labels: PlacedLabel[];
  emphasis: Emphasis | null;
  /** The concept and link whose evidence is shown. */
  selected: string | null;
  selectedLink: string | null;
  /** Concepts the find box matches. */
  matches: ReadonlySet<string>;
  /** The node with keyboard focus. */
  focused: string | null;
  /** The node being dragged, if any. */
  moving: string | null;
  fontSize: number;
  /** A line of text drawn on the chart itself (e.g. that a year rests on its record). */
  note: string | null;
  /** Name of the chart. */
  title: string;
}

/** Keyboard and screen-reader access to the nodes. */
export interface NodeAccess {
  /** Accessible name of each node (concept label first). */
  names: Pick<ReadonlyMap<string, string>, 'get'>;
  onkeydown: (event: KeyboardEvent, id: string) => void;
  /** `visible`: focus came from the keyboard (:focus-visible), not a click. */
  onfocus: (id: string, visible: boolean) => void;
  onblur: (id: string) => void;
}

/** Whether an element's focus should show (keyboard focus), where the browser can tell. */
export function focusVisible(el: Element): boolean {
  try {
    return el.matches(':focus-visible');
  } catch {
    return true;
  }
}

/** How the graph looks, for both renderers and the key. */
export const STYLE = {
  ink: '#1b1b1b',
  link: '#5c5c5c',
  focus: '#0a58a8',
  match: '#0a58a8',
  /** Faded marks keep this opacity. */
  faded: 0.16,
  // CJK families after the Latin ones, as in app.css: Chinese labels find a font everywhere.
  font: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, 'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', 'Source Han Sans SC', sans-serif",
} as const;

export const nodeOpacity = (d: GraphDrawing, id: string): number =>
  d.emphasis === null || d.emphasis.nodes.has(id) ? 1 : STYLE.faded;

export const linkOpacity = (d: GraphDrawing, id: string): number =>
  id === d.selectedLink ? 0.95 : d.emphasis === null ? 0.42 : d.emphasis.links.has(id) ? 0.8 : 0.06;
