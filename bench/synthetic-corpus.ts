// Seeded synthetic inputs for the benchmark: the same seed always gives the same documents.
//
// - syntheticDocuments: many documents written with a real codebook's phrases among plain policy
//   words, for the pipeline's throughput (MB of text a second).
// - syntheticGraphCorpus: a corpus with a made-up codebook of N concepts and exactly M links (each
//   link said by one sentence of its own), for dragging a large graph.
//
// Both go through the real pipeline (buildCorpus), so the app reads them like the shipped corpus.

import { buildCorpus, type DocumentInput } from '../src/lib/corpus/build-corpus.ts';
import type { Records } from '../src/lib/corpus/records.ts';
import type { Codebook, Concept, Corpus } from '../src/lib/corpus/types.ts';
import { pick, seededRandom } from '../test/support/seeded-random.ts';

// Words that appear in no codebook phrase of ours on their own: the text around the phrases.
const FILLER = [
  'participants',
  'agreed',
  'that',
  'the',
  'parties',
  'should',
  'work',
  'together',
  'on',
  'practical',
  'measures',
  'for',
  'all',
  'countries',
  'with',
  'a',
  'view',
  'to',
  'shared',
  'progress',
  'in',
  'their',
  'respective',
  'plans',
  'and',
  'regional',
  'partners',
  'will',
  'continue',
  'dialogue',
  'exchange',
  'experience',
  'support',
  'projects',
  'over',
  'coming',
  'years',
  'through',
  'open',
  'consultation',
] as const;

function fillerWords(random: () => number, count: number): string {
  return Array.from({ length: count }, () => pick(random, FILLER)).join(' ');
}

function sentence(random: () => number, phrases: readonly string[]): string {
  const parts = [fillerWords(random, 3 + Math.floor(random() * 6))];
  for (const p of phrases) parts.push(p, fillerWords(random, 2 + Math.floor(random() * 5)));
  const text = parts.join(' ');
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
}

function header(i: number, year: number, prefix: string): DocumentInput['header'] {
  return {
    id: `${prefix}-${String(i + 1).padStart(4, '0')}`,
    title: `Synthetic document ${i + 1}`,
    year,
    date: `${year}-11-${String(1 + (i % 28)).padStart(2, '0')}`,
    language: 'en',
    kind: 'synthetic',
    source: '',
    complete: true,
  };
}

export interface SyntheticDocumentsOptions {
  count: number;
  seed?: number;
  /** Paragraphs per document (each of one to three sentences). */
  paragraphs?: number;
  years?: readonly number[];
}

/**
 * Documents in the style of a forum statement: numbered headings, paragraphs of one to three
 * sentences, each sentence naming zero to three codebook phrases among filler words.
 */
export function syntheticDocuments(
  codebook: Codebook,
  options: SyntheticDocumentsOptions,
): DocumentInput[] {
  const random = seededRandom(options.seed ?? 1);
  const phrases = codebook.concepts.flatMap((c) => c.phrases);
  const years = options.years ?? [2022, 2023, 2024];
  const paragraphs = options.paragraphs ?? 24;
  return Array.from({ length: options.count }, (_, i) => {
    const lines: string[] = [];
    for (let p = 0; p < paragraphs; p++) {
      if (p % 8 === 0) lines.push(`${p / 8 + 1}. Section ${p / 8 + 1}`);
      const sentences = Array.from({ length: 1 + Math.floor(random() * 3) }, () =>
        sentence(
          random,
          Array.from({ length: Math.floor(random() * 4) }, () => pick(random, phrases)),
        ),
      );
      lines.push(sentences.join(' '));
    }
    return {
      header: header(i, years[i % years.length]!, 'synthetic'),
      text: `${lines.join('\n')}\n`,
      origin: 'project' as const,
    };
  });
}

// Made-up words from consonant–vowel syllables. No "s", so that no word is another's plural, and
// no word of FILLER can be made, so phrases only match where they are written.
const CONSONANTS = 'bdfgklmnprtvz';
const VOWELS = 'aeiou';

