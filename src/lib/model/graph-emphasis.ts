// What stands out in the graph: the node under the pointer or the keyboard with its neighbours,
// else the selected link's two ends, else the selected concept's neighbourhood, else what the
// find box matches. Everything else fades. Null means nothing is emphasised.

import type { ConceptGraph } from './concept-graph.ts';
import { linkEnds } from './concept-graph.ts';

export interface EmphasisState {
  hovered: string | null;
  keyboard: string | null;
  focus: string | null;
  link: string | null;
  matches: ReadonlySet<string>;
}

export interface Emphasis {
  nodes: ReadonlySet<string>;
  links: ReadonlySet<string>;
}

export function emphasis(
  graph: ConceptGraph,
  neighbours: ReadonlyMap<string, ReadonlySet<string>>,
  state: EmphasisState,
): Emphasis | null {
  const around = (id: string): Emphasis => ({
    nodes: new Set([id, ...(neighbours.get(id) ?? [])]),
    links: new Set(graph.links.filter((l) => l.source === id || l.target === id).map((l) => l.id)),
  });
  const active = state.hovered ?? state.keyboard;
  if (active !== null && graph.nodeById.has(active)) return around(active);
  const ends = state.link === null ? null : linkEnds(state.link);
  if (ends && graph.links.some((l) => l.id === state.link)) {
    return { nodes: new Set(ends), links: new Set([state.link!]) };
  }
  if (state.focus !== null && graph.nodeById.has(state.focus)) return around(state.focus);
  if (state.matches.size > 0) return { nodes: state.matches, links: new Set() };
  return null;
}
