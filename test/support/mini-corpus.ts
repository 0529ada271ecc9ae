// The hand-written fixture corpus of test/fixtures/mini (see its README), for tests of the model
// and the components.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCorpus, corpusInputs } from '../../src/lib/corpus/build-corpus.ts';
import { buildCorpusFromFiles, type CorpusFiles } from '../../src/lib/corpus/load-inputs.ts';
import type { Corpus } from '../../src/lib/corpus/types.ts';

const DIR = 'test/fixtures/mini';

export function miniFiles(overrides: Partial<CorpusFiles> = {}): CorpusFiles {
  const f = (name: string) => ({ path: join(DIR, name), content: readFileSync(join(DIR, name)) });
  return {
    codebook: f('codebook.json'),
    forums: f('forums.json'),
    milestones: f('milestones.json'),
    places: f('places.json'),
    sources: readdirSync(join(DIR, 'sources')).map((n) => f(join('sources', n))),
    ...overrides,
  };
}

export function miniCorpus(): Corpus {
  return buildCorpusFromFiles(miniFiles());
}

/** The real corpus as committed (public/data/corpus.json). */
export function realCorpus(): Corpus {
  return JSON.parse(readFileSync('public/data/corpus.json', 'utf8')) as Corpus;
}

/** A corpus of the mini codebook and records with the given texts instead of the fixture's. */
export function corpusOfTexts(
  texts: { id: string; year: number; text: string; title?: string; origin?: 'project' | 'user' }[],
): Corpus {
  const inputs = corpusInputs(miniCorpus());
  return buildCorpus(
    inputs.codebook,
    inputs.records,
    texts.map((t) => ({
      header: {
        ...inputs.documents[0]!.header,
        id: t.id,
        title: t.title ?? t.id,
        year: t.year,
        date: `${t.year}-05-01`,
      },
      text: t.text,
      origin: t.origin ?? 'project',
    })),
  );
}
