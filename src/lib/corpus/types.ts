// The corpus data model: what the pipeline reads (inputs) and what it writes (public/data/corpus.json).
// One file of types so the pipeline, the model and the views agree on a single shape.

export const CORPUS_SCHEMA_VERSION = 1;

/** A file handed to the pipeline: its path (for messages) and its bytes or text. */
export interface InputFile {
  path: string;
  content: string | Uint8Array;
}

// ---- codebook ---------------------------------------------------------------------------------

export interface Theme {
  id: string;
  label: string;
  definition: string;
  color: string;
  /** The label in Chinese. */
  labelZh?: string;
  /** The definition in Chinese (the codebook's own words). */
  definitionZh?: string;
}

export interface Concept {
  id: string;
  theme: string;
  label: string;
  definition: string;
  phrases: string[];
  /** The label in Chinese. */
  labelZh?: string;
  /** The definition in Chinese (the codebook's own words). */
  definitionZh?: string;
  /** Chinese phrases that match it in Chinese texts (see chinese-matcher.ts). */
  phrasesZh?: string[];
  /** 'user': a concept the reader made (kept in their browser), not one of the codebook file's. */
  origin?: 'user';
}

export interface Codebook {
  version: string;
  themes: Theme[];
  concepts: Concept[];
  /** Old concept id → current id, so that links made before a rename keep working. */
  renamed: Record<string, string>;
  /** Proper names that contain concept phrases but do not count as mentions of them. */
  names: string[];
  /** The forums' own subject (a concept id): coverage is also reported without it. */
  subject?: string;
  /** The same, in Chinese (the forum's Chinese name). */
  namesZh?: string[];
}

// ---- source documents ---------------------------------------------------------------------------

export type DocumentOrigin = 'project' | 'user';

export interface SourceHeader {
  id: string;
  title: string;
  year: number;
  /** ISO date, YYYY-MM-DD. */
  date: string;
  language: string;
  kind: string;
  /** URL of the published text, or '' when there is none (a user's own document). */
  source: string;
  /** True when the text is the whole document, false for an excerpt. */
  complete: boolean;
  /** Id of the document this text is another language version of (e.g. a Chinese original). */
  versionOf?: string;
}

export interface Paragraph {
  /** Stable id within the document: p1, p2, … */
  id: string;
  start: number;
  end: number;
  kind: 'paragraph' | 'heading';
  /** The heading's or list item's own number ("1", "II"), when it has one. */
  number?: string;
}

export interface Sentence {
  /** Stable id within the document: p5.s2 is the second sentence of the fifth paragraph. */
  id: string;
  paragraph: string;
  start: number;
  end: number;
}

export interface CorpusDocument extends SourceHeader {
  origin: DocumentOrigin;
  /** The title in the original language when `title` is a translation (from the forum record). */
  originalTitle?: string;
  text: string;
  wordCount: number;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  /**
   * Set when another language version of the same document is counted in the charts instead of
   * this one (a year counts once): its id. This document's mentions are then in versionMentions.
   */
  countedVersion?: string;
}

// ---- records ------------------------------------------------------------------------------------

/** A further page that states part of a fact, and which part. */
export interface AlsoSource {
  url: string;
  about: string;
}

/** A fact and the page it rests on (an http(s) URL); a fact no page states has value null. */
export interface SourcedFact<T> {
  value: T;
  note?: string;
  source: string;
  /** What the source page is, when it is not the publisher's own page (a re-post, say). */
  citation?: string;
  /** Further pages for parts of the fact (the note's summit dates, say). */
  also?: AlsoSource[];
  /** The fact as a Chinese page states it, where one does (never a translation of ours). */
  valueZh?: string;
  /** The page that states `valueZh`. */
  sourceZh?: string;
}

