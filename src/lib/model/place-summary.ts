// The places of the story, for the map: the forum venue and the milestones' venues as markers, the
// countries and organisations that the texts (corpus.placeMentions) and the forum records (hosts,
// venues) name, with how often, and what has no place to put on a map (listed, never invented).

import type { ForumRecord, Mention, Milestone, Place } from '../corpus/types.ts';
import type { CorpusIndex } from './corpus-index.ts';
import { standaloneMilestones } from './standalone-milestones.ts';

export interface PlaceCount {
  place: Place;
  /** Mentions in the texts. */
  text: number;
  /** Times a forum record names it: as a venue, or as a host. */
  record: number;
  total: number;
}

/** A point on the map: a place with coordinates, and everything that happened or is named there. */
export interface PlaceMarker {
  place: Place;
  lon: number;
  lat: number;
  /** Forums held here, oldest first. */
  forums: ForumRecord[];
  /** Milestones (other than the forums) held here, in date order. */
  milestones: Milestone[];
  /** Organisations seated here. */
  organisations: Place[];
  /** The place and its seated organisations: texts + records. */
  named: number;
}

/** A country shaded by how often it, or a place in it, is named. */
export interface CountryShade {
  /** ISO 3166-1 numeric code, as world-atlas uses. */
  country: string;
  /** The country's own entry in places.json, when it has one. */
  entry: Place | null;
  /** The named places in it (the country itself, cities, organisations), most named first. */
  places: PlaceCount[];
  total: number;
}

export interface PlaceSummary {
  counts: PlaceCount[];
  markers: PlaceMarker[];
  countries: CountryShade[];
  /** Milestones with no single venue (an online dialogue), with the record's reason. */
  unplacedMilestones: Milestone[];
  /** Named places with neither coordinates nor a country (an organisation with no seat given). */
  unlocated: PlaceCount[];
}

export interface PlaceFilter {
  /** Only this forum year: its forum, its texts and the milestones of that calendar year. */
  year?: number | null;
}

const yearOf = (iso: string): number => Number(iso.slice(0, 4));

/** The place and what a mention of it counts towards: a city gathers its seated organisations, a country everything in it. */
export function placeFamily(index: CorpusIndex, placeId: string): Set<string> {
  const place = index.corpus.places.find((p) => p.id === placeId);
  const family = new Set([placeId]);
  if (!place) return family;
  for (const p of index.corpus.places) {
    if (place.kind === 'city' && p.seat === place.id) family.add(p.id);
    if (place.kind === 'country' && p.country !== undefined && p.country === place.country)
      family.add(p.id);
  }
  return family;
}

/** Text mentions of a place and its family (see placeFamily), for the given year or all. */
export function placeMentionsOf(
  index: CorpusIndex,
  placeId: string,
  filter: PlaceFilter = {},
): Mention[] {
  const family = placeFamily(index, placeId);
  const docYear = new Map(index.corpus.documents.map((d) => [d.id, d.year]));
  return index.corpus.placeMentions.filter(
    (m) => family.has(m.ref) && (filter.year == null || docYear.get(m.doc) === filter.year),
  );
}

export function placeSummary(index: CorpusIndex, filter: PlaceFilter = {}): PlaceSummary {
  const { places, placeMentions, documents } = index.corpus;
  const inYear = (y: number): boolean => filter.year == null || y === filter.year;
  const docYear = new Map(documents.map((d) => [d.id, d.year]));
  const forums = index.corpus.forums.filter((f) => inYear(f.year));

  const text = new Map<string, number>();
  for (const m of placeMentions)
    if (inYear(docYear.get(m.doc) ?? NaN)) text.set(m.ref, (text.get(m.ref) ?? 0) + 1);
  const record = new Map<string, number>();
  const bump = (id: string): void => void record.set(id, (record.get(id) ?? 0) + 1);
  for (const f of forums) {
    if (f.venue.place) bump(f.venue.place);
    for (const host of f.hosts.value ?? []) bump(host);
  }
  const counts: PlaceCount[] = places.map((place) => {
    const t = text.get(place.id) ?? 0;
    const r = record.get(place.id) ?? 0;
    return { place, text: t, record: r, total: t + r };
  });
  const countOf = new Map(counts.map((c) => [c.place.id, c]));

  // The milestones that stand on their own (one that stands for a forum is shown as that forum),
  // in date order, then by id.
  const milestones = standaloneMilestones(index.corpus)
    .filter((m) => inYear(yearOf(m.date)))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id.localeCompare(b.id)));

  const markers: PlaceMarker[] = [];
  for (const place of places) {
    if (place.lat === undefined || place.lon === undefined) continue;
    const here = forums.filter((f) => f.venue.place === place.id);
    const events = milestones.filter((m) => m.place === place.id);
    const organisations = places.filter((p) => p.seat === place.id);
    const named = [place, ...organisations].reduce(
      (n, p) => n + (countOf.get(p.id)?.total ?? 0),
      0,
    );
    if (here.length === 0 && events.length === 0 && named === 0) continue;
    markers.push({
      place,
      lon: place.lon,
      lat: place.lat,
      forums: here,
      milestones: events,
      organisations,
      named,
    });
  }

  const byCountry = new Map<string, PlaceCount[]>();
  for (const c of counts) {
    if (c.place.country === undefined || c.total === 0) continue;
    const list = byCountry.get(c.place.country);
    if (list) list.push(c);
    else byCountry.set(c.place.country, [c]);
  }
  const countries: CountryShade[] = [...byCountry].map(([country, list]) => ({
    country,
    entry: places.find((p) => p.kind === 'country' && p.country === country) ?? null,
    places: [...list].sort((x, y) => y.total - x.total),
    total: list.reduce((n, c) => n + c.total, 0),
  }));
  countries.sort((x, y) => y.total - x.total || x.country.localeCompare(y.country));

  return {
    counts,
    markers,
    countries,
    unplacedMilestones: milestones.filter((m) => m.place === null),
    unlocated: counts.filter(
      (c) =>
        c.total > 0 &&
        c.place.country === undefined &&
        (c.place.lat === undefined || c.place.lon === undefined) &&
        c.place.seat === undefined,
    ),
  };
}

/** The place a click on a country selects: its own entry, else the most-named place in it. */
export function countrySelection(shade: CountryShade): string | null {
  return shade.entry?.id ?? shade.places[0]?.place.id ?? null;
}
