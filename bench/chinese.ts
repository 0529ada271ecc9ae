// npm run bench:chinese: the Chinese fixture's figures (sentences, mentions, sentences matched,
// paragraph concept agreement with the English version), and tagging time for 1 MB of Chinese
// text (the fixture's paragraphs repeated in a seeded order) in Node, with the search index build.

import { readFileSync } from 'node:fs';
import { corpusInputs } from '../src/lib/corpus/build-corpus.ts';
import { parseSourceFile } from '../src/lib/corpus/source-file.ts';
import { seededRandom } from '../src/lib/layout/random.ts';
import { corpusWithUserDocuments } from '../src/lib/documents/user-corpus.ts';
import { indexCorpus } from '../src/lib/model/corpus-index.ts';
import { buildSearchIndexSync, searchSentences } from '../src/lib/model/search.ts';
import { translationDifferences } from '../src/lib/model/translation-differences.ts';
import { alignVersions } from '../src/lib/model/version-alignment.ts';
import { realCorpus } from '../test/support/mini-corpus.ts';
import {
  CHINESE_FIXTURE,
  CHINESE_ID,
  ENGLISH_ID,
  corpusWithChinese,
} from '../test/support/chinese-fixture.ts';

const ms = (x: number): string => (x < 10 ? x.toFixed(2) : x.toFixed(0));
function time<T>(f: () => T): [T, number] {
  const t = performance.now();
  const r = f();
  return [r, performance.now() - t];
}

const corpus = corpusWithChinese();
const zh = corpus.documents.find((d) => d.id === CHINESE_ID)!;
const en = corpus.documents.find((d) => d.id === ENGLISH_ID)!;
const cov = corpus.coverage.find((c) => c.doc === CHINESE_ID)!;
const mentions = corpus.versionMentions.filter((m) => m.doc === CHINESE_ID);
const diff = translationDifferences(corpus, alignVersions(en, zh, ['English', 'Chinese']));
console.log(`Chinese fixture (${CHINESE_FIXTURE}):`);
console.log(
  `  ${zh.paragraphs.length} paragraphs, ${cov.sentences} sentences, ${cov.matched} with a concept (${((100 * cov.matched) / cov.sentences).toFixed(1)}%), ${mentions.length} mentions of ${new Set(mentions.map((m) => m.ref)).size} concepts, ${zh.wordCount} words (Intl.Segmenter)`,
);
console.log(
  `  paragraph concept agreement with the English p1–p7: ${diff.agreeing} of ${diff.pairs.length} aligned pairs say exactly the same concepts (${((100 * diff.agreeing) / diff.pairs.length).toFixed(1)}%); concepts only in the English: ${diff.onlyACount}, only in the Chinese: ${diff.onlyBCount}`,
);

// 1 MB of Chinese: the fixture's paragraphs in a seeded random order, until 1 MiB of UTF-8.
const fixture = parseSourceFile({
  path: CHINESE_FIXTURE,
  content: readFileSync(CHINESE_FIXTURE, 'utf8'),
});
const paragraphs = fixture.text.split('\n');
const random = seededRandom(1);
const parts: string[] = [];
let bytes = 0;
const encoder = new TextEncoder();
while (bytes < 1024 * 1024) {
  const p = paragraphs[Math.floor(random() * paragraphs.length)]!;
  parts.push(p);
  bytes += encoder.encode(p).length + 2;
}
const text = parts.join('\n\n');
const real = realCorpus();
const header = { ...corpusInputs(real).documents[0]!.header };
const doc = {
  header: {
    ...header,
    id: 'chinese-megabyte',
    title: 'One megabyte of Chinese',
    language: 'zh',
    complete: false,
  },
  text,
  added: new Date(0).toISOString(),
};
const runs: number[] = [];
let tagged = real;
for (let i = 0; i < 3; i++) {
  const [c, t] = time(() => corpusWithUserDocuments(real, [doc]));
  tagged = c;
  runs.push(t);
}
runs.sort((a, b) => a - b);
const big = tagged.documents.find((d) => d.id === 'chinese-megabyte')!;
const n = tagged.mentions.filter((m) => m.doc === 'chinese-megabyte').length;
console.log(
  `\n1 MB of Chinese (${(encoder.encode(text).length / (1024 * 1024)).toFixed(2)} MiB UTF-8, ${text.length.toLocaleString('en')} characters, ${big.sentences.length.toLocaleString('en')} sentences, ${big.wordCount.toLocaleString('en')} words, ${n.toLocaleString('en')} mentions): tagged in ${ms(runs[1]!)} ms (median of 3, Node, whole corpus rebuilt as when a document is added)`,
);
const [index, indexMs] = time(() => indexCorpus(tagged));
const [si, searchMs] = time(() => buildSearchIndexSync(index));
const [hits, queryMs] = time(() => searchSentences(si, '数据跨境流动'));
console.log(
  `  indexCorpus ${ms(indexMs)} ms; search index ${ms(searchMs)} ms; query 数据跨境流动 ${ms(queryMs)} ms (${hits.length} sentences)`,
);
