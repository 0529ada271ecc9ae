// Seeded synthetic documents for the pipeline's throughput (MB of text a second): many documents
// written with a real codebook's phrases among plain policy words. The same seed always gives the
// same documents. (The synthetic corpus for the graph at scale is bench/synthetic-graph-corpus.ts.)

import type { DocumentInput } from '../src/lib/corpus/build-corpus.ts';
import type { Codebook } from '../src/lib/corpus/types.ts';
import { seededRandom } from '../src/lib/layout/random.ts';

const pick = <T>(random: () => number, list: readonly T[]): T =>
  list[Math.floor(random() * list.length)]!;

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

/** UTF-8 bytes of the documents' texts: what "MB of text" counts. */
export function textBytes(documents: readonly DocumentInput[]): number {
  return documents.reduce((n, d) => n + Buffer.byteLength(d.text, 'utf8'), 0);
}
