import { describe, expect, it } from 'vitest';
import { buildCorpusFromFiles } from '../../../src/lib/corpus/load-inputs.ts';
import { indexCorpus, type IndexedSentence } from '../../../src/lib/model/corpus-index.ts';
import type { MatchTier, SearchHit } from '../../../src/lib/model/search.ts';
import {
  messageParts,
  mentionsInText,
  readerDocument,
} from '../../../src/views/reader/reader-state.ts';
import {
  concordanceView,
  isPhrase,
  searchResults,
  searchSummary,
} from '../../../src/views/reader/findings-state.ts';
import { readerParagraphs } from '../../../src/lib/model/reader-text.ts';
import { enTr, zhTr } from '../../support/i18n.ts';
import { miniCorpus, miniFiles } from '../../support/mini-corpus.ts';

// The mini fixture (test/fixtures/mini) has one text, fixture-statement (2030), and a record of
// 2029 that codes "coded-only". A second text of 2031, written for this test, makes two documents.
const second = `---
id: second-note
title: Second note
year: 2031
date: 2031-03-02
language: en
kind: speech
source: https://example.org/second
complete: false
---
Our data flow grows. Nothing else here.
`;
const files = miniFiles();
const index = indexCorpus(
  buildCorpusFromFiles({
    ...files,
    sources: [
      ...files.sources,
      { path: 'test/fixtures/mini/sources/second-note.txt', content: second },
    ],
  }),
);

const sentence = (doc: string, id: string): IndexedSentence =>
  [...index.sentenceByKey.values()].find((s) => s.doc.id === doc && s.sentence.id === id)!;
const hit = (doc: string, id: string, tier: MatchTier): SearchHit => ({
  sentence: sentence(doc, id),
  tier,
  score: 1,
  line: { before: '', match: 'x', after: '', clippedBefore: false, clippedAfter: false },
});

describe('readerDocument', () => {
  it('opens the document the link names, else the first one, else nothing', () => {
    expect(readerDocument(index, 'second-note')?.id).toBe('second-note');
    expect(readerDocument(index, null)?.id).toBe(index.corpus.documents[0]!.id);
    expect(readerDocument(index, 'no-such-doc')?.id).toBe(index.corpus.documents[0]!.id);
    const empty = indexCorpus({ ...miniCorpus(), documents: [] });
    expect(readerDocument(empty, null)).toBeNull();
  });
});

describe('mentionsInText', () => {
  it('counts the mentions of a concept in the paragraphs drawn', () => {
    const doc = index.documentById.get('fixture-statement')!;
    // "cross-border data flows", "cross border data flow", "Data flow": three mentions.
    expect(mentionsInText(readerParagraphs(index, doc), 'data-flow')).toBe(3);
    expect(mentionsInText(readerParagraphs(index, doc), 'coded-only')).toBe(0);
  });
});

describe('search results', () => {
  it('puts exact matches apart from partial ones and counts the documents', () => {
    const r = searchResults([
      hit('fixture-statement', 'p1.s2', 'phrase'),
      hit('second-note', 'p1.s1', 'phrase'),
      hit('fixture-statement', 'p3.s4', 'partial'),
    ]);
    expect(r.exactCount).toBe(2);
    expect(r.documents).toBe(2);
    expect(r.exact.map((g) => g.year)).toEqual([2030, 2031]);
    expect(r.partial.flatMap((g) => g.documents.map((d) => d.doc.id))).toEqual([
      'fixture-statement',
    ]);
  });

  it('says how many sentences in how many texts, and how many are exact', () => {
    const exact = hit('fixture-statement', 'p1.s2', 'phrase');
    const partial = hit('second-note', 'p1.s1', 'all-words');
    expect(searchSummary(searchResults([exact]), 'data', enTr)).toBe(
      '1 sentence in 1 text: it has the exact word.',
    );
    expect(searchSummary(searchResults([exact, exact]), 'data flow', enTr)).toBe(
      '2 sentences in 1 text: all with the exact phrase.',
    );
    expect(searchSummary(searchResults([partial]), 'data flow', enTr)).toBe(
      '1 sentence in 1 text: none with the exact phrase.',
    );
    expect(searchSummary(searchResults([exact, partial, partial]), 'data flow', enTr)).toBe(
      '3 sentences in 2 texts: 1 with the exact phrase, 2 partial.',
    );
  });

  it('says the same in Chinese', () => {
    const exact = hit('fixture-statement', 'p1.s2', 'phrase');
    const partial = hit('second-note', 'p1.s1', 'all-words');
    expect(searchSummary(searchResults([exact, partial, partial]), 'data flow', zhTr)).toBe(
      '2篇文本中有3个句子：1个含有完全相同的短语，2个部分相符。',
    );
    expect(searchSummary(searchResults([exact]), '数据', zhTr)).toBe(
      '1篇文本中有1个句子，含有完全相同的词。',
    );
  });

  it('takes a query of more than one word as a phrase', () => {
    expect(isPhrase(' data ')).toBe(false);
    expect(isPhrase('data flow')).toBe(true);
  });
});

describe('concordanceView', () => {
  it('lists the mentions of every year, or of one, and the records that code the concept', () => {
    const all = concordanceView(index, 'data-flow', null);
    expect(all.lines.map((l) => `${l.sentence.doc.id} ${l.sentence.sentence.id}`)).toEqual([
      'fixture-statement p1.s2',
      'fixture-statement p3.s2',
      'fixture-statement p3.s4',
      'second-note p1.s1',
    ]);
    expect(all.groups.map((g) => [g.year, g.count])).toEqual([
      [2030, 3],
      [2031, 1],
    ]);
    expect(concordanceView(index, 'data-flow', 2031).lines).toHaveLength(1);
    const coded = concordanceView(index, 'coded-only', null);
    expect(coded.lines).toEqual([]);
    expect(coded.coded.map((c) => [c.year, c.words])).toEqual([[2029, 'a made-up phrase']]);
    expect(concordanceView(index, 'coded-only', 2030).coded).toEqual([]);
  });
});

describe('messageParts', () => {
  it('cuts a message around the slots drawn as elements, in each language’s order', () => {
    expect(messageParts(enTr, 'reader.searchHeadingYear', { year: '2024' }, ['q'])).toEqual([
      { text: 'Search: ' },
      { slot: 'q' },
      { text: ' in 2024' },
    ]);
    expect(messageParts(zhTr, 'reader.searchHeadingYear', { year: '2024' }, ['q'])).toEqual([
      { text: '检索：2024年中的' },
      { slot: 'q' },
    ]);
  });
});
