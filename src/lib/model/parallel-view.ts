// What the side-by-side reader draws for two language versions: aligned rows (a paragraph of each,
// or one alone with the reason), the concepts one says and the other does not in each row, and a
// summary line per document. Pure: the component only draws it.

import type { Concept, CorpusDocument } from '../corpus/types.ts';
import { languageName } from '../corpus/language.ts';
import type { CorpusIndex } from './corpus-index.ts';
import { readerParagraphs, type ReaderParagraph } from './reader-text.ts';
import {
  translationDifferences,
  versionsOf,
  type ConceptDifference,
  type TranslationDifferences,
} from './translation-differences.ts';
import { alignVersions, counterpartSentence, type VersionAlignment } from './version-alignment.ts';

export interface ParallelRow {
  a: ReaderParagraph | null;
  b: ReaderParagraph | null;
  note?: string;
  /** "the Chinese says 人工智能 (Artificial intelligence) here; the English does not", … */
  differences: string[];
  /** Sentence pairs (a id → b id) where the sentences align. */
  sentencePairs: Map<string, string> | null;
}

export interface ParallelView {
  a: CorpusDocument;
  b: CorpusDocument;
  names: [string, string];
  rows: ParallelRow[];
  alignment: VersionAlignment;
  differences: TranslationDifferences;
  summary: string;
}

/** The other version to show beside a document, or null when it has none. */
export function otherVersion(index: CorpusIndex, doc: CorpusDocument): CorpusDocument | null {
  const ids = versionsOf(index.corpus, doc.id).filter((id) => id !== doc.id);
  return ids.length > 0 ? (index.documentById.get(ids[0]!) ?? null) : null;
}

/** Names the two versions by language; "version 1/2" when they share one. */
function versionNames(a: CorpusDocument, b: CorpusDocument): [string, string] {
  const na = languageName(a.language);
  const nb = languageName(b.language);
  return na === nb ? [`${na} (${a.id})`, `${nb} (${b.id})`] : [na, nb];
}

function sayings(
  diff: ConceptDifference,
  names: [string, string],
  conceptById: ReadonlyMap<string, Concept>,
): string[] {
  const label = (id: string): string => conceptById.get(id)?.label ?? id;
  const line = (side: 'a' | 'b', d: { concept: string; words: string[] }): string => {
    const [says, not] = side === 'a' ? names : [names[1], names[0]];
    return `The ${says} says ${d.words.map((w) => `“${w}”`).join(', ')} (${label(d.concept)}) here; the ${not} does not.`;
  };
  return [...diff.onlyA.map((d) => line('a', d)), ...diff.onlyB.map((d) => line('b', d))];
}

/**
 * Two versions side by side, the counted one (the interface's language) on the left: `doc` and
 * `other` in either order.
 */
export function parallelView(
  index: CorpusIndex,
  doc: CorpusDocument,
  other: CorpusDocument,
): ParallelView {
  const [a, b] = doc.countedVersion === undefined ? [doc, other] : [other, doc];
  const names = versionNames(a, b);
  const alignment = alignVersions(a, b, names);
  const differences = translationDifferences(index.corpus, alignment);
  const pa = new Map(readerParagraphs(index, a).map((p) => [p.id, p]));
  const pb = new Map(readerParagraphs(index, b).map((p) => [p.id, p]));
  const diffByPair = new Map(differences.pairs.map((d) => [d.pair, d]));
  const rows = alignment.pairs.map((p, i): ParallelRow => {
    const d = diffByPair.get(i);
    return {
      a: p.a ? (pa.get(p.a.id) ?? null) : null,
      b: p.b ? (pb.get(p.b.id) ?? null) : null,
      ...(p.note === undefined ? {} : { note: p.note }),
      differences: d ? sayings(d, names, index.conceptById) : [],
      sentencePairs: p.sentences ? new Map(p.sentences.map((s) => [s.a, s.b])) : null,
    };
  });
  const n = differences.pairs.length;
  const plural = (k: number, w: string): string => `${k} ${w}${k === 1 ? '' : 's'}`;
  const summary =
    `${plural(n, 'aligned paragraph pair')}: ${differences.agreeing} say the same concepts. ` +
    `The translation check finds ${plural(differences.onlyACount, 'concept')} said only in the ${names[0]} and ${plural(differences.onlyBCount, 'concept')} only in the ${names[1]}` +
    (differences.unpaired > 0
      ? `; ${plural(differences.unpaired, 'paragraph')} without a counterpart are not compared.`
      : '.');
  return { a, b, names, rows, alignment, differences, summary };
}

/** The sentence linked on each side: the one in the URL, and its counterpart where they align. */
export function linkedSentences(
  view: ParallelView,
  doc: string | null,
  sentence: string | null,
): { a: string | null; b: string | null } {
  if (sentence === null || doc === null) return { a: null, b: null };
  if (doc === view.a.id)
    return { a: sentence, b: counterpartSentence(view.alignment, 'a', sentence) };
  if (doc === view.b.id)
    return { a: counterpartSentence(view.alignment, 'b', sentence), b: sentence };
  return { a: null, b: null };
}
