// The real data/ with the Chinese fixture (test/fixtures/zh, written for the tests, see its README)
// added as a language version of the 2024 statement.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCorpusFromFiles } from '../../src/lib/corpus/load-inputs.ts';
import type { Corpus, InputFile } from '../../src/lib/corpus/types.ts';

export const CHINESE_FIXTURE = 'test/fixtures/zh/2024-chair-statement.zh.txt';
export const CHINESE_ID = '2024-chair-statement-zh';
export const ENGLISH_ID = '2024-chair-statement';

const file = (path: string, content?: string): InputFile => ({
  path,
  content: content ?? readFileSync(path),
});

/** The data folder's inputs, with extra source files. */
export function dataWith(...sources: InputFile[]): Corpus {
  return buildCorpusFromFiles({
    codebook: file('data/codebook.json'),
    forums: file('data/forums.json'),
    milestones: file('data/milestones.json'),
    places: file('data/places.json'),
    sources: [
      ...readdirSync('data/sources')
        .filter((n) => n.endsWith('.txt'))
        .map((n) => file(join('data/sources', n))),
      ...sources,
    ],
  });
}

export function corpusWithChinese(): Corpus {
  return dataWith(file(CHINESE_FIXTURE));
}

/** The data folder alone, to compare with. */
corpusWithChinese.english = (): Corpus => dataWith();

export const chineseFixtureFile = (): InputFile => file(CHINESE_FIXTURE);
