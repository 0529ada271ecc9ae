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
}

export interface Concept {
  id: string;
  theme: string;
  label: string;
  definition: string;
  phrases: string[];
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
  text: string;
  wordCount: number;
  paragraphs: Paragraph[];
  sentences: Sentence[];
}

// ---- records ------------------------------------------------------------------------------------

/** A fact and the page (or citation) it rests on. */
export interface SourcedFact<T> {
  value: T;
  note?: string;
  source: string;
}

export interface ForumRecord {
  year: number;
  edition: number;
  label: string;
  date: SourcedFact<string>;
  venue: SourcedFact<string> & { place: string | null };
  hosts: SourcedFact<string[] | null>;
  title: SourcedFact<string | null>;
  outcome: { title: string; kind: string; url: string; source: string };
  document: string | null;
  record: {
    summary: string;
    extent: string;
    source: string;
    coded: { concept: string; note: string }[];
  } | null;
}

export interface Milestone {
  id: string;
  date: string;
  dateEnd?: string;
  label: string;
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
  note: string;
  source: string;
}

export interface Coverage {
  doc: string;
  sentences: number;
  matched: number;
  unmatched: string[];
}

export interface Corpus {
  schemaVersion: number;
  codebook: Codebook;
  documents: CorpusDocument[];
  mentions: Mention[];
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
