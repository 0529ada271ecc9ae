// The concept graph: codebook concepts as nodes, co-occurrence in the texts as links. A pure
// function of the corpus index and the filters on screen (themes, forum year, unit).
//
// Two kinds of knowledge are kept apart:
// - text: mentions matched in a year's source texts, and links between concepts said in the same
//   sentence (or paragraph), each link with the sentences behind it;
// - coded: concepts coded from a forum record for a year that has no text. A record says which
//   concepts a forum raised, not which it said together, so coded concepts are nodes (shown as
//   coded) and never make links. linkEvidence still lists the coded entries of a pair for a reader
//   who asks, under its own heading.

import { conceptName, conceptNameIn } from '../concepts/concept-names.ts';
import { sentenceKey, type CooccurrenceUnit } from '../corpus/cooccurrence.ts';
import type { SentenceKey } from '../corpus/types.ts';
import type { Translator } from '../i18n/translator.ts';
import { yearBasis, type CorpusIndex, type YearBasis } from './corpus-index.ts';
import { conceptYearPresence, type YearPresence } from './year-presence.ts';

export interface GraphFilter {
  /** Theme ids shown; null = all. */
  themes: readonly string[] | null;
  /** One forum year; null = all years. */
  year: number | null;
  unit: CooccurrenceUnit;
}

export interface GraphNode {
  id: string;
  label: string;
  theme: string;
  /** Mentions in the texts in scope (all texts, or the filtered year's). */
  mentions: number;
  /** Years in scope whose record codes this concept (record years only). */
  coded: number[];
  /** Links of this node in the graph as filtered. */
  links: number;
  /** Presence in every forum year, whatever the filter: for the year marks. */
  years: YearPresence[];
}

export interface GraphLink {
  /** "a~b" with a < b, as in the corpus and the URL. */
  id: string;
  source: string;
  target: string;
  /** Sentences (by sentence) or paragraphs (by paragraph) in scope that say both. */
  weight: number;
  /** The sentences behind the link, in reading order, limited to the texts in scope. */
  sentences: SentenceKey[];
}

export interface ConceptGraph {
  filter: GraphFilter;
  /** How the filtered year is known; null when all years are shown. */
  basis: YearBasis | null;
  /** Codebook order. */
  nodes: GraphNode[];
  /** Edge id order. */
  links: GraphLink[];
  nodeById: Map<string, GraphNode>;
  /** The largest mention count over all texts, whatever the filter: sizes stay comparable. */
  maxMentions: number;
}

/** Builds the graph on screen. Same index and filter, same graph; labels in the language of `tr`. */
export function buildConceptGraph(
  index: CorpusIndex,
  filter: GraphFilter,
  tr?: Translator,
): ConceptGraph {
  const presence = conceptYearPresence(index);
  const basis = filter.year === null ? null : yearBasis(index, filter.year);
  const textDocs = new Set(
    index.corpus.documents
      .filter((d) => filter.year === null || d.year === filter.year)
      .map((d) => d.id),
  );
  const recordYears = new Set(
    index.years.filter(
      (y) => (filter.year === null || y === filter.year) && yearBasis(index, y).kind === 'record',
    ),
  );
  const themes = filter.themes === null ? null : new Set(filter.themes);

  const mentions = new Map<string, number>();
  for (const m of index.corpus.mentions)
    if (textDocs.has(m.doc)) mentions.set(m.ref, (mentions.get(m.ref) ?? 0) + 1);
  const coded = new Map<string, Set<number>>();
  for (const c of index.corpus.coded) {
    if (!recordYears.has(c.year)) continue;
    const years = coded.get(c.concept) ?? new Set<number>();
    years.add(c.year);
    coded.set(c.concept, years);
  }

  const nodes: GraphNode[] = [];
  for (const concept of index.concepts) {
    if (themes !== null && !themes.has(concept.theme)) continue;
    const n = mentions.get(concept.id) ?? 0;
    const years = [...(coded.get(concept.id) ?? [])].sort((a, b) => a - b);
    if (n === 0 && years.length === 0) continue;
    nodes.push({
      id: concept.id,
      label: tr ? conceptNameIn(concept, tr) : conceptName(concept),
      theme: concept.theme,
      mentions: n,
      coded: years,
      links: 0,
      years: presence.get(concept.id) ?? [],
    });
  }
  const nodeById = new Map(nodes.map((n) => [n.id, n]));

  const links: GraphLink[] = [];
  for (const edge of index.corpus.edges[filter.unit]) {
    const source = nodeById.get(edge.source);
    const target = nodeById.get(edge.target);
    if (!source || !target) continue;
    const sentences = edge.sentences.filter((key) => {
      const s = index.sentenceByKey.get(key);
      return s !== undefined && textDocs.has(s.doc.id);
    });
    const weight =
      filter.unit === 'sentence'
        ? sentences.length
        : new Set(
            sentences.map((key) => {
              const s = index.sentenceByKey.get(key)!;
              return sentenceKey(s.doc.id, s.sentence.paragraph);
            }),
          ).size;
    if (weight === 0) continue;
    source.links += 1;
    target.links += 1;
    links.push({ id: edge.id, source: edge.source, target: edge.target, weight, sentences });
  }

  return { filter, basis, nodes, links, nodeById, maxMentions: maxMentions(index) };
}

/** The largest number of mentions of one concept over all texts. */
export function maxMentions(index: CorpusIndex): number {
  let max = 0;
  for (const list of index.mentionsByConcept.values()) max = Math.max(max, list.length);
  return max;
}

/** node id → the ids it links to, for highlighting a neighbourhood and moving by keyboard. */
export function neighbours(graph: ConceptGraph): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>(graph.nodes.map((n) => [n.id, new Set<string>()]));
  for (const l of graph.links) {
    out.get(l.source)?.add(l.target);
    out.get(l.target)?.add(l.source);
  }
  return out;
}

type NodeLink = { link: GraphLink; other: GraphNode };

/** Heaviest first, then by the other concept's label, then its id. */
const byWeightThenLabel = (a: NodeLink, b: NodeLink): number =>
  b.link.weight - a.link.weight ||
  a.other.label.localeCompare(b.other.label, 'en') ||
  (a.other.id < b.other.id ? -1 : 1);

/** The links of one node, heaviest first, then by the other concept's label. */
export function linksOf(graph: ConceptGraph, id: string): NodeLink[] {
  const out: NodeLink[] = [];
  for (const link of graph.links) {
    const otherId = link.source === id ? link.target : link.target === id ? link.source : null;
    if (otherId === null) continue;
    const other = graph.nodeById.get(otherId);
    if (other) out.push({ link, other });
  }
  return out.sort(byWeightThenLabel);
}

/**
 * Every node's links (as linksOf gives them), in one pass over the links: for all nodes at once,
 * where calling linksOf for each would go over every link once per node.
 */
export function linksByNode(graph: ConceptGraph): Map<string, NodeLink[]> {
  const out = new Map<string, NodeLink[]>(graph.nodes.map((n) => [n.id, []]));
  for (const link of graph.links) {
    const a = graph.nodeById.get(link.source);
    const b = graph.nodeById.get(link.target);
    if (b) out.get(link.source)?.push({ link, other: b });
    if (a && link.source !== link.target) out.get(link.target)?.push({ link, other: a });
  }
  for (const list of out.values()) list.sort(byWeightThenLabel);
  return out;
}

/** The two concept ids of a link id "a~b". */
export function linkEnds(linkId: string): [string, string] | null {
  const parts = linkId.split('~');
  return parts.length === 2 && parts[0] && parts[1] ? [parts[0], parts[1]] : null;
}
