// Reads and checks data/places.json, data/forums.json and data/milestones.json against each
// other and the codebook: every id they use must exist, every fact must carry its source, and a
// source is always an absolute http(s) URL (a citation may say what the page is, never replace it).

import { InputError, type InputProblem } from './input-error.ts';
import { ISO_DATE, JsonInput, type Json, type JsonObject } from './json-input.ts';
import { SLUG } from './source-file.ts';
import type {
  AlsoSource,
  Codebook,
  ForumRecord,
  InputFile,
  Milestone,
  Place,
  SourcedFact,
} from './types.ts';

export interface Records {
  forums: ForumRecord[];
  milestones: Milestone[];
  places: Place[];
}

const PLACE_KINDS = new Set(['city', 'country', 'organisation']);
/** An absolute http(s) URL: what every `source` must be, so that a reader can follow it. */
export const SOURCE_URL = /^https?:\/\/[^\s/?#]+\.[^\s/?#]+\S*$/;
const URL_RULE = {
  pattern: SOURCE_URL,
  expected: 'an absolute http(s) URL of a page that states it',
};

const HAN = /\p{Script=Han}/u;

/**
 * An optional Chinese form of a fact (`valueZh`, `labelZh`, `nameZh`) and the page that states it
 * (`sourceZh`, …): never one without the other, the page an http(s) URL, the form in Chinese.
 * Returns the pair, or null when there is none (or when it is refused: the problem is recorded).
 */
function readChineseForm(
  input: JsonInput,
  obj: JsonObject,
  keys: { form: string; source: string },
  where: string,
): { form: string; source: string } | null {
  const hasForm = obj[keys.form] !== undefined;
  const hasSource = obj[keys.source] !== undefined;
  if (!hasForm && !hasSource) return null;
  if (!hasForm) {
    const source = obj[keys.source];
    input.fail(
      `${where}: "${keys.source}" without "${keys.form}": give the Chinese form the page states, or remove the source`,
      typeof source === 'string' ? source : undefined,
      keys.source,
    );
    return null;
  }
  const form = input.string(obj, keys.form, where);
  if (!hasSource) {
    // A Chinese form is a fact like any other: it enters only with the page that states it.
    input.fail(
      `${where}: "${keys.form}" needs "${keys.source}", the http(s) URL of a page that states it`,
      form || undefined,
      keys.form,
    );
    return null;
  }
  const source = input.string(obj, keys.source, where, URL_RULE);
  if (form && !HAN.test(form))
    input.fail(
      `${where}: "${keys.form}" is "${form}": expected Chinese characters`,
      form,
      keys.form,
    );
  return form && source && SOURCE_URL.test(source) && HAN.test(form) ? { form, source } : null;
}

/** Optional further pages of a fact: each a URL and what part of the fact it states. */
function readAlso(input: JsonInput, obj: JsonObject, where: string): AlsoSource[] | undefined {
  if (obj['also'] === undefined) return undefined;
  return input.array(obj, 'also', where).map((a, i) => {
    const at = `${where} "also" entry ${i + 1}`;
    const o = input.object(a, at) ?? {};
    return { url: input.string(o, 'url', at, URL_RULE), about: input.string(o, 'about', at) };
  });
}

export function readRecords(
  files: { forums: InputFile; milestones: InputFile; places: InputFile },
  codebook: Codebook,
): Records {
  const problems: InputProblem[] = [];
  const collect = <T>(read: () => T, fallback: T): T => {
    try {
      return read();
    } catch (e) {
      if (e instanceof InputError) {
        problems.push(...e.problems);
        return fallback;
      }
      throw e;
    }
  };
  const places = collect<Place[] | null>(() => readPlaces(files.places), null);
  // Where a file has problems of its own, the files that refer to it are not also blamed.
  const placeIds = places ? new Set(places.map((p) => p.id)) : null;
  const conceptIds = new Set(codebook.concepts.map((c) => c.id));
  const forums = collect<ForumRecord[] | null>(
    () => readForums(files.forums, placeIds, conceptIds),
    null,
  );
  const forumYears = forums ? new Set(forums.map((f) => f.year)) : null;
  const milestones = collect(
    () => readMilestones(files.milestones, placeIds, conceptIds, forumYears),
    [],
  );
  if (problems.length > 0) throw new InputError(problems);
  return { forums: forums ?? [], milestones, places: places ?? [] };
}

function listOf(input: JsonInput, key: string): JsonObject[] {
  const root = input.object(input.root, input.path);
  if (!root) return [];
  return input
    .array(root, key, input.path)
    .map((v, i) => input.object(v, `${key} entry ${i + 1}`))
    .filter((v): v is JsonObject => v !== null);
}

function readPlaces(file: InputFile): Place[] {
  const input = new JsonInput(file);
  const ids = new Set<string>();
  const places = listOf(input, 'places').map((obj, i): Place => {
    const id = input.string(obj, 'id', `place ${i + 1}`, { pattern: SLUG, expected: 'a slug' });
    const where = `place "${id}"`;
    if (ids.has(id)) input.fail(`${where}: duplicate place id`, id, 'id');
    ids.add(id);
    const kind = input.string(obj, 'kind', where);
    if (kind && !PLACE_KINDS.has(kind))
      input.fail(
        `${where}: unknown kind "${kind}" (expected city, country or organisation)`,
        kind,
        'kind',
      );
    const place: Place = {
      id,
      name: input.string(obj, 'name', where),
      kind: kind as Place['kind'],
      phrases: input.strings(obj, 'phrases', where),
      source: input.string(obj, 'source', where, URL_RULE),
    };
    const also = readAlso(input, obj, where);
    if (also) place.also = also;
    const zh = readChineseForm(input, obj, { form: 'nameZh', source: 'nameZhSource' }, where);
    if (zh) Object.assign(place, { nameZh: zh.form, nameZhSource: zh.source });
    if (obj['namedIn'] !== undefined) {
      const n = input.object(obj['namedIn'], `${where} "namedIn"`) ?? {};
      place.namedIn = {
        document: input.string(n, 'document', `${where} namedIn`, {
          pattern: SLUG,
          expected: 'a document id',
        }),
        sentences: input.strings(n, 'sentences', `${where} namedIn`, { nonEmpty: true }),
      };
    }
    const detail = input.string(obj, 'detail', where, { optional: true });
    if (detail) place.detail = detail;
    const lat = input.number(obj, 'lat', where, { optional: true, min: -90, max: 90 });
    const lon = input.number(obj, 'lon', where, { optional: true, min: -180, max: 180 });
    if ((lat === undefined) !== (lon === undefined))
      input.failAtKey(`${where}: give both "lat" and "lon", or neither`, id);
    if (lat !== undefined && lon !== undefined) Object.assign(place, { lat, lon });
    const country = input.string(obj, 'country', where, {
      optional: true,
      pattern: /^\d{3}$/,
      expected: 'an ISO 3166-1 numeric code such as "156"',
    });
    if (country) place.country = country;
    const seat = input.string(obj, 'seat', where, { optional: true });
    if (seat) place.seat = seat;
    if (kind === 'city' && lat === undefined)
      input.fail(`${where}: a city needs "lat" and "lon"`, id, 'id');
    if (kind === 'country' && !country)
      input.fail(`${where}: a country needs its "country" code`, id, 'id');
    return place;
  });
  for (const p of places) {
    if (p.seat && !ids.has(p.seat))
      input.fail(`place "${p.id}": unknown seat place id "${p.seat}"`, p.seat, 'seat');
  }
  input.throwIfProblems();
  return places;
}

function readFact<T>(
  input: JsonInput,
  obj: JsonObject,
  key: string,
  where: string,
  value: (v: Json | undefined) => T,
): SourcedFact<T> {
  const at = `${where} "${key}"`;
  const fact = input.object(obj[key], at) ?? {};
  const out: SourcedFact<T> = {
    value: value(fact['value']),
    source: input.string(fact, 'source', at, URL_RULE),
  };
  const note = input.string(fact, 'note', at, { optional: true });
  if (note) out.note = note;
  // What no page states is null, and then says so: a note is what a reader sees instead.
  if (fact['value'] === null && !note)
    input.failAtKey(`${at}: a fact no source states needs a "note" saying so`, key);
  const citation = input.string(fact, 'citation', at, { optional: true });
  if (citation) out.citation = citation;
  const also = readAlso(input, fact, at);
  if (also) out.also = also;
  const zh = readChineseForm(input, fact, { form: 'valueZh', source: 'sourceZh' }, at);
  // What no page states has no Chinese form either.
  if (zh && fact['value'] === null)
    input.fail(`${at}: "valueZh" is given for a fact whose value is null`, zh.form, 'valueZh');
  else if (zh) Object.assign(out, { valueZh: zh.form, sourceZh: zh.source });
  return out;
}

function readForums(
  file: InputFile,
  placeIds: Set<string> | null,
  conceptIds: Set<string>,
): ForumRecord[] {
  const input = new JsonInput(file);
  const years = new Set<number>();
  const forums = listOf(input, 'forums').map((obj, i): ForumRecord => {
    const year =
      input.number(obj, 'year', `forum ${i + 1}`, { integer: true, min: 1990, max: 2199 }) ?? 0;
    const where = `forum ${year}`;
    if (years.has(year)) input.failAtKey(`${where}: duplicate forum year`, 'year');
    years.add(year);

    const date: ForumRecord['date'] = readFact(input, obj, 'date', where, (v) =>
      typeof v === 'string' ? v : null,
    );
    const dateObj = input.object(obj['date'], `${where} "date"`) ?? {};
    if (date.value !== null) {
      if (!ISO_DATE.test(date.value) || !date.value.startsWith(String(year)))
        input.fail(`${where}: date "${date.value}" must be an ISO date in ${year}`, date.value);
    } else {
      // An unknown day is bounded by a dated page, so the timeline can place the forum honestly.
      const before = input.string(dateObj, 'before', `${where} date`, {
        pattern: ISO_DATE,
        expected: 'an ISO date: the forum was held on or before it',
      });
      if (before && !before.startsWith(String(year)))
        input.fail(`${where}: date "before" ${before} must be in ${year}`, before, 'before');
      date.before = before;
    }
    const venueObj = input.object(obj['venue'], `${where} "venue"`) ?? {};
    const venue = {
      ...readFact(input, obj, 'venue', where, (v) => (typeof v === 'string' ? v : null)),
      place: input.nullableString(venueObj, 'place', `${where} venue`),
    };
    if (venue.place !== null && placeIds && !placeIds.has(venue.place))
      input.fail(`${where}: unknown place id "${venue.place}"`, venue.place, 'place');
    const hosts = readFact(input, obj, 'hosts', where, (v) =>
      Array.isArray(v) ? v.filter((h): h is string => typeof h === 'string') : null,
    );
    for (const h of hosts.value ?? [])
      if (placeIds && !placeIds.has(h))
        input.fail(`${where}: unknown host id "${h}" (hosts are organisations in places.json)`, h);
    const theme = readFact(input, obj, 'theme', where, (v) => (typeof v === 'string' ? v : null));

    const outcomeObj = input.object(obj['outcome'], `${where} "outcome"`) ?? {};
    const outcome: ForumRecord['outcome'] = {
      title: input.string(outcomeObj, 'title', `${where} outcome`),
      kind: input.string(outcomeObj, 'kind', `${where} outcome`, {
        pattern: SLUG,
        expected: 'a slug',
      }),
      url: input.string(outcomeObj, 'url', `${where} outcome`, URL_RULE),
      source: input.string(outcomeObj, 'source', `${where} outcome`, URL_RULE),
    };
    const originalTitle = input.string(outcomeObj, 'originalTitle', `${where} outcome`, {
      optional: true,
    });
    if (originalTitle) {
      // A translated title says so, and where the original is: citations need both.
      outcome.originalTitle = originalTitle;
      outcome.originalSource = input.string(
        outcomeObj,
        'originalSource',
        `${where} outcome`,
        URL_RULE,
      );
      outcome.titleNote = input.string(outcomeObj, 'titleNote', `${where} outcome`);
      const titleNoteZh = input.string(outcomeObj, 'titleNoteZh', `${where} outcome`, {
        optional: true,
      });
      if (titleNoteZh) outcome.titleNoteZh = titleNoteZh;
    }

    let record: ForumRecord['record'] = null;
    if (obj['record'] !== null && obj['record'] !== undefined) {
      const r = input.object(obj['record'], `${where} "record"`) ?? {};
      const coded = input.array(r, 'coded', `${where} record`).map((c, k) => {
        const co = input.object(c, `${where} coded entry ${k + 1}`) ?? {};
        const concept = input.string(co, 'concept', `${where} coded entry ${k + 1}`);
        if (concept && !conceptIds.has(concept))
          input.fail(
            `${where}: unknown concept id "${concept}" in the coded record`,
            concept,
            'concept',
          );
        return {
          concept,
          // The words of the record the concept rests on, so that a reader can find them there.
          words: input.string(co, 'words', `${where} coded "${concept}"`),
          note: input.string(co, 'note', `${where} coded "${concept}"`),
        };
      });
      record = {
        summary: input.string(r, 'summary', `${where} record`),
        extent: input.string(r, 'extent', `${where} record`),
        source: input.string(r, 'source', `${where} record`, URL_RULE),
        coded,
      };
    }
    return {
      year,
      edition: input.number(obj, 'edition', where, { integer: true, min: 1 }) ?? 0,
      label: input.string(obj, 'label', where),
      date,
      venue,
      hosts,
      theme,
      outcome,
      document: input.nullableString(obj, 'document', where),
      record,
    };
  });
  input.throwIfProblems();
  return forums.sort((a, b) => a.year - b.year);
}

function readMilestones(
  file: InputFile,
  placeIds: Set<string> | null,
  conceptIds: Set<string>,
  forumYears: Set<number> | null,
): Milestone[] {
  const input = new JsonInput(file);
  const ids = new Set<string>();
  const milestones = listOf(input, 'milestones').map((obj, i): Milestone => {
    const id = input.string(obj, 'id', `milestone ${i + 1}`, { pattern: SLUG, expected: 'a slug' });
    const where = `milestone "${id}"`;
    if (ids.has(id)) input.fail(`${where}: duplicate milestone id`, id, 'id');
    ids.add(id);
    const date = input.string(obj, 'date', where, {
      pattern: ISO_DATE,
      expected: 'an ISO date (YYYY-MM-DD)',
    });
    const place = input.nullableString(obj, 'place', where);
    if (place !== null && placeIds && !placeIds.has(place))
      input.fail(`${where}: unknown place id "${place}"`, place, 'place');
    const concepts = input.strings(obj, 'concepts', where);
    for (const c of concepts)
      if (!conceptIds.has(c)) input.fail(`${where}: unknown concept id "${c}"`, c);
    const m: Milestone = {
      id,
      date,
      label: input.string(obj, 'label', where),
      description: input.string(obj, 'description', where),
      place,
      concepts,
      phrases: input.strings(obj, 'phrases', where),
      sources: input.strings(obj, 'sources', where, { nonEmpty: true }),
    };
    for (const url of m.sources)
      if (!SOURCE_URL.test(url))
        input.fail(`${where}: source "${url}" is not ${URL_RULE.expected}`, url);
    const dateEnd = input.string(obj, 'dateEnd', where, {
      optional: true,
      pattern: ISO_DATE,
      expected: 'an ISO date',
    });
    if (dateEnd) {
      if (dateEnd < date)
        input.fail(`${where}: "dateEnd" ${dateEnd} is before "date" ${date}`, dateEnd, 'dateEnd');
      m.dateEnd = dateEnd;
    }
    const placeNote = input.string(obj, 'placeNote', where, { optional: true });
    if (placeNote) m.placeNote = placeNote;
    const zh = readChineseForm(input, obj, { form: 'labelZh', source: 'labelZhSource' }, where);
    if (zh) Object.assign(m, { labelZh: zh.form, labelZhSource: zh.source });
    const forum = input.number(obj, 'forum', where, { optional: true, integer: true });
    if (forum !== undefined) {
      if (forumYears && !forumYears.has(forum))
        input.failAtKey(`${where}: "forum" ${forum} is not a year in forums.json`, 'forum');
      m.forum = forum;
    }
    return m;
  });
  input.throwIfProblems();
  return milestones.sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1,
  );
}
