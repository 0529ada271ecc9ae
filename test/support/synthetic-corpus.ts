// Seeded synthetic documents for benchmarks and scale tests: sentences that mix codebook phrases
// with filler words, in paragraphs, with an occasional numbered heading. Same seed, same texts.

import type { DocumentInput } from '../../src/lib/corpus/build-corpus.ts';
import type { Codebook } from '../../src/lib/corpus/types.ts';

/** Park–Miller LCG: small, seeded, good enough to vary texts. */
export function lcg(seed: number): () => number {
  let s = seed % 2147483647 || 1;
  return () => (s = (s * 48271) % 2147483647) / 2147483647;
}

const FILLER =
  'the forum parties cooperation global development countries shared future open fair practical support promote strengthen jointly deepen exchanges mutual learning common interest partnership initiative network region industry research projects people equitable balanced inclusive new stage blueprint opportunity challenge risk security'.split(
    ' ',
  );

export interface SyntheticOptions {
  documents: number;
  /** Words per document, roughly. */
  words?: number;
  seed?: number;
  firstYear?: number;
}

export function syntheticDocuments(
  codebook: Codebook,
  { documents, words = 850, seed = 1, firstYear = 2025 }: SyntheticOptions,
): DocumentInput[] {
  const random = lcg(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const phrases = codebook.concepts.flatMap((c) => c.phrases);
  const sentence = (): string => {
    const n = 12 + Math.floor(random() * 18);
    const out: string[] = [];
    while (out.length < n) out.push(random() < 0.18 ? pick(phrases) : pick(FILLER));
    const s = out.join(' ');
    return `${s[0]!.toUpperCase()}${s.slice(1)}.`;
  };
  const docs: DocumentInput[] = [];
  for (let d = 0; d < documents; d++) {
    const paragraphs: string[] = [];
    let count = 0;
    let heading = 1;
    while (count < words) {
      if (random() < 0.12) paragraphs.push(`${heading++}. ${pick(phrases)} and ${pick(FILLER)}`);
      const sentences = Array.from({ length: 1 + Math.floor(random() * 4) }, sentence);
      paragraphs.push(sentences.join(' '));
      count += sentences.join(' ').split(' ').length;
    }
    const year = firstYear + (d % 10);
    docs.push({
      header: {
        id: `synthetic-${String(d + 1).padStart(4, '0')}`,
        title: `Synthetic document ${d + 1}`,
        year,
        date: `${year}-06-01`,
        language: 'en',
        kind: 'document',
        source: '',
        complete: true,
      },
      text: paragraphs.join('\n'),
      origin: 'user',
    });
  }
  return docs;
}

/** One text of about `bytes` bytes, for the largest-document measurement. */
export function syntheticText(codebook: Codebook, bytes: number, seed = 7): string {
  const parts: string[] = [];
  let size = 0;
  let i = 0;
  while (true) {
    const doc = syntheticDocuments(codebook, { documents: 1, words: 2000, seed: seed + i++ })[0]!;
    if (size + doc.text.length + 1 > bytes) break;
    parts.push(doc.text);
    size += doc.text.length + 1;
  }
  return parts.join('\n');
}
