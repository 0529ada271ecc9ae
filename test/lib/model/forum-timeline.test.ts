import { describe, expect, it } from 'vitest';
import { formatIsoDate } from '../../../src/lib/text/dates.ts';
import { indexCorpus } from '../../../src/lib/model/corpus-index.ts';
import {
  findTimelineItem,
  isoToTime,
  timelineExtent,
  timelineForums,
  timelineItems,
} from '../../../src/lib/model/forum-timeline.ts';
import { timelineCorpus } from '../../support/forum-fixtures.ts';

const index = indexCorpus(timelineCorpus());
const items = timelineItems(index);

describe('timelineItems', () => {
  it('orders forums and milestones by date, a milestone before a forum on the same day', () => {
    expect(items.map((i) => [i.kind, i.id, i.date])).toEqual([
      ['milestone', 'early', '2027-03-05'],
      ['milestone', 'span', '2029-11-01'],
      ['milestone', 'same-day', '2029-11-09'],
      ['forum', '2029', '2029-11-09'],
      ['forum', '2030', '2030-05-01'],
    ]);
  });

  it('folds a forum’s own milestone into the forum, with its mentions', () => {
    const f2030 = items.find((i) => i.id === '2030');
    expect(f2030?.kind === 'forum' && f2030.milestone?.id).toBe('forum-2030');
    // "Data Forum" names it in the first sentence of the fixture statement.
    expect(f2030?.mentions.map((m) => [m.sentence, m.text])).toEqual([['p1.s1', 'Data Forum']]);
    expect(items.filter((i) => i.id === 'forum-2030')).toEqual([]);
  });

  it('keeps spans: start and end in UTC milliseconds', () => {
    const span = items.find((i) => i.id === 'span')!;
    expect(span.start).toBe(Date.UTC(2029, 10, 1));
    expect(span.end).toBe(Date.UTC(2029, 10, 3));
    expect(span.dateEnd).toBe('2029-11-03');
    expect(span.mentions.map((m) => [m.sentence, m.text])).toEqual([
      ['p1.s3', 'Secretary-General'],
    ]);
  });

  it('lists the forums oldest first, and the extent from the first item’s year to the year after the last forum', () => {
    expect(timelineForums(items).map((f) => f.year)).toEqual([2029, 2030]);
    expect(timelineExtent(items)).toEqual({ from: 2027, to: 2031 });
  });

  it('finds the selection by forum year, milestone id, or the forum’s own milestone id', () => {
    expect(findTimelineItem(items, '2029')?.kind).toBe('forum');
    expect(findTimelineItem(items, 'span')?.label).toBe('Three-day summit');
    expect(findTimelineItem(items, 'forum-2030')?.id).toBe('2030');
    expect(findTimelineItem(items, 'nope')).toBeNull();
    expect(findTimelineItem(items, null)).toBeNull();
  });
});

describe('dates', () => {
  it.each([
    ['2024-11-21', null, '21 November 2024'],
    ['2024-11-15', '2024-11-16', '15–16 November 2024'],
    ['2024-11-30', '2024-12-02', '30 November 2024 – 2 December 2024'],
    ['2015-09-25', '2015-09-25', '25 September 2015'],
  ])('%s to %s reads %s', (a, b, out) => {
    expect(formatIsoDate(a, b)).toBe(out);
  });

  it('reads ISO dates as UTC midnight', () => {
    expect(isoToTime('2020-03-01')).toBe(Date.UTC(2020, 2, 1));
  });
});
