import { describe, expect, it } from 'vitest';
import { indexCorpus } from '../../../src/lib/model/corpus-index.ts';
import { forumDay, formatForumDate } from '../../../src/lib/model/forum-timeline.ts';
import { basesInWords, yearSpan } from '../../../src/lib/model/forum-years.ts';
import { corpusWithAdded2029 } from '../../support/forum-fixtures.ts';
import { miniCorpus } from '../../support/mini-corpus.ts';

describe('yearSpan', () => {
  it('spans the first to the last year, whatever the order', () => {
    expect(yearSpan([2024, 2022, 2025, 2023])).toBe('2022–2025');
    expect(yearSpan([2024])).toBe('2024');
    expect(yearSpan([])).toBe('');
  });
});

describe('basesInWords', () => {
  it('says which years rest on a text and which on a record, from the data', () => {
    expect(basesInWords(indexCorpus(miniCorpus()))).toBe(
      '2030 from its full text; 2029 coded from its published record',
    );
    // A text added for 2029 replaces its record: the words follow with no code change.
    expect(basesInWords(indexCorpus(corpusWithAdded2029()))).toBe(
      '2029 and 2030 from their full texts',
    );
  });
});

describe('forum dates', () => {
  const known = { year: 2030, date: { value: '2030-05-01', source: 'https://example.org' } };
  const unknown = {
    year: 2031,
    date: { value: null, before: '2031-03-04', note: 'not stated', source: 'https://example.org' },
  };
  it('a known day is the day; an unknown one is the day it was held by, and says so', () => {
    expect(forumDay(known)).toBe('2030-05-01');
    expect(formatForumDate(known)).toBe('1 May 2030');
    expect(forumDay(unknown)).toBe('2031-03-04');
    expect(formatForumDate(unknown)).toBe('by 4 March 2031 (day not stated)');
  });
});
