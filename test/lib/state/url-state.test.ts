import { describe, expect, it } from 'vitest';
import {
  DEFAULT_STATE,
  MAX_SLIDES,
  PARAM_ORDER,
  paramAppliesTo,
  parseUrl,
  ROUTES,
  parseUrlShape,
  serializeUrl,
  slideHash,
  type UrlState,
  type UrlVocabulary,
} from '../../../src/lib/state/url-state.ts';
import type { UrlMigration } from '../../../src/lib/state/url-migrations.ts';

const vocab: UrlVocabulary = {
  themes: ['digital-infrastructure', 'data-flows', 'ai-governance'],
  concepts: new Set(['cross-border-data-flow', 'ai-governance', 'computing-infrastructure']),
  renamedConcepts: { 'data-flow': 'cross-border-data-flow' },
  years: [2022, 2023, 2024],
  documents: new Map([
    ['2024-chair-statement', new Set(['p1.s1', 'p5.s2'])],
    ['other-doc', new Set(['p1.s1'])],
  ]),
  places: new Set(['wuzhen']),
  milestones: new Set(['gdi-proposed']),
};

const state = (patch: Partial<UrlState>): UrlState => ({ ...DEFAULT_STATE, ...patch });

describe('serializeUrl ∘ parseUrl', () => {
  it.each<[string, Partial<UrlState>]>([
    ['#/graph', {}],
    [
      '#/graph?themes=data-flows~ai-governance&year=2024&focus=cross-border-data-flow',
      { themes: ['data-flows', 'ai-governance'], year: 2024, focus: 'cross-border-data-flow' },
    ],
    [
      '#/graph?unit=paragraph&link=ai-governance~cross-border-data-flow',
      { unit: 'paragraph', link: 'ai-governance~cross-border-data-flow' },
    ],
    ['#/compare?a=2023&b=2024', { route: 'compare', a: 2023, b: 2024 }],
    ['#/graph?layout=years&focus=ai-governance', { layout: 'years', focus: 'ai-governance' }],
    [
      '#/compare?a=2023&b=2024&theme=data-flows',
      { route: 'compare', a: 2023, b: 2024, theme: 'data-flows' },
    ],
    [
      '#/timeline?theme=ai-governance&sel=2023',
      { route: 'timeline', theme: 'ai-governance', sel: '2023' },
    ],
    [
      '#/read?doc=2024-chair-statement&s=p5.s2',
      { route: 'read', doc: '2024-chair-statement', s: 'p5.s2' },
    ],
    [
      '#/read?doc=other-doc&q=data%20flow%20%26%20more',
      { route: 'read', doc: 'other-doc', q: 'data flow & more' },
    ],
    [
      '#/timeline?sel=2024&from=2015&to=2025',
      { route: 'timeline', sel: '2024', from: 2015, to: 2025 },
    ],
    ['#/timeline?sel=gdi-proposed', { route: 'timeline', sel: 'gdi-proposed' }],
    ['#/map?place=wuzhen&embed=1', { route: 'map', place: 'wuzhen', embed: true }],
    [
      '#/read?q=data&panel=concordance&focus=ai-governance',
      { route: 'read', q: 'data', panel: 'concordance', focus: 'ai-governance' },
    ],
    ['#/read?panel=add', { route: 'read', panel: 'add' }],
  ])('%s round-trips', (hash, patch) => {
    const parsed = parseUrl(hash, vocab);
    expect(parsed.state).toEqual(state({ route: 'graph', ...patch }));
    expect(parsed.problems).toEqual([]);
    expect(serializeUrl(parsed.state)).toBe(hash);
  });

  it('writes parameters in a fixed order, leaves defaults out and keeps only the route’s own', () => {
    const s = state({
      route: 'compare',
      focus: 'ai-governance',
      a: 2022,
      b: 2024,
      year: 2023,
      doc: 'other-doc',
      unit: 'paragraph',
      panel: 'add',
    });
    expect(serializeUrl(s)).toBe('#/compare?a=2022&b=2024&focus=ai-governance');
  });

  it('writes themes in codebook order whatever order the link gave', () => {
    const parsed = parseUrl('#/graph?themes=ai-governance~digital-infrastructure', vocab);
    expect(serializeUrl(parsed.state)).toBe('#/graph?themes=digital-infrastructure~ai-governance');
  });

  it('treats all themes as no filter', () => {
    expect(
      parseUrl('#/graph?themes=ai-governance~data-flows~digital-infrastructure', vocab).state
        .themes,
    ).toBeNull();
  });
});

