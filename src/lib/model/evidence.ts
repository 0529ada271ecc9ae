// Evidence: the sentences behind a mark, with the words to mark in each. Every chart's click ends
// here, so that any number the app shows can be traced to the sentences it counts.

import { edgeId, sentenceKey, type CooccurrenceUnit } from '../corpus/cooccurrence.ts';
import type { CodedConcept, Mention, SentenceKey } from '../corpus/types.ts';
import type { Localized } from '../i18n/catalogue.ts';
import { labelIn } from '../i18n/labels.ts';
import type { Translator } from '../i18n/translator.ts';
import type { CorpusIndex, IndexedSentence } from './corpus-index.ts';
import { markSentence } from './marked-sentence.ts';

export interface TextPart {
  text: string;
  /** Concept id when this part is a mention to mark. */
  mark?: string;
}

export interface EvidenceSentence {
  sentence: IndexedSentence;
  /** The sentence cut into plain and marked parts, in order; joined they give the sentence text. */
  parts: TextPart[];
}

export interface Evidence {
  title: string;
  /** The title's language when it quotes a text (an uncoded term's words), for its `lang`. */
  titleLang?: string;
  /** Said after the title in the interface's language: "(not in the codebook)". */
  titleNote?: Localized;
  sentences: EvidenceSentence[];
  /** Record entries for years known only from their records (never mixed with text matches). */
  coded: CodedConcept[];
}

export interface EvidenceFilter {
  year?: number | null;
}

// Where the reader's text needs them without the rest of the evidence code (marked-sentence.ts).
export { cutAtMentions, markSentence } from './marked-sentence.ts';

function collect(
  index: CorpusIndex,
  keys: Iterable<SentenceKey>,
  concepts: ReadonlySet<string>,
  filter: EvidenceFilter,
): EvidenceSentence[] {
  const out: IndexedSentence[] = [];
  for (const key of new Set(keys)) {
    const s = index.sentenceByKey.get(key);
    if (s && (filter.year == null || s.doc.year === filter.year)) out.push(s);
  }
  return out.sort((a, b) => a.order - b.order).map((s) => markSentence(index, s, concepts));
}

const keysOf = (mentions: readonly Mention[]): SentenceKey[] =>
  mentions.map((m) => sentenceKey(m.doc, m.sentence));

export function conceptEvidence(
  index: CorpusIndex,
  conceptId: string,
  filter: EvidenceFilter = {},
  tr?: Translator,
): Evidence {
  const concept = index.conceptById.get(conceptId);
  const sentences = collect(
    index,
    keysOf(index.mentionsByConcept.get(conceptId) ?? []),
    new Set([conceptId]),
    filter,
  );
  const coded = index.corpus.coded.filter(
    (c) => c.concept === conceptId && (filter.year == null || c.year === filter.year),
  );
  const title = concept ? (tr ? labelIn(concept, tr.lang) : concept.label) : conceptId;
  return { title, sentences, coded };
}

/** Sentences behind a link: by sentence, those saying both; by paragraph, those of shared paragraphs. */
export function linkEvidence(
  index: CorpusIndex,
  a: string,
  b: string,
  unit: CooccurrenceUnit,
  filter: EvidenceFilter = {},
  tr?: Translator,
): Evidence {
  const id = edgeId(a, b);
  const edge = index.corpus.edges[unit].find((e) => e.id === id);
  const label = (c: string): string => {
    const concept = index.conceptById.get(c);
    return concept ? (tr ? labelIn(concept, tr.lang) : concept.label) : c;
  };
  // In a record, two concepts are linked when the same year's record codes both.
  const codedYears = (c: string): Set<number> =>
    new Set(index.corpus.coded.filter((k) => k.concept === c).map((k) => k.year));
  const yearsA = codedYears(a);
  const yearsB = codedYears(b);
  const coded = index.corpus.coded.filter(
    (c) =>
      (c.concept === a || c.concept === b) &&
      yearsA.has(c.year) &&
      yearsB.has(c.year) &&
      (filter.year == null || c.year === filter.year),
  );
  return {
    title: tr ? tr.t('graph.pair', { a: label(a), b: label(b) }) : `${label(a)} + ${label(b)}`,
    sentences: collect(index, edge?.sentences ?? [], new Set([a, b]), filter),
    coded,
  };
}
