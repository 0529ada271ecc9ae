// The URL is a public interface: links and embeds live in articles for years. Everything a reader
// can see is in the hash: `#/graph?themes=ai-governance~data-flows&year=2024&focus=cross-border-data-flow`.
//
// parseUrl never throws. Each parameter comes back valid, invalid (it falls back to its default and
// the app says so quietly), missing, or migrated (an old form rewritten to the current one).
// serializeUrl writes the canonical form: known parameters only, in a fixed order, defaults left out.

import type { Catalogue, Localized, MessageKey } from '../i18n/catalogue.ts';
import { url as urlMessages } from '../i18n/en/url.ts';
import { createTranslator } from '../i18n/translator.ts';
import { LANGUAGES, languageOfTag, type Language } from '../i18n/language.ts';
import { migrateUrl, ROUTE_ALIASES, URL_MIGRATIONS, type UrlMigration } from './url-migrations.ts';

/**
 * The views and the parameters each one's link carries besides the shared ones (SHARED_PARAMS):
 * adding a view is a line here, its folder in src/views and its entry in src/views/registry.ts.
 * Only these are written to a route's canonical URL; the order is the navigation's.
 */
export const VIEW_PARAMS = {
  graph: ['year', 'link', 'unit', 'layout'],
  timeline: ['theme', 'sel', 'from', 'to'],
  compare: ['theme', 'a', 'b'],
  map: ['year', 'place'],
  read: ['year', 'doc', 's', 'q', 'panel'],
} as const satisfies Record<string, readonly ParamName[]>;
export type Route = keyof typeof VIEW_PARAMS;
export const ROUTES = Object.keys(VIEW_PARAMS) as readonly Route[];
export const DEFAULT_ROUTE: Route = 'graph';

/** Parameters of every view: the theme filter, the selected concept, the frame, the deck, the language. */
const SHARED_PARAMS: readonly ParamName[] = [
  'themes',
  'focus',
  'embed',
  'slides',
  'present',
  'lang',
];

/** The current URL version. Links without `v` are version 1; `v` is written once it moves past 1. */
export const URL_VERSION = 1;

export type CooccurrenceUnit = 'sentence' | 'paragraph';

/** Graph: one network (default) or small multiples, one panel per forum year. */
export type GraphLayoutMode = 'network' | 'years';
/** Other words people write for the small multiples; read as `years`, and said to be migrated. */
const LAYOUT_ALIASES: Readonly<Record<string, GraphLayoutMode>> = {
  'small-multiples': 'years',
  multiples: 'years',
  'by-year': 'years',
};

/** Reader: what the side panel shows besides search results. */
export const READER_PANELS = ['concordance', 'add'] as const;
export type ReaderPanel = (typeof READER_PANELS)[number];

export interface UrlState {
  route: Route;
  /** Theme filter (graph), theme underlines (reader), legend: null = all themes. */
  themes: string[] | null;
  /** Compare and timeline: the selected theme (a bar of a theme profile), for its evidence. */
  theme: string | null;
  /** Forum year filter: null = all years. */
  year: number | null;
  /** The selected concept, in every view. */
  focus: string | null;
  /** The selected link of the graph, "a~b" with a < b. */
  link: string | null;
  unit: CooccurrenceUnit;
  /** Graph: `years` shows one panel per forum year, the nodes in the same places in each. */
  layout: GraphLayoutMode;
  /** Timeline: the selected forum ("2024") or milestone id. */
  sel: string | null;
  /** Timeline: the visible window, in years. */
  from: number | null;
  to: number | null;
  /** Compare: the two years (null = the two latest forums). */
  a: number | null;
  b: number | null;
  /** Map: the selected place. */
  place: string | null;
  /** Reader: document, sentence, search query. */
  doc: string | null;
  s: string | null;
  q: string;
  /** Reader: the concordance of the focused concept, or the form to add a document. */
  panel: ReaderPanel | null;
  /** One chart alone, for an iframe. */
  embed: boolean;
  /** The presenter's saved views ("slides"), each a canonical hash such as "#/compare?a=2023&b=2024". */
  slides: readonly string[];
  /** Presentation mode: the number of the slide shown (1 = first), or null when not presenting. */
  present: number | null;
  /** The interface's language as the link states it; null = not stated (the reader's choice or the browser's). */
  lang: Language | null;
}

export type ParamName = Exclude<keyof UrlState, 'route'>;
export type ParamStatus = 'valid' | 'invalid' | 'missing' | 'migrated';