describe('parseUrl: invalid, missing, unknown', () => {
  it.each([
    ['unknown view', '#/nowhere?year=2024', 'view', { route: 'graph', year: 2024 }],
    ['year without a forum', '#/graph?year=1999', 'year', {}],
    ['year that is not a year', '#/graph?year=20245', 'year', {}],
    ['unknown theme', '#/graph?themes=ai-governance~robots', 'themes', {}],
    ['unknown selected theme', '#/compare?theme=robots', 'theme', { route: 'compare' }],
    ['unknown concept', '#/graph?focus=%3Cscript%3Ealert(1)%3C%2Fscript%3E', 'focus', {}],
    ['link with one end', '#/graph?link=ai-governance', 'link', {}],
    ['link to itself', '#/graph?link=ai-governance~ai-governance', 'link', {}],
    ['bad unit', '#/graph?unit=word', 'unit', {}],
    ['unknown graph layout', '#/graph?layout=grid', 'layout', {}],
    ['unknown document', '#/read?doc=nope', 'doc', { route: 'read' }],
    [
      'sentence not in the document',
      '#/read?doc=other-doc&s=p5.s2',
      's',
      { route: 'read', doc: 'other-doc' },
    ],
    ['malformed sentence id', '#/read?s=p5', 's', { route: 'read' }],
    [
      'window that ends before it starts',
      '#/timeline?from=2020&to=2010',
      'to',
      { route: 'timeline', from: 2020 },
    ],
    [
      'window of no length',
      '#/timeline?from=2020&to=2020',
      'to',
      { route: 'timeline', from: 2020 },
    ],
    ['huge value', `#/read?q=${'x'.repeat(5000)}`, 'q', { route: 'read' }],
    ['bad embed flag', '#/graph?embed=yes', 'embed', {}],
    ['unknown reader panel', '#/read?panel=settings', 'panel', { route: 'read' }],
  ])('%s falls back to the default and says which parameter', (_name, hash, param, expected) => {
    const parsed = parseUrl(hash, vocab);
    expect(parsed.state).toEqual(state(expected as Partial<UrlState>));
    expect(parsed.problems.map((p) => p.param)).toEqual([param]);
    if (param !== 'view')
      expect(parsed.params[param as keyof typeof parsed.params]).toBe('invalid');
  });

  it('reports missing parameters as missing and known ones as valid', () => {
    const parsed = parseUrl('#/graph?year=2023', vocab);
    expect(parsed.route).toBe('valid');
    expect(parsed.params.year).toBe('valid');
    expect(parsed.params.focus).toBe('missing');
    expect(parseUrl('', vocab).route).toBe('missing');
  });

  it('ignores unknown parameters and leaves them out of the canonical URL', () => {
    const parsed = parseUrl('#/graph?year=2024&utm_source=x&foo', vocab);
    expect(parsed.unknown).toEqual(['utm_source', 'foo']);
    expect(parsed.problems).toEqual([]);
    expect(serializeUrl(parsed.state)).toBe('#/graph?year=2024');
  });

  it.each([
    '#',
    '#/',
    '#?',
    '#/graph?',
    '#/graph?&&=&',
    '#/%E0%A4%A',
    '#/graph?year=%E0%A4%A',
    '#//graph//?year=2024',
  ])('never throws on %s', (hash) => {
    expect(() => parseUrl(hash, vocab)).not.toThrow();
  });

  it('reads a sentence without a document as a sentence of the first document', () => {
    expect(parseUrl('#/read?s=p5.s2', vocab).state.doc).toBe('2024-chair-statement');
  });
});

