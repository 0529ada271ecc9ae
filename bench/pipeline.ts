// The corpus pipeline's speed: 1,000 seeded synthetic documents written with the real codebook's
// phrases, built by the pure buildCorpus (as `npm run corpus` and the browser do), timed in Node.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildCorpus } from '../src/lib/corpus/build-corpus.ts';
import { readCodebook } from '../src/lib/corpus/codebook.ts';
import { readRecords, type Records } from '../src/lib/corpus/records.ts';
import type { Codebook } from '../src/lib/corpus/types.ts';
import { atLeast, atMost, measured, type Figure } from './report.ts';
import { syntheticDocuments, textBytes } from './synthetic-corpus.ts';

/** The project's real codebook and records, read and checked as `npm run corpus` does. */
export function realInputs(dataDir = 'data'): { codebook: Codebook; records: Records } {
  const file = (name: string) => ({
    path: join(dataDir, name),
    content: readFileSync(join(dataDir, name)),
  });
  const codebook = readCodebook(file('codebook.json'));
  const records = readRecords(
    {
      forums: file('forums.json'),
      milestones: file('milestones.json'),
      places: file('places.json'),
    },
    codebook,
  );
  return { codebook, records };
}

export function measurePipeline(options: { documents?: number; runs?: number } = {}): Figure[] {
  const count = options.documents ?? 1000;
  const runs = options.runs ?? 5;
  const { codebook, records } = realInputs();
  const documents = syntheticDocuments(codebook, { count, seed: 7 });
  const bytes = textBytes(documents);
  const seconds: number[] = [];
  let sentences = 0;
  // One run first, not counted: it pays for compiling the pipeline's code, once per process.
  buildCorpus(codebook, records, documents.slice(0, 50));
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const corpus = buildCorpus(codebook, records, documents);
    seconds.push((performance.now() - t0) / 1000);
    sentences = corpus.documents.reduce((n, d) => n + d.sentences.length, 0);
  }
  const mb = bytes / 1e6;
  const note = `${count} documents, ${mb.toFixed(1)} MB of text, ${sentences} sentences; median of ${runs} runs after a warm-up on 50`;
  return [
    measured(
      {
        id: 'pipeline.throughput',
        label: 'corpus pipeline throughput',
        unit: 'MB/s',
        target: atLeast(5),
      },
      seconds.map((s) => mb / s),
      note,
    ),
    measured(
      {
        id: 'pipeline.seconds',
        label: `corpus pipeline, ${count} documents`,
        unit: 's',
        target: atMost(10),
      },
      seconds,
    ),
  ];
}