function uniqueWords(random: () => number, count: number): string[] {
  const words = new Set<string>();
  while (words.size < count) {
    let w = '';
    for (let i = 0; i < 3; i++) w += pick(random, [...CONSONANTS]) + pick(random, [...VOWELS]);
    words.add(w);
  }
  return [...words];
}

export interface SyntheticGraphOptions {
  concepts: number;
  links: number;
  seed?: number;
  /** Sentences (one link each, one sentence a paragraph) per document. */
  sentencesPerDocument?: number;
}

/** The concept pairs of the synthetic graph: connected (a random tree first), no pair twice. */
export function syntheticLinks(
  random: () => number,
  concepts: number,
  links: number,
): [number, number][] {
  const max = (concepts * (concepts - 1)) / 2;
  if (links < concepts - 1 || links > max)
    throw new Error(`${links} links cannot join ${concepts} concepts into one simple graph`);
  const seen = new Set<number>();
  const out: [number, number][] = [];
  const add = (a: number, b: number): boolean => {
    const [x, y] = a < b ? [a, b] : [b, a];
    const key = x * concepts + y;
    if (x === y || seen.has(key)) return false;
    seen.add(key);
    out.push([x, y]);
    return true;
  };
  for (let i = 1; i < concepts; i++) add(i, Math.floor(random() * i));
  while (out.length < links) add(Math.floor(random() * concepts), Math.floor(random() * concepts));
  return out;
}

/**
 * A corpus of `concepts` made-up concepts (spread over the real themes) and exactly `links`
 * co-occurrence links by sentence: each link is one sentence naming its two concepts. The forum
 * records are the real ones, with their coded concepts left out (the concepts are made up) and
 * each forum year given synthetic text.
 */
export function syntheticGraphCorpus(
  base: { codebook: Codebook; records: Records },
  options: SyntheticGraphOptions,
): Corpus {
  const random = seededRandom(options.seed ?? 2);
  const words = uniqueWords(random, Math.ceil(Math.sqrt(options.concepts)) * 2 + 8);
  const phrases = new Set<string>();
  while (phrases.size < options.concepts)
    phrases.add(`${pick(random, words)} ${pick(random, words)}`);
  const themes = base.codebook.themes;
  const concepts: Concept[] = [...phrases].map((phrase, i) => ({
    id: `c${String(i + 1).padStart(4, '0')}-${phrase.replace(' ', '-')}`,
    theme: themes[i % themes.length]!.id,
    label: `${phrase[0]!.toUpperCase()}${phrase.slice(1)}`,
    definition: `Synthetic concept ${i + 1}.`,
    phrases: [phrase],
  }));
  const codebook: Codebook = { ...base.codebook, concepts, renamed: {}, names: [] };
  const pairs = syntheticLinks(random, options.concepts, options.links);
  const per = options.sentencesPerDocument ?? 200;
  const years = base.records.forums.map((f) => f.year);
  const documents: DocumentInput[] = [];
  for (let start = 0, i = 0; start < pairs.length; start += per, i++) {
    const lines = pairs
      .slice(start, start + per)
      .map(([a, b]) => sentence(random, [concepts[a]!.phrases[0]!, concepts[b]!.phrases[0]!]));
    documents.push({
      header: header(i, years[i % years.length]!, 'synthetic-graph'),
      text: `${lines.join('\n')}\n`,
      origin: 'project',
    });
  }
  const records: Records = {
    forums: base.records.forums.map((f) => ({
      ...f,
      document: documents.find((d) => d.header.year === f.year)?.header.id ?? null,
      record: null,
    })),
    milestones: base.records.milestones.map((m) => ({ ...m, concepts: [] })),
    places: base.records.places,
  };
  return buildCorpus(codebook, records, documents);
}

/** UTF-8 bytes of the documents' texts: what "MB of text" counts. */
export function textBytes(documents: readonly DocumentInput[]): number {
  return documents.reduce((n, d) => n + Buffer.byteLength(d.text, 'utf8'), 0);
}
