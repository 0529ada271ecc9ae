import { describe, expect, it } from 'vitest';
import { concordance } from '../../../src/lib/model/concordance.ts';
import { indexCorpus } from '../../../src/lib/model/corpus-index.ts';
import { miniCorpus } from '../../support/mini-corpus.ts';

// The fixture (test/fixtures/mini/sources/fixture-statement.txt) mentions "data flow" three times:
// p1.s2 "We support cross-border data flows and data security."
// p3.s2 "Bridge gaps in cross border data flow."
// p3.s4 "Data flow matters."
const index = indexCorpus(miniCorpus());

describe('concordance', () => {
  it('lists every mention of a concept in reading order, each in its context', () => {
    const lines = concordance(index, 'data-flow', { contextWords: 2 });
    expect(lines.map((l) => [l.sentence.sentence.id, l.line])).toEqual([
      [
        'p1.s2',
        {
          before: 'We support ',
          match: 'cross-border data flows',
          after: ' and data',
          clippedBefore: false,
          clippedAfter: true,
        },
      ],
      [
        'p3.s2',
        {
          before: 'gaps in ',
          match: 'cross border data flow',
          after: '.',
          clippedBefore: true,
          clippedAfter: false,
        },
      ],
      [
        'p3.s4',
        {
          before: '',
          match: 'Data flow',
          after: ' matters.',
          clippedBefore: false,
          clippedAfter: false,
        },
      ],
    ]);
  });

  it('keeps to a year, and has no lines for a concept only coded in a record', () => {
    expect(concordance(index, 'data-flow', { year: 2029 })).toEqual([]);
    expect(concordance(index, 'coded-only')).toEqual([]);
    expect(concordance(index, 'no-such-concept')).toEqual([]);
  });
});
