// npm run bench:search: search index build and query times, on the real corpus and on 1,000
// seeded synthetic documents, and tagging time for the largest document the browser accepts.
// Node on this machine; the browser figures come from `npm run bench:document`.

import { corpusInputs } from '../src/lib/corpus/build-corpus.ts';
import { buildCorpus } from '../src/lib/corpus/build-corpus.ts';
import { MAX_DOCUMENT_BYTES } from '../src/lib/documents/draft.ts';
import { corpusWithUserDocuments } from '../src/lib/documents/user-corpus.ts';
import { indexCorpus, type CorpusIndex } from '../src/lib/model/corpus-index.ts';
import {
  buildSearchIndex,
  buildSearchIndexSync,
  searchSentences,
} from '../src/lib/model/search.ts';
import { realCorpus } from '../test/support/mini-corpus.ts';
import { syntheticDocuments, syntheticText } from '../test/support/synthetic-corpus.ts';

const QUERIES = [
  'data',
  'data flows',
  'cross-border data flow',
  'capacity building',
  'digitl',
  'governance of artificial intelligence',
];

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
function time<T>(f: () => T): [T, number] {
  const t = performance.now();
  const r = f();
  return [r, performance.now() - t];
}
const ms = (x: number): string => (x < 10 ? x.toFixed(2) : x.toFixed(0));

async function measure(name: string, index: CorpusIndex): Promise<void> {
  const builds: number[] = [];
  let si = buildSearchIndexSync(index);
  for (let i = 0; i < 5; i++) {
    const [built, t] = time(() => buildSearchIndexSync(index));
    si = built;
    builds.push(t);
  }
  // The app's way: slices of ≤12 ms with a pause between them.
  let longest = 0;
  let last = performance.now();
  const started = last;
  await buildSearchIndex(index, {
    pause: () =>
      new Promise((resolve) =>
        setTimeout(() => {
          last = performance.now();
          resolve();
        }, 0),
      ),
    now: () => {
      const n = performance.now();
      longest = Math.max(longest, n - last);
      return n;
    },
  });
  const sliced = performance.now() - started;
  console.log(
    `\n${name}: ${index.corpus.documents.length} documents, ${index.sentenceByKey.size} sentences`,
  );
  console.log(
    `  index build: ${ms(median(builds))} ms (median of 5, in one go); in slices: ${ms(sliced)} ms in all, longest slice ${ms(longest)} ms`,
  );
  for (const q of QUERIES) {
    const runs: number[] = [];
    let hits = 0;
    for (let i = 0; i < 21; i++) {
      const [r, t] = time(() => searchSentences(si, q));
      hits = r.length;
      runs.push(t);
    }
    console.log(`  query "${q}": ${ms(median(runs))} ms (median of 21), ${hits} sentences`);
  }
}

const real = realCorpus();
await measure('Real corpus', indexCorpus(real));

const inputs = corpusInputs(real);
const synthetic = syntheticDocuments(inputs.codebook, { documents: 1000 });
const bytes = synthetic.reduce((n, d) => n + d.text.length, 0);
const [big, tagMs] = time(() =>
  buildCorpus(inputs.codebook, inputs.records, [...inputs.documents, ...synthetic]),
);
console.log(
  `\n1,000 synthetic documents (seed 1): ${(bytes / 1e6).toFixed(1)} MB of text tagged in ${ms(tagMs)} ms (${(bytes / 1e6 / (tagMs / 1000)).toFixed(1)} MB/s)`,
);
const [bigIndex, indexMs] = time(() => indexCorpus(big));
console.log(`  indexCorpus: ${ms(indexMs)} ms`);
await measure('Real + 1,000 synthetic documents', bigIndex);

const text = syntheticText(inputs.codebook, MAX_DOCUMENT_BYTES);
const doc = {
  header: {
    ...inputs.documents[0]!.header,
    id: 'largest',
    title: 'Largest',
    year: 2023,
    date: '2023-11-09',
  },
  text,
  added: new Date(0).toISOString(),
};
const [withLargest, largestMs] = time(() => corpusWithUserDocuments(real, [doc]));
const largest = withLargest.documents.find((d) => d.id === 'largest')!;
console.log(
  `\nLargest document accepted (${(new TextEncoder().encode(text).length / (1024 * 1024)).toFixed(2)} MB, ${largest.wordCount.toLocaleString('en')} words, ${largest.sentences.length.toLocaleString('en')} sentences): tagged in ${ms(largestMs)} ms in Node`,
);