describe('parseUrl: migrations', () => {
  it('reads other names of the small multiples as layout=years, marked migrated', () => {
    for (const alias of ['small-multiples', 'multiples', 'by-year']) {
      const parsed = parseUrl(`#/graph?layout=${alias}`, vocab);
      expect(parsed.state.layout).toBe('years');
      expect(parsed.params.layout).toBe('migrated');
      expect(serializeUrl(parsed.state)).toBe('#/graph?layout=years');
    }
    // The default is left out; another view has no layout.
    expect(serializeUrl(parseUrl('#/graph?layout=network', vocab).state)).toBe('#/graph');
    expect(serializeUrl(parseUrl('#/compare?layout=years', vocab).state)).toBe('#/compare');
  });

  it('follows a concept renamed in the codebook and marks it migrated', () => {
    const parsed = parseUrl('#/graph?focus=data-flow&link=data-flow~ai-governance', vocab);
    expect(parsed.state.focus).toBe('cross-border-data-flow');
    expect(parsed.state.link).toBe('ai-governance~cross-border-data-flow');
    expect(parsed.params.focus).toBe('migrated');
    expect(serializeUrl(parsed.state)).toBe(
      '#/graph?focus=cross-border-data-flow&link=ai-governance~cross-border-data-flow',
    );
  });

  it('accepts view aliases', () => {
    const parsed = parseUrl('#/reader?doc=other-doc', vocab);
    expect(parsed.state.route).toBe('read');
    expect(parsed.route).toBe('migrated');
  });

  it('runs the migrations from the link’s version onwards, in order', () => {
    // Two imagined format changes: v1 → v2 renamed `topic` (one id) to `themes`; v2 → v3 renamed `yr` to `year`.
    const rename = (from: string, to: string) => (route: string, params: URLSearchParams) => {
      const value = params.get(from);
      if (value !== null) {
        params.delete(from);
        params.set(to, value);
      }
      return route;
    };
    const migrations: UrlMigration[] = [
      { from: 2, description: 'yr → year', migrate: rename('yr', 'year') },
      { from: 1, description: 'topic → themes', migrate: rename('topic', 'themes') },
    ];
    const v1 = parseUrl('#/graph?topic=data-flows&yr=2024', vocab, migrations);
    expect(v1.state.themes).toEqual(['data-flows']);
    expect(v1.state.year).toBe(2024);
    expect(v1.params.themes).toBe('migrated');
    expect(v1.params.year).toBe('migrated');
    // A link already at version 2 skips the first migration: its `topic` is unknown there.
    const v2 = parseUrl('#/graph?v=2&topic=data-flows&yr=2024', vocab, migrations);
    expect(v2.state.themes).toBeNull();
    expect(v2.state.year).toBe(2024);
    expect(v2.unknown).toEqual(['topic']);
  });
});

