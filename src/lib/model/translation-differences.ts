// What a translation drops or adds: for each aligned pair of paragraphs (and of sentences, where
// they are paired), the concepts one version says and the other does not, and the same counted
// per document. Concepts, not words: both versions are matched with the same bilingual codebook,
// so "the Chinese says 安全 here; the English does not" becomes a difference of concept ids.

import type { Corpus, Mention } from '../corpus/types.ts';
import type { VersionAlignment } from './version-alignment.ts';

export interface ConceptDifference {
  /** Concepts said in a but not in b, and the words a says them with. */
  onlyA: { concept: string; words: string[] }[];
  onlyB: { concept: string; words: string[] }[];
}

export interface PairDifferences extends ConceptDifference {
  /** Index into alignment.pairs. */
  pair: number;
  sentences: ({ a: string; b: string } & ConceptDifference)[];
}

export interface TranslationDifferences {
  /** One entry per paired paragraph (both sides present), in order. */
  pairs: PairDifferences[];
  /** Paired paragraphs whose concept sets are the same. */
  agreeing: number;
  /** Differences summed over paired paragraphs: concept-paragraph pairs said on one side only. */
  onlyACount: number;
  onlyBCount: number;
  /** Paragraphs that have no partner, so are not compared. */
  unpaired: number;
}

/** Every mention of a document, counted in charts or not (a language version's are kept apart). */
export function documentMentions(corpus: Corpus, doc: string): Mention[] {
  return [...corpus.mentions, ...corpus.versionMentions].filter((m) => m.doc === doc);
}

function conceptsIn(mentions: readonly Mention[], keep: (m: Mention) => boolean) {
  const out = new Map<string, string[]>();
  for (const m of mentions) {
    if (!keep(m)) continue;
    const words = out.get(m.ref) ?? [];
    if (!words.includes(m.text)) words.push(m.text);
    out.set(m.ref, words);
  }
  return out;
}

function difference(a: Map<string, string[]>, b: Map<string, string[]>): ConceptDifference {
  const only = (x: Map<string, string[]>, y: Map<string, string[]>) =>
    [...x]
      .filter(([c]) => !y.has(c))
      .map(([concept, words]) => ({ concept, words }))
      .sort((p, q) => (p.concept < q.concept ? -1 : p.concept > q.concept ? 1 : 0));
  return { onlyA: only(a, b), onlyB: only(b, a) };
}

const paragraphOf = (sentence: string): string => sentence.slice(0, sentence.indexOf('.'));

export function translationDifferences(
  corpus: Corpus,
  alignment: VersionAlignment,
): TranslationDifferences {
  const ma = documentMentions(corpus, alignment.a.id);
  const mb = documentMentions(corpus, alignment.b.id);
  const pairs: PairDifferences[] = [];
  let unpaired = 0;
  alignment.pairs.forEach((p, i) => {
    if (!p.a || !p.b) {
      unpaired++;
      return;
    }
    const pa = p.a.id;
    const pb = p.b.id;
    const diff = difference(
      conceptsIn(ma, (m) => paragraphOf(m.sentence) === pa),
      conceptsIn(mb, (m) => paragraphOf(m.sentence) === pb),
    );
    const sentences = (p.sentences ?? []).map((s) => ({
      ...s,
      ...difference(
        conceptsIn(ma, (m) => m.sentence === s.a),
        conceptsIn(mb, (m) => m.sentence === s.b),
      ),
    }));
    pairs.push({ pair: i, ...diff, sentences });
  });
  return {
    pairs,
    agreeing: pairs.filter((p) => p.onlyA.length === 0 && p.onlyB.length === 0).length,
    onlyACount: pairs.reduce((n, p) => n + p.onlyA.length, 0),
    onlyBCount: pairs.reduce((n, p) => n + p.onlyB.length, 0),
    unpaired,
  };
}

export { versionsOf } from './language-versions.ts';
