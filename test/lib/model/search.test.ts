import { describe, expect, it } from 'vitest';
import { indexCorpus } from '../../../src/lib/model/corpus-index.ts';
import { groupByYearAndDocument } from '../../../src/lib/model/group-by-document.ts';
import {
  buildSearchIndex,
  buildSearchIndexSync,
  phrasePattern,
  searchSentences,
} from '../../../src/lib/model/search.ts';
import { corpusOfTexts } from '../../support/mini-corpus.ts';

// Written for these tests. In doc-a, p1.s2 says "data" and "flows" twice each in a short sentence,
// so that BM25 alone ranks it above p1.s1, which has the phrase "data flows" once.
const index = indexCorpus(
  corpusOfTexts([
    {
      id: 'doc-a',
      year: 2030,
      text: 'Cross-border data flows need rules that all parties accept. Data and flows, data and flows. Databases hold records.',
    },
    { id: 'doc-b', year: 2031, text: 'Data flows grew in 2031.' },
  ]),
);
const si = buildSearchIndexSync(index);
const ids = (hits: ReturnType<typeof searchSentences>) =>
  hits.map((h) => `${h.sentence.doc.id}:${h.sentence.sentence.id}:${h.tier}`);

describe('searchSentences: ranking', () => {
  it('ranks the exact phrase above sentences with both words apart, and those above partial matches', () => {
    // BM25 on its own ranks the sentence with both words twice above the phrase: the tiers must win.
    const raw = si.mini.search('data flows', { prefix: true, combineWith: 'OR' }).map((r) => r.id);
    expect(raw.indexOf('doc-a:p1.s2')).toBeLessThan(raw.indexOf('doc-a:p1.s1'));

    expect(ids(searchSentences(si, 'data flows', { year: 2030 }))).toEqual([
      'doc-a:p1.s1:phrase',
      'doc-a:p1.s2:all-words',
      'doc-a:p1.s3:partial',
    ]);
  });

  it('finds a phrase whatever its case, with a hyphen where the query has a space', () => {
    const hits = searchSentences(si, 'CROSS BORDER data');
    expect(ids(hits)[0]).toBe('doc-a:p1.s1:phrase');
    expect(hits[0]!.line.match).toBe('Cross-border data');
  });

  it('counts a word inside a longer word as partial, not exact', () => {
    const hits = searchSentences(si, 'data', { year: 2030 });
    expect(ids(hits)).toEqual([
      // Both exact sentences first (the shorter, denser one scores higher), then "Databases".
      'doc-a:p1.s2:phrase',
      'doc-a:p1.s1:phrase',
      'doc-a:p1.s3:partial',
    ]);
    expect(hits[2]!.line).toEqual({
      before: '',
      match: 'Databases',
      after: ' hold records.',
      clippedBefore: false,
      clippedAfter: false,
    });
  });

  it('keeps to the year asked for', () => {
    expect(ids(searchSentences(si, 'data flows', { year: 2031 }))).toEqual(['doc-b:p1.s1:phrase']);
    expect(searchSentences(si, 'data flows', { year: 2029 })).toEqual([]);
  });

  it('gives a keyword-in-context line around the phrase, cut at the window', () => {
    const hit = searchSentences(si, 'data flows', { year: 2030, contextWords: 2 })[0]!;
    expect(hit.line).toEqual({
      before: 'Cross-border ',
      match: 'data flows',
      after: ' need rules',
      clippedBefore: false,
      clippedAfter: true,
    });
  });

  it('returns nothing for a query without words, and never throws on regex characters', () => {
    expect(searchSentences(si, '   ')).toEqual([]);
    expect(searchSentences(si, '?!')).toEqual([]);
    expect(() => searchSentences(si, 'data (flows')).not.toThrow();
    expect(phrasePattern('a.b')?.test('axb')).toBe(false);
  });
});

describe('buildSearchIndex', () => {
  it('builds in slices, giving the page back between them, with the same results', async () => {
    let pauses = 0;
    let clock = 0;
    const sliced = await buildSearchIndex(index, {
      sliceMs: 1,
      now: () => (clock += 1),
      pause: async () => {
        pauses++;
      },
    });
    // Every add takes one tick of this clock, so each slice holds one sentence.
    expect(pauses).toBe(index.sentenceByKey.size - 1);
    expect(ids(searchSentences(sliced, 'data flows'))).toEqual(
      ids(searchSentences(si, 'data flows')),
    );
  });
});

describe('groupByYearAndDocument', () => {
  it('groups by year and document in the order the items come', () => {
    const s = (key: string) => ({ sentence: index.sentenceByKey.get(key)! });
    const items = [s('doc-b:p1.s1'), s('doc-a:p1.s3'), s('doc-a:p1.s1')];
    expect(
      groupByYearAndDocument(items).map((g) => [
        g.year,
        g.count,
        g.documents.map((d) => [d.doc.id, d.items.map((i) => i.sentence.sentence.id)]),
      ]),
    ).toEqual([
      [2031, 1, [['doc-b', ['p1.s1']]]],
      [2030, 2, [['doc-a', ['p1.s3', 'p1.s1']]]],
    ]);
  });
});
