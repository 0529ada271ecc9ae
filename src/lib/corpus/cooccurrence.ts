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

  const edges = new Map<
    string,
    { source: string; target: string; weight: number; sentences: Set<SentenceKey> }
  >();
  for (const concepts of units.values()) {
    const ids = [...concepts.keys()].sort();
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const id = edgeId(ids[i]!, ids[j]!);
        let e = edges.get(id);
        if (!e)
          edges.set(
            id,
            (e = { source: ids[i]!, target: ids[j]!, weight: 0, sentences: new Set() }),
          );
        e.weight += 1;
        for (const s of concepts.get(ids[i]!)!) e.sentences.add(s);
        for (const s of concepts.get(ids[j]!)!) e.sentences.add(s);
      }
    }
  }

  const order = sentenceOrder(docs);
  return [...edges.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([id, e]) => ({
      id,
      source: e.source,
      target: e.target,
      weight: e.weight,
      sentences: [...e.sentences].sort((x, y) => order.get(x)! - order.get(y)!),
    }));
}

/** Position of every sentence in corpus order, to list evidence as a reader meets it. */
export function sentenceOrder(docs: readonly CorpusDocument[]): Map<SentenceKey, number> {
  const order = new Map<SentenceKey, number>();
  for (const d of docs) for (const s of d.sentences) order.set(sentenceKey(d.id, s.id), order.size);
  return order;
}
