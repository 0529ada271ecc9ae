// Uncoded-term extraction's speed: on the real corpus (public/data/corpus.json) and on 1,000 seeded
// synthetic documents built by the same pipeline (bench/synthetic-corpus.ts), timed in Node. Also
// prints the 2024 text's top 15 uncoded terms, for the codebook's author to read.

import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { buildCorpus } from '../src/lib/corpus/build-corpus.ts';
import type { Corpus } from '../src/lib/corpus/types.ts';
import { extractUncodedTerms } from '../src/lib/corpus/uncoded-terms.ts';
import { realInputs } from './pipeline.ts';
import { syntheticDocuments, textBytes } from './synthetic-corpus.ts';

function time(corpus: Corpus, runs: number): number[] {
  extractUncodedTerms(corpus); // warm-up: compiling the code, once per process
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    extractUncodedTerms(corpus);
    ms.push(performance.now() - t0);
  }
  return ms;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
};

const real = JSON.parse(readFileSync('public/data/corpus.json', 'utf8')) as Corpus;
const realMs = time(real, 9);
const words = real.documents.reduce((n, d) => n + d.wordCount, 0);
console.log(
  `real corpus (${real.documents.length} text, ${words} words): median ${median(realMs).toFixed(1)} ms of 9 runs`,
);

const { codebook, records } = realInputs();
const docs = syntheticDocuments(codebook, { count: 1000, seed: 7 });
const synthetic = buildCorpus(codebook, records, docs);
const synthMs = time(synthetic, 3);
console.log(
  `1,000 synthetic documents (${(textBytes(docs) / 1e6).toFixed(1)} MB): median ${(median(synthMs) / 1000).toFixed(2)} s of 3 runs`,
);

const y2024 = extractUncodedTerms(real).years.find((y) => y.id === '2024')!;
console.log(`\n2024's top 15 uncoded terms (${y2024.method}):`);
for (const t of y2024.terms.slice(0, 15)) console.log(`  ${t.count}× ${t.text}`);