/** What the corpus allows; parsing checks ids against it. */
export interface UrlVocabulary {
  /** Theme ids in codebook order. */
  themes: readonly string[];
  concepts: ReadonlySet<string>;
  /** Old concept id → current id (codebook "renamed"). */
  renamedConcepts: Readonly<Record<string, string>>;
  years: readonly number[];
  /** Document id → its sentence ids. */
  documents: ReadonlyMap<string, ReadonlySet<string>>;
  places: ReadonlySet<string>;
  milestones: ReadonlySet<string>;
}

export interface ParamProblem {
  param: string;
  value: string;
  /** Why, in English (for logs and tests); `message` says it in the language in use. */
  reason: string;
  message: Localized;
  /** The parameter's name as shown, when it is not `param` itself (a slide's parameter). */
  paramMessage?: Localized;
}

export interface ParsedUrl {
  state: UrlState;
  route: ParamStatus;
  params: Record<ParamName, ParamStatus>;
  problems: ParamProblem[];
  /** Parameters the app does not know: ignored, and left out of the canonical URL. */
  unknown: string[];
}

export const DEFAULT_STATE: Readonly<UrlState> = Object.freeze({
  route: DEFAULT_ROUTE,
  themes: null,
  theme: null,
  year: null,
  focus: null,
  link: null,
  unit: 'sentence',
  layout: 'network',
  sel: null,
  from: null,
  to: null,
  a: null,
  b: null,
  place: null,
  doc: null,
  s: null,
  q: '',
  panel: null,
  embed: false,
  slides: Object.freeze([]) as readonly string[],
  present: null,
  lang: null,
});

/** Canonical order of parameters in a written URL. */
export const PARAM_ORDER: readonly ParamName[] = [
  'doc',
  's',
  'q',
  'panel',
  'a',
  'b',
  'themes',
  'theme',
  'year',
  'unit',
  'layout',
  'focus',
  'link',
  'sel',
  'from',
  'to',
  'place',
  'embed',
  'slides',
  'present',
  'lang',
];

const MAX_VALUE_LENGTH = 500;
/** A deck of slides is longer than one parameter: up to MAX_SLIDES views. */
const MAX_SLIDES_LENGTH = 8000;
export const MAX_SLIDES = 40;
const MAX_QUERY_LENGTH = 200;
const LIST_SEPARATOR = '~';

type Parsed<T> =
  | { ok: true; value: T; migrated?: boolean; notes?: ParamProblem[] }
  | { ok: false; message: Localized };
const ok = <T>(value: T, migrated = false): Parsed<T> => ({ ok: true, value, migrated });
const bad = (key: MessageKey, params?: Localized['params']): Parsed<never> => ({
  ok: false,
  message: params ? { key, params } : { key },
});

// Reasons are kept in English too, for logs and tests; the notice says them in the page's language.
// Only the link reader's own messages: the whole catalogue is not loaded for this.
const inEnglish = createTranslator('en', urlMessages as Partial<Catalogue> as Catalogue);
/** A problem with a link's parameter: the message, and its English words for logs and tests. */
export function paramProblem(param: string, value: string, message: Localized): ParamProblem {
  return { param, value, reason: inEnglish.t(message.key, message.params), message };
}

/** Other ways of writing a language: "zh-CN", "zh-Hans", "cn", "中文", "en-GB", "english". */
const LANGUAGE_ALIASES: Readonly<Record<string, Language>> = {
  cn: 'zh',
  chinese: 'zh',
  中文: 'zh',
  english: 'en',
};

function parseYear(raw: string, vocab: UrlVocabulary): Parsed<number> {
  if (!/^\d{4}$/.test(raw)) return bad('url.notYear');
  const y = Number(raw);
  return vocab.years.includes(y)
    ? ok(y)
    : bad('url.noForumIn', { year: raw, years: vocab.years.join(', ') });
}

function parseConcept(raw: string, vocab: UrlVocabulary): Parsed<string> {
  if (vocab.concepts.has(raw)) return ok(raw);
  const renamed = vocab.renamedConcepts[raw];
  if (renamed !== undefined && vocab.concepts.has(renamed)) return ok(renamed, true);
  return bad('url.unknownConcept');
}

function parseInteger(raw: string, min: number, max: number): Parsed<number> {
  if (!/^-?\d{1,5}$/.test(raw)) return bad('url.notWholeNumber');
  const n = Number(raw);
  return n >= min && n <= max ? ok(n) : bad('url.outside', { min: String(min), max: String(max) });
}

/** What a parameter may need to know about the link it is in. */
interface LinkContext {
  /** The link's `v`, as written. */
  version: string | null;
  migrations: readonly UrlMigration[];
}

