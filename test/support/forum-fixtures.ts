// Variants of the mini fixture corpus for the timeline, comparison and map tests (see
// test/fixtures/README.md): with the timeline milestones, with a reader's full text for 2029, and
// with a third year (2031).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCorpusFromFiles } from '../../src/lib/corpus/load-inputs.ts';
import type { Corpus, InputFile } from '../../src/lib/corpus/types.ts';
import { miniFiles } from './mini-corpus.ts';

export function fixtureFile(path: string): InputFile {
  return { path, content: readFileSync(join('test/fixtures', path)) };
}

/** mini/ with timeline/milestones.json in place of its own milestones. */
export function timelineCorpus(): Corpus {
  return buildCorpusFromFiles(miniFiles({ milestones: fixtureFile('timeline/milestones.json') }));
}

/** mini/ plus added/fixture-2029-statement.txt among its sources, as a reader would add it. */
export function corpusWithAdded2029(): Corpus {
  const files = miniFiles();
  return buildCorpusFromFiles({
    ...files,
    sources: [...files.sources, fixtureFile('added/fixture-2029-statement.txt')],
  });
}

/** mini/ plus a text for 2031: three years (2029 record, 2030 text, 2031 text). */
export function threeYearCorpus(): Corpus {
  const files = miniFiles();
  return buildCorpusFromFiles({
    ...files,
    sources: [...files.sources, fixtureFile('added/fixture-2031-statement.txt')],
  });
}