export interface ForumRecord {
  year: number;
  edition: number;
  label: string;
  /** The day, or null when no source states it ('before' then bounds it). */
  date: SourcedFact<string | null> & { before?: string };
  venue: SourcedFact<string | null> & { place: string | null };
  hosts: SourcedFact<string[] | null>;
  /** The forum's theme, as the sources call it. */
  theme: SourcedFact<string | null>;
  outcome: ForumOutcome;
  document: string | null;
  record: {
    summary: string;
    extent: string;
    source: string;
    coded: { concept: string; words: string; note: string }[];
  } | null;
}

export interface ForumOutcome {
  title: string;
  kind: string;
  url: string;
  source: string;
  /** The title in the original language, when `title` is the explorer's translation. */
  originalTitle?: string;
  /** The page that gives the original title. */
  originalSource?: string;
  /** Says which title is a translation, and whose. */
  titleNote?: string;
  /** The same note in Chinese, for the Chinese page. */
  titleNoteZh?: string;
}

export interface Milestone {
  id: string;
  date: string;
  dateEnd?: string;
  label: string;
  /** The label in Chinese, where a source gives it (labelZhSource). */
  labelZh?: string;
  labelZhSource?: string;
  description: string;
  place: string | null;
  placeNote?: string;
  forum?: number;
  concepts: string[];
  phrases: string[];
  sources: string[];
}

export interface Place {
  id: string;
  name: string;
  /** The name in Chinese, where a source gives it (nameZhSource). */
  nameZh?: string;
  nameZhSource?: string;
  kind: 'city' | 'country' | 'organisation';
  detail?: string;
  lat?: number;
  lon?: number;
  /** ISO 3166-1 numeric code, as world-atlas uses. */
  country?: string;
  /** Id of the place where an organisation sits. */
  seat?: string;
  phrases: string[];
  source: string;
  also?: AlsoSource[];
  /** The sentences of a source document that name the place (links into the reader). */
  namedIn?: { document: string; sentences: string[] };
}

// ---- derived ------------------------------------------------------------------------------------

/** "2024-chair-statement:p5.s2": a sentence named across the whole corpus. */
export type SentenceKey = string;

export interface Mention {
  doc: string;
  sentence: string;
  /** Concept id, place id or milestone id, depending on the list it is in. */
  ref: string;
  start: number;
  end: number;
  /** The matched words, exactly as in the text: text.slice(start, end). */
  text: string;
}

export interface CooccurrenceEdge {
  /** "a~b" with a < b. */
  id: string;
  source: string;
  target: string;
  /** How many sentences (or paragraphs) say both. */
  weight: number;
  /** Sentences where both are said (by sentence), or sentences of shared paragraphs that say either. */
  sentences: SentenceKey[];
}

export interface ThemeShare {
  doc: string;
  theme: string;
  mentions: number;
  /** Mentions per 1,000 words of the document, so that an excerpt and a full text compare fairly. */
  per1000: number;
  /** This theme's part of all the document's mentions (0–1). */
  share: number;
}

export interface CodedConcept {
  year: number;
  concept: string;
  /** The words of the record the concept rests on. */
  words: string;
  note: string;
  source: string;
}

export interface Coverage {
  doc: string;
  sentences: number;
  matched: number;
  /** Sentences that match a concept other than the forums' own subject. */
  matchedBeyondSubject: number;
  unmatched: string[];
  /** Why nothing could match, when the codebook has no phrases in the document's language. */
  note?: string;
}

export interface Corpus {
  schemaVersion: number;
  codebook: Codebook;
  documents: CorpusDocument[];
  mentions: Mention[];
  /** Mentions in language versions that are not counted (see CorpusDocument.countedVersion). */
  versionMentions: Mention[];
  placeMentions: Mention[];
  milestoneMentions: Mention[];
  edges: { sentence: CooccurrenceEdge[]; paragraph: CooccurrenceEdge[] };
  themeShares: ThemeShare[];
  coded: CodedConcept[];
  coverage: Coverage[];
  forums: ForumRecord[];
  milestones: Milestone[];
  places: Place[];
}