describe('slides: the presenter’s saved views in one parameter', () => {
  it('round-trips a deck and the slide being presented, in a compact readable form', () => {
    const deck = state({
      slides: ['#/graph?focus=ai-governance', '#/compare?a=2023&b=2024'],
      present: 2,
      embed: true,
    });
    const hash = '#/graph?embed=1&slides=graph,focus:ai-governance!compare,a:2023,b:2024&present=2';
    expect(serializeUrl(deck)).toBe(hash);
    const parsed = parseUrl(hash, vocab);
    expect(parsed.state).toEqual(deck);
    expect(parsed.params.slides).toBe('valid');
    expect(parsed.problems).toEqual([]);
  });

  it('escapes the separators inside a slide’s values, and reads them back', () => {
    // q = "a,b:!c": the slide's own link writes "a,b%3A!c"; in the deck "," ":" "!" are %XX,
    // and the deck's "%" is itself written %25 in the address.
    const slide = '#/read?doc=other-doc&q=a,b%3A!c';
    const deck = state({ route: 'read', slides: [slide] });
    const hash = '#/read?slides=read,doc:other-doc,q:a%252Cb%253A%2521c';
    expect(serializeUrl(deck)).toBe(hash);
    expect(parseUrl(hash, vocab).state.slides).toEqual([slide]);
  });

  it('keeps what is valid in a slide and says what it ignored, slide by slide', () => {
    const parsed = parseUrl('#/graph?slides=graph,focus:nope!bogus,a:1!compare,a:2023', vocab);
    expect(parsed.state.slides).toEqual(['#/graph', '#/compare?a=2023']);
    expect(parsed.problems.map(({ param, value, reason }) => ({ param, value, reason }))).toEqual([
      { param: 'slide 1: focus', value: 'nope', reason: 'unknown concept' },
      { param: 'slide 2', value: 'bogus,a:1', reason: 'unknown view; slide left out' },
    ]);
    // Said in the page's language from the message, the slide's number kept apart.
    expect(parsed.problems.map((p) => [p.message.key, p.paramMessage])).toEqual([
      ['url.unknownConcept', { key: 'url.slideParam', params: { n: 1, param: 'focus' } }],
      ['url.unknownViewSlide', { key: 'url.slideN', params: { n: 2 } }],
    ]);
  });

  it('migrates a renamed concept inside a slide, and leaves deck parameters out of slides', () => {
    const parsed = parseUrl('#/graph?slides=graph,embed:1,focus:data-flow,present:4', vocab);
    expect(parsed.state.slides).toEqual(['#/graph?focus=cross-border-data-flow']);
    expect(parsed.params.slides).toBe('migrated');
    expect(parsed.problems).toEqual([]);
  });

  it.each([
    ['#/graph?slides=graph&present=1', 1, []],
    ['#/graph?present=1', 1, []],
    ['#/graph?slides=graph&present=2', null, ['present']],
    ['#/graph?present=2', null, ['present']],
    ['#/graph?slides=graph~compare&present=0', null, ['slide 1', 'present']],
  ])('%s presents slide %s', (hash, present, problems) => {
    const parsed = parseUrl(hash, vocab);
    expect(parsed.state.present).toBe(present);
    expect(parsed.problems.map((p) => p.param)).toEqual(problems);
  });

  it('presents a slide as its chart alone: `present` without `embed` is read with it', () => {
    const parsed = parseUrl('#/compare?present=1', vocab);
    expect(parsed.state.embed).toBe(true);
    expect(parsed.params.embed).toBe('migrated');
    expect(serializeUrl(parsed.state)).toBe('#/compare?embed=1&present=1');
    expect(parsed.problems).toEqual([]);
    // Not presenting: the page as it was asked for.
    expect(parseUrl('#/compare', vocab).state.embed).toBe(false);
  });

  it(`keeps at most ${MAX_SLIDES} slides and says so`, () => {
    const parsed = parseUrl(
      `#/graph?slides=${Array(MAX_SLIDES + 3)
        .fill('map')
        .join('!')}`,
      vocab,
    );
    expect(parsed.state.slides).toHaveLength(MAX_SLIDES);
    expect(parsed.problems).toEqual([
      {
        param: 'slides',
        value: `${MAX_SLIDES + 3} slides`,
        reason: `only the first ${MAX_SLIDES} are kept`,
        message: { key: 'url.firstSlidesKept', params: { max: MAX_SLIDES } },
      },
    ]);
  });

  it('writes a view as a slide without the frame or the deck', () => {
    expect(
      slideHash(state({ route: 'compare', a: 2023, embed: true, slides: ['#/graph'], present: 1 })),
    ).toBe('#/compare?a=2023');
  });

  it('reads a slide in the version of the link that carries it', () => {
    const migrations: UrlMigration[] = [
      {
        from: 1,
        description: 'yr → year',
        migrate: (route, params) => {
          const yr = params.get('yr');
          if (yr !== null) {
            params.delete('yr');
            params.set('year', yr);
          }
          return route;
        },
      },
    ];
    expect(parseUrl('#/graph?slides=graph,yr:2024', vocab, migrations).state.slides).toEqual([
      '#/graph?year=2024',
    ]);
    expect(parseUrl('#/graph?v=2&slides=graph,yr:2024', vocab, migrations).state.slides).toEqual([
      '#/graph',
    ]);
  });
});

