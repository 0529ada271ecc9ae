// Look-up tables over a corpus, built once when it loads (or when a user adds a document), so
// that views answer "which sentences", "which concept", "which year" without scanning lists.

import { sentenceKey } from '../corpus/cooccurrence.ts';
import type {
  CodedConcept,
  Concept,
  Corpus,
  CorpusDocument,
  ForumRecord,
  Mention,
  Sentence,
  SentenceKey,
  Theme,
} from '../corpus/types.ts';
import type { UrlVocabulary } from '../state/url-state.ts';

export interface IndexedSentence {
  key: SentenceKey;
  doc: CorpusDocument;
  sentence: Sentence;
  /** Position in corpus reading order. */
  order: number;
  text: string;
}

/** How a forum year is known: from a source text, or from concepts coded from its record. */
export type YearBasis =
  | { kind: 'text'; year: number; documents: CorpusDocument[]; complete: boolean }
  | { kind: 'record'; year: number; forum: ForumRecord; coded: CodedConcept[] }
  | { kind: 'none'; year: number };

export interface CorpusIndex {
  corpus: Corpus;
  themes: Theme[];
  themeById: Map<string, Theme>;
  concepts: Concept[];
  conceptById: Map<string, Concept>;
  documentById: Map<string, CorpusDocument>;
  sentenceByKey: Map<SentenceKey, IndexedSentence>;
  mentionsByConcept: Map<string, Mention[]>;
  mentionsBySentence: Map<SentenceKey, Mention[]>;
  /** Every year with a forum record or a source document, ascending. */
  years: number[];
  forumByYear: Map<number, ForumRecord>;
}

export function indexCorpus(corpus: Corpus): CorpusIndex {
  const sentenceByKey = new Map<SentenceKey, IndexedSentence>();
  for (const doc of corpus.documents) {
    for (const sentence of doc.sentences) {
      const key = sentenceKey(doc.id, sentence.id);
      sentenceByKey.set(key, {
        key,
        doc,
        sentence,
        order: sentenceByKey.size,
        text: doc.text.slice(sentence.start, sentence.end),
      });
    }
  }
  const mentionsByConcept = new Map<string, Mention[]>();
  const mentionsBySentence = new Map<SentenceKey, Mention[]>();
  for (const m of corpus.mentions) {
    push(mentionsByConcept, m.ref, m);
    push(mentionsBySentence, sentenceKey(m.doc, m.sentence), m);
  }
  // A language version that is not counted is still read with its phrases marked.
  for (const m of corpus.versionMentions ?? [])
    push(mentionsBySentence, sentenceKey(m.doc, m.sentence), m);
  const years = [
    ...new Set([...corpus.forums.map((f) => f.year), ...corpus.documents.map((d) => d.year)]),
  ].sort((a, b) => a - b);
  return {
    corpus,
    themes: corpus.codebook.themes,
    themeById: new Map(corpus.codebook.themes.map((t) => [t.id, t])),
    concepts: corpus.codebook.concepts,
    conceptById: new Map(corpus.codebook.concepts.map((c) => [c.id, c])),
    documentById: new Map(corpus.documents.map((d) => [d.id, d])),
    sentenceByKey,
    mentionsByConcept,
    mentionsBySentence,
    years,
    forumByYear: new Map(corpus.forums.map((f) => [f.year, f])),
  };
}

/** A year rests on its source texts when it has any; otherwise on its forum record's coded concepts. */
export function yearBasis(index: CorpusIndex, year: number): YearBasis {
  // A year with two language versions of a document rests on the one counted (a year counts once).
  const documents = index.corpus.documents.filter(
    (d) => d.year === year && d.countedVersion === undefined,
  );
  if (documents.length > 0)
    return { kind: 'text', year, documents, complete: documents.some((d) => d.complete) };
  const forum = index.forumByYear.get(year);
  if (forum?.record)
    return {
      kind: 'record',
      year,
      forum,
      coded: index.corpus.coded.filter((c) => c.year === year),
    };
  return { kind: 'none', year };
}

/** The ids the URL may name, for parseUrl. */
export function urlVocabulary(index: CorpusIndex): UrlVocabulary {
  return {
    themes: index.themes.map((t) => t.id),
    concepts: new Set(index.conceptById.keys()),
    renamedConcepts: index.corpus.codebook.renamed,
    years: index.years,
    documents: new Map(
      index.corpus.documents.map((d) => [d.id, new Set(d.sentences.map((s) => s.id))]),
    ),
    places: new Set(index.corpus.places.map((p) => p.id)),
    milestones: new Set(index.corpus.milestones.map((m) => m.id)),
  };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
