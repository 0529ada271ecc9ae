// Finding a concept of the graph by what a reader types (the graph's search box): loaded when the
// first letter is typed, with the folding of traditional characters it needs, not with the graph.

import { foldHan } from '../corpus/han-variants.ts';
import type { ConceptGraph, GraphNode } from './concept-graph.ts';
import type { CorpusIndex } from './corpus-index.ts';

/**
 * Nodes whose label (or one of the concept's phrases) matches what was typed, best first: the
 * label itself, then labels starting with it, then a word of the label starting with it, then any
 * part of the label, then a phrase. Ties: more mentions first, then label order.
 */
export function findConcepts(
  graph: ConceptGraph,
  index: CorpusIndex,
  query: string,
  limit = 8,
): GraphNode[] {
  const q = query.trim().toLowerCase().replace(/\s+/g, ' ');
  if (q === '') return [];
  const rank = (n: GraphNode): number => {
    const label = n.label.toLowerCase();
    if (label === q) return 0;
    if (label.startsWith(q)) return 1;
    if (label.split(/[\s-]+/).some((w, i, words) => words.slice(i).join(' ').startsWith(q)))
      return 2;
    if (label.includes(q)) return 3;
    const concept = index.conceptById.get(n.id);
    // The label on screen may be the Chinese one: the English label is found too.
    if (concept && concept.label.toLowerCase().includes(q)) return 3;
    const phrases = concept?.phrases ?? [];
    if (phrases.some((p) => p.toLowerCase().replace(/-/g, ' ').includes(q.replace(/-/g, ' '))))
      return 4;
    // Chinese: the label and phrases, traditional characters folded (數據 finds 数据).
    const zh = foldHan(q);
    if (
      [concept?.labelZh ?? '', ...(concept?.phrasesZh ?? [])].some(
        (p) => p !== '' && foldHan(p).includes(zh),
      )
    )
      return 4;
    return -1;
  };
  return graph.nodes
    .map((n) => ({ n, r: rank(n) }))
    .filter((x) => x.r >= 0)
    .sort(
      (a, b) =>
        a.r - b.r || b.n.mentions - a.n.mentions || a.n.label.localeCompare(b.n.label, 'en'),
    )
    .slice(0, limit)
    .map((x) => x.n);
}
