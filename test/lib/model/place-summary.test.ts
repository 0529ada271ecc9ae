import { describe, expect, it } from 'vitest';
import { indexCorpus } from '../../../src/lib/model/corpus-index.ts';
import {
  countrySelection,
  placeFamily,
  placeMentionsOf,
  placeSummary,
} from '../../../src/lib/model/place-summary.ts';
import { timelineCorpus } from '../../support/forum-fixtures.ts';
import { realCorpus } from '../../support/mini-corpus.ts';

describe('placeSummary (fixtures)', () => {
  const index = indexCorpus(timelineCorpus());
  // Texts: "Wuzhen" (p1.s1), "U.N." (p1.s3). Records: 2029 and 2030 venue wuzhen; 2030 host un.
  it('counts each place in the texts and in the forum records', () => {
    const s = placeSummary(index);
    expect(s.counts.map((c) => [c.place.id, c.text, c.record, c.total])).toEqual([
      ['wuzhen', 1, 2, 3],
      ['un', 1, 1, 2],
    ]);
  });

  it('puts one marker on the venue with its forums and milestones, never the forums’ own milestones', () => {
    const [m, ...rest] = placeSummary(index).markers;
    expect(rest).toEqual([]);
    expect(m!.place.id).toBe('wuzhen');
    expect([m!.lon, m!.lat]).toEqual([120.49, 30.74]);
    expect(m!.forums.map((f) => f.year)).toEqual([2029, 2030]);
    expect(m!.milestones.map((x) => x.id)).toEqual(['span', 'same-day']);
    expect(m!.named).toBe(3);
  });

  it('shades countries by what is named in them, and lists what has no place on the map', () => {
    const s = placeSummary(index);
    expect(s.countries.map((c) => [c.country, c.total, c.entry])).toEqual([['156', 3, null]]);
    expect(countrySelection(s.countries[0]!)).toBe('wuzhen');
    expect(s.unplacedMilestones.map((m) => [m.id, m.placeNote])).toEqual([
      ['early', 'held online'],
    ]);
    // The U.N. of the fixtures has neither coordinates, nor a country, nor a seat.
    expect(s.unlocated.map((c) => c.place.id)).toEqual(['un']);
  });

  it('filters by forum year: that year’s forum, texts and milestones', () => {
    const s = placeSummary(index, { year: 2029 });
    expect(s.counts.map((c) => [c.place.id, c.text, c.record])).toEqual([
      ['wuzhen', 0, 1],
      ['un', 0, 0],
    ]);
    expect(s.markers[0]!.forums.map((f) => f.year)).toEqual([2029]);
    expect(s.unplacedMilestones).toEqual([]);
    expect(placeMentionsOf(index, 'wuzhen', { year: 2029 })).toEqual([]);
    expect(placeMentionsOf(index, 'wuzhen').map((m) => m.text)).toEqual(['Wuzhen']);
  });
});

describe('placeSummary (the real data)', () => {
  const index = indexCorpus(realCorpus());
  const s = placeSummary(index);

  it('Wuzhen: one marker, three forums', () => {
    const wuzhen = s.markers.filter((m) => m.place.id === 'wuzhen');
    expect(wuzhen).toHaveLength(1);
    expect(wuzhen[0]!.forums.map((f) => f.year)).toEqual([2022, 2023, 2024]);
  });

  it('a city gathers the organisations seated there; a country everything in it', () => {
    expect([...placeFamily(index, 'beijing')].sort()).toEqual(
      ['beijing', 'cac', 'cidca', 'cpifa', 'miit'].sort(),
    );
    expect(placeFamily(index, 'china').has('wuzhen')).toBe(true);
    expect(placeFamily(index, 'wuzhen')).toEqual(new Set(['wuzhen']));
  });

  it('lists the milestones without a venue with the record’s reason', () => {
    expect(s.unplacedMilestones.map((m) => [m.id, m.placeNote])).toEqual([
      ['data-security-initiative', 'venue not stated in the cited pages'],
      ['high-level-dialogue', 'venue not stated in the cited pages'],
    ]);
  });
});