/** Parses one parameter's raw value; `state` holds the parameters parsed before it (PARAM_ORDER). */
function parseParam(
  name: ParamName,
  raw: string,
  vocab: UrlVocabulary,
  state: UrlState,
  link: LinkContext,
): Parsed<UrlState[ParamName]> {
  switch (name) {
    case 'themes': {
      if (raw === '' || raw === 'all') return ok(null);
      const ids = raw.split(LIST_SEPARATOR);
      const unknown = ids.filter((id) => !vocab.themes.includes(id));
      if (unknown.length > 0)
        return bad('url.unknownThemes', { themes: unknown.map((u) => `"${u}"`).join(', ') });
      // Codebook order, no repeats: the same filter always has the same URL.
      const chosen = vocab.themes.filter((t) => ids.includes(t));
      return ok(chosen.length === vocab.themes.length ? null : chosen);
    }
    case 'theme':
      return vocab.themes.includes(raw) ? ok(raw) : bad('url.unknownTheme');
    case 'year':
      return raw === 'all' ? ok(null) : parseYear(raw, vocab);
    case 'focus':
      return parseConcept(raw, vocab);
    case 'link': {
      const parts = raw.split(LIST_SEPARATOR);
      if (parts.length !== 2) return bad('url.twoConcepts');
      const a = parseConcept(parts[0]!, vocab);
      const b = parseConcept(parts[1]!, vocab);
      if (!a.ok || !b.ok) return bad('url.unknownConcept');
      if (a.value === b.value) return bad('url.linkSameConcept');
      const [x, y] = [a.value, b.value].sort() as [string, string];
      return ok(`${x}${LIST_SEPARATOR}${y}`, Boolean(a.migrated || b.migrated) || x !== a.value);
    }
    case 'unit':
      return raw === 'sentence' || raw === 'paragraph' ? ok(raw) : bad('url.expectedUnit');
    case 'layout': {
      if (raw === 'years' || raw === 'network') return ok(raw);
      const alias = LAYOUT_ALIASES[raw];
      return alias ? ok(alias, true) : bad('url.expectedLayout');
    }
    case 'sel':
      if (/^\d{4}$/.test(raw))
        return parseYear(raw, vocab).ok ? ok(raw) : bad('url.noForumThatYear');
      return vocab.milestones.has(raw) ? ok(raw) : bad('url.unknownSel');
    case 'from':
    case 'to': {
      const n = parseInteger(raw, 1900, 2200);
      if (!n.ok) return n;
      if (name === 'to' && state.from !== null && n.value <= state.from)
        return bad('url.toAfterFrom');
      return n;
    }
    case 'a':
    case 'b':
      return parseYear(raw, vocab);
    case 'place':
      return vocab.places.has(raw) ? ok(raw) : bad('url.unknownPlace');
    case 'doc':
      return vocab.documents.has(raw) ? ok(raw) : bad('url.unknownDocument');
    case 's': {
      if (!/^p\d{1,5}\.s\d{1,4}$/.test(raw)) return bad('url.expectedSentenceId');
      const doc = state.doc ?? vocab.documents.keys().next().value;
      return doc !== undefined && vocab.documents.get(doc)?.has(raw)
        ? ok(raw)
        : bad('url.noSuchSentence');
    }
    case 'q':
      return raw.length <= MAX_QUERY_LENGTH
        ? ok(raw)
        : bad('url.longerThan', { max: MAX_QUERY_LENGTH });
    case 'panel':
      return (READER_PANELS as readonly string[]).includes(raw)
        ? ok(raw as ReaderPanel)
        : bad('url.expectedPanel', { panels: READER_PANELS.join(' / ') });
    case 'embed':
      return raw === '1' || raw === 'true'
        ? ok(true)
        : raw === '0' || raw === 'false'
          ? ok(false)
          : bad('url.expectedFlag');
    case 'slides':
      return parseSlides(raw, vocab, link);
    case 'lang': {
      if ((LANGUAGES as readonly string[]).includes(raw)) return ok(raw as Language);
      const language = LANGUAGE_ALIASES[raw.toLowerCase()] ?? languageOfTag(raw);
      return language ? ok(language, true) : bad('url.expectedLanguage');
    }
    case 'present': {
      const n = parseInteger(raw, 1, Math.max(1, state.slides.length));
      return n.ok ? n : bad('url.noSlide', { n: raw, count: Math.max(1, state.slides.length) });
    }
  }
}

// ---- slides --------------------------------------------------------------------------------------
// A deck is a list of views in one parameter: `slides=graph,focus:ai-governance!compare,a:2023,b:2024`.
// Slides are joined by "!", a slide's route and parameters by ",", a parameter's name and value by
// ":"; values escape these characters (and "%") as %XX. Each slide is read with parseUrl itself, so
// a slide is valid exactly when its link would be, and old slides migrate like old links.

