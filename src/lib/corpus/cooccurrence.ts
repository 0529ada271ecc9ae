// Concept co-occurrence: two concepts are linked when one sentence (or one paragraph) says both.
// Each edge keeps the sentences behind it, so any link in a chart can show its evidence.

import type { CooccurrenceEdge, CorpusDocument, Mention, SentenceKey } from './types.ts';

export type CooccurrenceUnit = 'sentence' | 'paragraph';

export function sentenceKey(doc: string, sentence: string): SentenceKey {
  return `${doc}:${sentence}`;
}

export function edgeId(a: string, b: string): string {
  return a < b ? `${a}~${b}` : `${b}~${a}`;
}

/**
 * `mentions` must be in reading order, as buildCorpus makes them.
 * By sentence: weight = sentences that mention both; sentences = those sentences.
 * By paragraph: weight = paragraphs that mention both; sentences = the sentences of those
 * paragraphs that mention either concept (the evidence a reader needs to see the pair).
 */
export function buildCooccurrenceEdges(
  docs: readonly CorpusDocument[],
  mentions: readonly Mention[],
  unit: CooccurrenceUnit,
): CooccurrenceEdge[] {
  const paragraphOf = new Map<SentenceKey, string>();
  for (const d of docs)
    for (const s of d.sentences) paragraphOf.set(sentenceKey(d.id, s.id), `${d.id}:${s.paragraph}`);

  // unit key → concept → sentences in that unit that mention the concept (in text order)
  const units = new Map<string, Map<string, SentenceKey[]>>();
  for (const m of mentions) {
    const sk = sentenceKey(m.doc, m.sentence);
    const unitKey = unit === 'sentence' ? sk : paragraphOf.get(sk)!;
    let concepts = units.get(unitKey);
    if (!concepts) units.set(unitKey, (concepts = new Map()));
    const list = concepts.get(m.ref) ?? [];
    if (list[list.length - 1] !== sk) list.push(sk);
    concepts.set(m.ref, list);
  }

  // Units are met in reading order (mentions come in reading order) and each concept's sentences
  // within a unit are in reading order, so merging a pair's two lists keeps every edge's sentences
  // in reading order without a sort.
  const order = sentenceOrder(docs);
  const edges = new Map<
    string,
    { source: string; target: string; weight: number; sentences: SentenceKey[] }
  >();
  for (const concepts of units.values()) {
    const ids = [...concepts.keys()].sort();
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const id = edgeId(ids[i]!, ids[j]!);
        let e = edges.get(id);
        if (!e) edges.set(id, (e = { source: ids[i]!, target: ids[j]!, weight: 0, sentences: [] }));
        e.weight += 1;
        mergeInOrder(concepts.get(ids[i]!)!, concepts.get(ids[j]!)!, order, e.sentences);
      }
    }
  }
  return [...edges.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([id, e]) => ({
      id,
      source: e.source,
      target: e.target,
      weight: e.weight,
      sentences: e.sentences,
    }));
}

/** Appends the union of two reading-ordered sentence lists to `out`, in reading order. */
function mergeInOrder(
  a: SentenceKey[],
  b: SentenceKey[],
  order: Map<SentenceKey, number>,
  out: SentenceKey[],
): void {
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = a[i];
    const y = b[j];
    let next: SentenceKey;
    if (y === undefined || (x !== undefined && order.get(x)! <= order.get(y)!)) {
      next = x!;
      i++;
      if (next === y) j++;
    } else {
      next = y;
      j++;
    }
    out.push(next);
  }
}

/** Position of every sentence in corpus order, to list evidence as a reader meets it. */
export function sentenceOrder(docs: readonly CorpusDocument[]): Map<SentenceKey, number> {
  const order = new Map<SentenceKey, number>();
  for (const d of docs) for (const s of d.sentences) order.set(sentenceKey(d.id, s.id), order.size);
  return order;
}
