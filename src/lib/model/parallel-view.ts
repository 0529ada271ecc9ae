// What the side-by-side reader draws for two language versions: aligned rows (a paragraph of each,
// or one alone with the reason), the concepts one says and the other does not in each row, and a
// summary line per document. Pure: the component only draws it.

import type { Concept, CorpusDocument } from '../corpus/types.ts';
import { languageNameIn } from '../corpus/language.ts';
import { labelIn } from '../i18n/labels.ts';
import type { Translator } from '../i18n/translator.ts';
import type { CorpusIndex } from './corpus-index.ts';
import { readerParagraphs, type ReaderParagraph } from './reader-text.ts';
import {
  translationDifferences,
  type ConceptDifference,
  type TranslationDifferences,
} from './translation-differences.ts';
import {
  alignVersions,
  counterpartSentence,
  type AlignmentNote,
  type VersionAlignment,
} from './version-alignment.ts';

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

export { otherVersion } from './language-versions.ts';

/** Names the two versions by language; by language and id when they share one. */
function versionNames(a: CorpusDocument, b: CorpusDocument, tr: Translator): [string, string] {
  const na = languageNameIn(a.language, tr);
  const nb = languageNameIn(b.language, tr);
  return na === nb
    ? [
        tr.t('reader.language.withTag', { name: na, tag: a.id }),
        tr.t('reader.language.withTag', { name: nb, tag: b.id }),
      ]
    : [na, nb];
}

function sayings(
  diff: ConceptDifference,
  names: [string, string],
  conceptById: ReadonlyMap<string, Concept>,
  tr: Translator,
): string[] {
  const label = (id: string): string => {
    const c = conceptById.get(id);
    return c ? labelIn(c, tr.lang) : id;
  };
  const line = (side: 'a' | 'b', d: { concept: string; words: string[] }): string => {
    const [says, not] = side === 'a' ? names : [names[1], names[0]];
    return tr.t('reader.parallel.saysHere', {
      says,
      not,
      words: d.words.map((w) => `“${w}”`).join(tr.t('reader.parallel.wordSeparator')),
      concept: label(d.concept),
    });
  };
  return [...diff.onlyA.map((d) => line('a', d)), ...diff.onlyB.map((d) => line('b', d))];
}

/** Why a row is not aligned further, in the interface's words. */
function alignmentNote(why: AlignmentNote, names: [string, string], tr: Translator): string {
  const [nameA, nameB] = names;
  switch (why.kind) {
    case 'sentences':
      return tr.t('reader.align.sentences', {
        sentencesA: tr.t('reader.sentenceCount', { count: why.a }),
        b: why.b,
        nameA,
        nameB,
      });
    case 'sections':
      return tr.t('reader.align.sections', { a: why.a, b: why.b, nameA, nameB });
    case 'no-counterpart':
      return tr.t('reader.align.noCounterpart', { name: why.missingIn === 'a' ? nameA : nameB });
  }
}

/**
 * Two versions side by side, the counted one (the interface's language) on the left: `doc` and
 * `other` in either order.
 */
export function parallelView(
  index: CorpusIndex,
  doc: CorpusDocument,
  other: CorpusDocument,
  tr: Translator,
): ParallelView {
  const [a, b] = doc.countedVersion === undefined ? [doc, other] : [other, doc];
  const names = versionNames(a, b, tr);
  const alignment = alignVersions(a, b);
  const differences = translationDifferences(index.corpus, alignment);
  const pa = new Map(readerParagraphs(index, a).map((p) => [p.id, p]));
  const pb = new Map(readerParagraphs(index, b).map((p) => [p.id, p]));
  const diffByPair = new Map(differences.pairs.map((d) => [d.pair, d]));
  const rows = alignment.pairs.map((p, i): ParallelRow => {
    const d = diffByPair.get(i);
    return {
      a: p.a ? (pa.get(p.a.id) ?? null) : null,
      b: p.b ? (pb.get(p.b.id) ?? null) : null,
      ...(p.why === undefined ? {} : { note: alignmentNote(p.why, names, tr) }),
      differences: d ? sayings(d, names, index.conceptById, tr) : [],
      sentencePairs: p.sentences ? new Map(p.sentences.map((s) => [s.a, s.b])) : null,
    };
  });
  const summary = tr.t(
    differences.unpaired > 0 ? 'reader.parallel.summaryUnpaired' : 'reader.parallel.summary',
    {
      pairs: tr.t('reader.parallel.pairs', { count: differences.pairs.length }),
      agreeing: differences.agreeing,
      onlyA: tr.t('reader.parallel.concepts', { count: differences.onlyACount }),
      onlyB: tr.t('reader.parallel.concepts', { count: differences.onlyBCount }),
      unpaired: tr.t('reader.parallel.paragraphs', { count: differences.unpaired }),
      a: names[0],
      b: names[1],
    },
  );
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