const SLIDE_SEPARATOR = '!';
/** Parameters that belong to the deck or the frame, never to a slide's view. */
const DECK_PARAMS: ReadonlySet<string> = new Set(['slides', 'present', 'embed', 'lang', 'v']);

function encodeSlideValue(value: string): string {
  return encodeURIComponent(value)
    .replace(/%7E/gi, '~')
    .replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** One slide's canonical hash → its compact form: "#/compare?a=2023&b=2024" → "compare,a:2023,b:2024". */
export function compactSlide(hash: string): string {
  const body = hash.replace(/^#\/?/, '');
  const q = body.indexOf('?');
  const route = q < 0 ? body : body.slice(0, q);
  const params = new URLSearchParams(q < 0 ? '' : body.slice(q + 1));
  const parts = [route];
  for (const [name, value] of params)
    if (!DECK_PARAMS.has(name)) parts.push(`${name}:${encodeSlideValue(value)}`);
  return parts.join(',');
}

/**
 * The compact form → a hash for parseUrl; deck parameters inside a slide are dropped. A slide was
 * written at the version of the link that carries it, so it is migrated from that version.
 */
function expandSlide(compact: string, version: string | null): string {
  const [route = '', ...pairs] = compact.split(',');
  const params = new URLSearchParams();
  for (const pair of pairs) {
    const colon = pair.indexOf(':');
    if (colon < 1) continue;
    const name = pair.slice(0, colon);
    if (!DECK_PARAMS.has(name)) params.set(name, safeDecode(pair.slice(colon + 1)));
  }
  if (version !== null) params.set('v', version);
  const query = params.toString();
  return `#/${route}${query ? `?${query}` : ''}`;
}

/** A view's state as a slide: its canonical hash, without the deck and the frame. */
export function slideHash(state: UrlState): string {
  return serializeUrl({ ...state, embed: false, slides: [], present: null, lang: null });
}

function parseSlides(
  raw: string,
  vocab: UrlVocabulary,
  link: LinkContext,
): Parsed<readonly string[]> {
  if (raw === '') return ok([]);
  const all = raw.split(SLIDE_SEPARATOR);
  const notes: ParamProblem[] = [];
  if (all.length > MAX_SLIDES)
    notes.push(
      paramProblem('slides', inEnglish.t('url.slideCount', { count: all.length }), {
        key: 'url.firstSlidesKept',
        params: { max: MAX_SLIDES },
      }),
    );
  const slides: string[] = [];
  let migrated = false;
  all.slice(0, MAX_SLIDES).forEach((compact, i) => {
    const parsed = parseUrl(expandSlide(compact, link.version), vocab, link.migrations);
    if (parsed.route !== 'valid' && parsed.route !== 'migrated') {
      notes.push({
        ...paramProblem(`slide ${i + 1}`, truncate(compact), { key: 'url.unknownViewSlide' }),
        paramMessage: { key: 'url.slideN', params: { n: i + 1 } },
      });
      return;
    }
    for (const p of parsed.problems)
      notes.push({
        ...p,
        param: `slide ${i + 1}: ${p.param}`,
        paramMessage: { key: 'url.slideParam', params: { n: i + 1, param: p.param } },
      });
    const hash = slideHash(parsed.state);
    if (compactSlide(hash) !== compact) migrated = true;
    slides.push(hash);
  });
  return { ok: true, value: slides, migrated: migrated && notes.length === 0, notes };
}

const KNOWN = new Set<string>([...PARAM_ORDER, 'v']);

export function parseUrl(
  hash: string,
  vocab: UrlVocabulary,
  migrations: readonly UrlMigration[] = URL_MIGRATIONS,
): ParsedUrl {
  const state: UrlState = { ...DEFAULT_STATE };
  const params = Object.fromEntries(PARAM_ORDER.map((p) => [p, 'missing'])) as Record<
    ParamName,
    ParamStatus
  >;
  const problems: ParamProblem[] = [];

  const body = hash.replace(/^#/, '');
  const q = body.indexOf('?');
  const rawPath = (q < 0 ? body : body.slice(0, q)).replace(/^\/+|\/+$/g, '');
  const search = new URLSearchParams(q < 0 ? '' : body.slice(q + 1));

  let path = safeDecode(rawPath).toLowerCase();
  let routeMigrated = false;
  const alias = ROUTE_ALIASES[path];
  if (alias !== undefined) {
    path = alias;
    routeMigrated = true;
  }
  const migrated = migrateUrl(path, search, migrations);
  if (migrated.route !== path) routeMigrated = true;
  path = migrated.route;
  let routeStatus: ParamStatus = 'missing';
  if ((ROUTES as readonly string[]).includes(path)) {
    state.route = path as Route;
    routeStatus = routeMigrated ? 'migrated' : 'valid';
  } else if (path !== '') {
    routeStatus = 'invalid';
    problems.push({
      ...paramProblem('view', truncate(rawPath), {
        key: 'url.unknownView',
        params: { views: ROUTES.join(', ') },
      }),
      paramMessage: { key: 'url.view' },
    });
  }

  for (const name of PARAM_ORDER) {
    const raw = migrated.params.get(name);
    if (raw === null) continue;
    if (raw.length > (name === 'slides' ? MAX_SLIDES_LENGTH : MAX_VALUE_LENGTH)) {
      params[name] = 'invalid';
      problems.push(paramProblem(name, truncate(raw), { key: 'url.tooLong' }));
      continue;
    }
    const result = parseParam(name, raw, vocab, state, { version: search.get('v'), migrations });
    if (result.ok) {
      (state as unknown as Record<string, unknown>)[name] = result.value;
      params[name] = result.migrated || migrated.changedParams.has(name) ? 'migrated' : 'valid';
      if (result.notes) problems.push(...result.notes);
    } else {
      params[name] = 'invalid';
      problems.push(paramProblem(name, truncate(raw), result.message));
    }
  }
  // A sentence needs its document; with no document given, the first one is meant.
  if (state.s !== null && state.doc === null)
    state.doc = vocab.documents.keys().next().value ?? null;
  if (state.from !== null && state.to !== null && state.to <= state.from) {
    state.to = null;
    params.to = 'invalid';
  }
  // A slide is its chart alone: presenting is in the embed layout (a link with `present` alone, as
  // docs/url.md allows, put the whole page on the slide, scaled to a fifth).
  if (state.present !== null && !state.embed) {
    state.embed = true;
    params.embed = 'migrated';
  }

  const unknown = [...new Set([...migrated.params.keys()].filter((k) => !KNOWN.has(k)))];
  return { state, route: routeStatus, params, problems, unknown };
}

const NO_VOCABULARY: UrlVocabulary = {
  themes: [],
  concepts: new Set(),
  renamedConcepts: {},
  years: [],
  documents: new Map(),
  places: new Set(),
  milestones: new Set(),
};

/**
 * What a link says before the corpus is there to check its ids: the view, embed mode and the
 * parameters that name no id. The shell draws its first frame from it, so that an embed never
 * shows the site's header first; parseUrl with the corpus's vocabulary then has the last word.
 */
export function parseUrlShape(hash: string): UrlState {
  return parseUrl(hash, NO_VOCABULARY).state;
}

function serializeValue(name: ParamName, state: UrlState): string | null {
  const v = state[name];
  if (v === DEFAULT_STATE[name] || v === null) return null;
  switch (name) {
    case 'themes':
      return (v as string[]).join(LIST_SEPARATOR);
    case 'embed':
      return v ? '1' : null;
    case 'slides': {
      const slides = v as readonly string[];
      return slides.length > 0 ? slides.map(compactSlide).join(SLIDE_SEPARATOR) : null;
    }
    default:
      return String(v);
  }
}

/** The canonical hash for a state: `#/route?…`, only the route's own parameters, defaults left out. */
export function serializeUrl(state: UrlState): string {
  const parts: string[] = [];
  if (URL_VERSION > 1) parts.push(`v=${URL_VERSION}`);
  for (const name of PARAM_ORDER) {
    if (!paramAppliesTo(name, state.route)) continue;
    const value = serializeValue(name, state);
    // A deck's compact form is already escaped (only %, letters, digits and - . _ ~ , : ! remain).
    if (value !== null)
      parts.push(`${name}=${name === 'slides' ? value.replace(/%/g, '%25') : encodeParam(value)}`);
  }
  return `#/${state.route}${parts.length > 0 ? `?${parts.join('&')}` : ''}`;
}

/** Does a parameter matter on a route? Views use this to know what a link to them carries. */
export function paramAppliesTo(name: ParamName, route: Route): boolean {
  return (
    SHARED_PARAMS.includes(name) || (VIEW_PARAMS[route] as readonly ParamName[]).includes(name)
  );
}

// Keep ids, '~' and common punctuation readable in links; escape the rest.
function encodeParam(value: string): string {
  return encodeURIComponent(value).replace(/%7E/gi, '~').replace(/%2C/gi, ',');
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

function truncate(s: string): string {
  return s.length > 80 ? `${s.slice(0, 77)}…` : s;
}