describe('lang: the interface’s language', () => {
  it('reads en and zh, writes what the link stated, and leaves it unstated when not given', () => {
    expect(parseUrl('#/graph?lang=zh', vocab).state.lang).toBe('zh');
    expect(parseUrl('#/graph?lang=en', vocab).params.lang).toBe('valid');
    expect(parseUrl('#/graph', vocab).state.lang).toBeNull();
    expect(serializeUrl(state({ route: 'compare', a: 2023, lang: 'zh' }))).toBe(
      '#/compare?a=2023&lang=zh',
    );
    expect(serializeUrl(state({ lang: 'en' }))).toBe('#/graph?lang=en');
  });

  it.each([
    ['zh-CN', 'zh'],
    ['zh-Hant', 'zh'],
    ['ZH', 'zh'],
    ['cn', 'zh'],
    ['中文', 'zh'],
    ['en-GB', 'en'],
    ['english', 'en'],
  ])('reads lang=%s as %s, marked migrated', (raw, lang) => {
    const parsed = parseUrl(`#/map?lang=${encodeURIComponent(raw)}`, vocab);
    expect(parsed.state.lang).toBe(lang);
    expect(parsed.params.lang).toBe('migrated');
  });

  it('sets aside a language it does not speak, with the reason', () => {
    const parsed = parseUrl('#/graph?lang=fr', vocab);
    expect(parsed.state.lang).toBeNull();
    expect(parsed.problems.map((p) => [p.param, p.reason])).toEqual([
      ['lang', 'expected en or zh'],
    ]);
  });

  it('belongs to the deck, not to a slide: slides carry no language of their own', () => {
    const parsed = parseUrl('#/graph?slides=compare,a:2023,lang:zh&lang=zh', vocab);
    expect(parsed.state.slides).toEqual(['#/compare?a=2023']);
    expect(parsed.state.lang).toBe('zh');
    expect(slideHash(state({ route: 'map', lang: 'zh' }))).toBe('#/map');
  });
});

describe('VIEW_PARAMS: each view’s parameters', () => {
  it('writes every parameter on some view, and a view’s own only on that view', () => {
    for (const name of PARAM_ORDER)
      expect(
        ROUTES.some((route) => paramAppliesTo(name, route)),
        name,
      ).toBe(true);
    expect(serializeUrl(state({ route: 'map', a: 2023, unit: 'paragraph', place: 'wuzhen' }))).toBe(
      '#/map?place=wuzhen',
    );
    expect(ROUTES).toEqual(['graph', 'timeline', 'compare', 'map', 'read']);
  });
});

describe('parseUrlShape (before the corpus is loaded)', () => {
  it.each<[string, Partial<UrlState>]>([
    ['#/map?place=wuzhen&embed=1', { route: 'map', embed: true }],
    ['#/reader?q=data', { route: 'read', q: 'data' }],
    ['#/compare?a=2023&unit=paragraph', { route: 'compare', unit: 'paragraph' }],
    ['#/nope?embed=true', { embed: true }],
    ['', {}],
  ])('reads %s as far as it can without ids', (hash, patch) => {
    expect(parseUrlShape(hash)).toEqual(state(patch));
  });
});
