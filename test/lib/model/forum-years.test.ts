import { describe, expect, it } from 'vitest';
import { indexCorpus } from '../../../src/lib/model/corpus-index.ts';
import { forumDay, formatForumDate } from '../../../src/lib/model/forum-timeline.ts';
import { basesInWords, yearSpan } from '../../../src/lib/model/forum-years.ts';
import { corpusWithAdded2029 } from '../../support/forum-fixtures.ts';
import { miniCorpus } from '../../support/mini-corpus.ts';
import { enTr, zhTr } from '../../support/i18n.ts';

describe('yearSpan', () => {
  it('spans the first to the last year, whatever the order', () => {
    expect(yearSpan([2024, 2022, 2025, 2023])).toBe('2022–2025');
    expect(yearSpan([2024])).toBe('2024');
    expect(yearSpan([])).toBe('');
  });
});

describe('basesInWords', () => {
  it('says which years rest on a text and which on a record, from the data', () => {
    expect(basesInWords(indexCorpus(miniCorpus()), enTr)).toBe(
      '2030 from its full text; 2029 coded from its published record',
    );
    // A text added for 2029 replaces its record: the words follow with no code change.
    expect(basesInWords(indexCorpus(corpusWithAdded2029()), enTr)).toBe(
      '2029 and 2030 from their full texts',
    );
  });

  it('says the same in Chinese', () => {
    expect(basesInWords(indexCorpus(miniCorpus()), zhTr)).toBe(
      '2030年依据全文；2029年依据公开记录编码',
    );
    expect(basesInWords(indexCorpus(corpusWithAdded2029()), zhTr)).toBe('2029和2030年依据全文');
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
    expect(formatForumDate(known, enTr)).toBe('1 May 2030');
    expect(forumDay(unknown)).toBe('2031-03-04');
    expect(formatForumDate(unknown, enTr)).toBe('by 4 March 2031 (day not stated)');
    expect(formatForumDate(known, zhTr)).toBe('2030年5月1日');
    expect(formatForumDate(unknown, zhTr)).toBe('不晚于2031年3月4日（具体日期未说明）');
  });
});
