// The graph in words: each node's accessible name, its years in a phrase, the adjacency table
// (the accessible alternative to the picture and the data behind it), and finding a concept by
// typing. Pure: the same graph always reads the same.

import { foldHan } from '../corpus/han-variants.ts';
import type { DataTable } from '../export/exportable-chart.ts';
import type { CorpusIndex } from './corpus-index.ts';
import { linksOf, type ConceptGraph, type GraphNode } from './concept-graph.ts';
import type { YearPresence } from './year-presence.ts';

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** "2022", "2022 and 2023", "2022, 2023 and 2024". */
export function listYears(years: readonly number[]): string {
  if (years.length <= 1) return years.join('');
  return `${years.slice(0, -1).join(', ')} and ${years[years.length - 1]}`;
}

/** A theme label inside a sentence: "data flows and data security", but "AI governance". */
export function inSentence(label: string): string {
  return /^[A-Z][a-z]/.test(label) ? label[0]!.toLowerCase() + label.slice(1) : label;
}

/** "in the 2024 text; coded from the 2022 and 2023 records", or "" when in no year. */
export function describeYears(years: readonly YearPresence[]): string {
  const text = years.filter((y) => !y.coded).map((y) => y.year);
  const coded = years.filter((y) => y.coded).map((y) => y.year);
  const parts: string[] = [];
  if (text.length > 0)
    parts.push(`in the ${listYears(text)} ${text.length === 1 ? 'text' : 'texts'}`);
  if (coded.length > 0)
    parts.push(`coded from the ${listYears(coded)} ${coded.length === 1 ? 'record' : 'records'}`);
  return parts.join('; ');
}

/** "Cross-border data flow, data flows and data security, 3 mentions, 8 links; in the 2024 text". */
export function nodeName(node: GraphNode, index: CorpusIndex): string {
  const theme = index.themeById.get(node.theme)?.label ?? node.theme;
  const years = describeYears(node.years);
  return (
    `${node.label}, ${inSentence(theme)}, ${plural(node.mentions, 'mention')}, ` +
    `${plural(node.links, 'link')}${years ? `; ${years}` : ''}`
  );
}

/** What the filter shows, for titles: "AI governance, Capacity building · 2024 · by sentence". */
export function describeFilter(graph: ConceptGraph, index: CorpusIndex): string {
  const { themes, year, unit } = graph.filter;
  const themeText =
    themes === null
      ? 'all themes'
      : themes.map((t) => index.themeById.get(t)?.label ?? t).join(', ') || 'no theme';
  const yearText =
    year === null
      ? 'all years'
      : graph.basis?.kind === 'record'
        ? `${year} (coded from the record)`
        : String(year);
  return `${themeText} · ${yearText} · linked by ${unit}`;
}

/** The adjacency table: one row per node, in the graph's order. */
export function adjacencyTable(graph: ConceptGraph, index: CorpusIndex): DataTable {
  const unitWord = graph.filter.unit === 'sentence' ? 'sentences' : 'paragraphs';
  return {
    caption:
      `Concepts of the graph (${describeFilter(graph, index)}): mentions, links and linked ` +
      `concepts; the number after a linked concept is how many ${unitWord} say both`,
    columns: [
      { key: 'concept', label: 'Concept' },
      { key: 'theme', label: 'Theme' },
      { key: 'mentions', label: 'Mentions', numeric: true },
      { key: 'links', label: 'Links', numeric: true },
      { key: 'linked', label: 'Linked concepts' },
      { key: 'years', label: 'Forum years' },
    ],
    rows: graph.nodes.map((n) => ({
      concept: n.label,
      theme: index.themeById.get(n.theme)?.label ?? n.theme,
      mentions: n.mentions,
      links: n.links,
      linked: linksOf(graph, n.id)
        .map(({ link, other }) => `${other.label} (${link.weight})`)
        .join('; '),
      years: describeYears(n.years),
    })),
  };
}

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
