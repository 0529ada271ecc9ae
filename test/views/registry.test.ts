// The registry of views and the names of their states (slide titles), and each view's description
// as pure functions, on the fixtures: expected names worked out from test/fixtures by hand.

import { describe, expect, it } from 'vitest';
import { indexCorpus } from '../../src/lib/model/corpus-index.ts';
import { DEFAULT_STATE, ROUTES, type UrlState } from '../../src/lib/state/url-state.ts';
import { comparedYears, compareTitle } from '../../src/views/compare/describe.ts';
import { mapTitle } from '../../src/views/map/describe.ts';
import { describeView } from '../../src/views/describe-view.ts';
import { VIEW_BY_ROUTE, VIEWS, viewFor } from '../../src/views/registry.ts';
import { timelineTitle } from '../../src/views/timeline/describe.ts';
import { threeYearCorpus } from '../support/forum-fixtures.ts';
import { enTr, zhTr } from '../support/i18n.ts';
import { miniCorpus } from '../support/mini-corpus.ts';

const index = indexCorpus(miniCorpus());
const three = indexCorpus(threeYearCorpus());
const state = (patch: Partial<UrlState>): UrlState => ({ ...DEFAULT_STATE, ...patch });

describe('the registry', () => {
  it('has exactly one view per route, in the order of ROUTES', () => {
    expect(VIEWS.map((v) => v.route)).toEqual([...ROUTES]);
    expect(Object.keys(VIEW_BY_ROUTE).sort()).toEqual([...ROUTES].sort());
    for (const route of ROUTES) expect(viewFor(route).route).toBe(route);
  });
});

describe('describeView', () => {
  it.each<[Partial<UrlState>, string]>([
    [{}, 'Concept graph'],
    [{ focus: 'ai-governance', year: 2030 }, 'Concept graph · AI governance · 2030'],
    [
      { link: 'ai-governance~data-flow', unit: 'paragraph' },
      'Concept graph · AI governance + Data flow · by paragraph',
    ],
    [{ themes: ['ai'] }, 'Concept graph · AI'],
    [{ themes: ['ai', 'data'] }, 'Concept graph · 2 themes'],
    [{ route: 'compare' }, 'Compare years · 2029 and 2030'],
    [{ route: 'compare', a: 2030, b: 2029, theme: 'data' }, 'Compare years · 2030 and 2029 · Data'],
    [{ route: 'timeline', sel: 'forum-2030', from: 2020 }, 'Timeline · Forum · 2020–…'],
    [{ route: 'map', place: 'wuzhen' }, 'Map · Wuzhen'],
    [
      { route: 'read', doc: 'fixture-statement', s: 'p1.s2', q: 'data' },
      'Read · Fixture statement · p1.s2 · “data”',
    ],
  ])('%j → %s', (patch, expected) => {
    expect(describeView(state(patch), index, enTr)).toBe(expected);
  });

  it('names the two latest of three years when the link names none (defaultComparedYears)', () => {
    expect(describeView(state({ route: 'compare' }), three, enTr)).toBe(
      'Compare years · 2030 and 2031',
    );
  });
});

describe('view titles', () => {
  it('compare: the link’s years, else the two latest; the theme wins over the concept', () => {
    expect(comparedYears(state({}), three)).toEqual({ a: 2030, b: 2031 });
    expect(comparedYears(state({ a: 2029 }), three)).toEqual({ a: 2029, b: 2031 });
    expect(compareTitle(state({}), three, enTr)).toBe('Compare 2030 and 2031');
    expect(compareTitle(state({ theme: 'ai', focus: 'computing' }), three, enTr)).toBe(
      'Compare 2030 and 2031 · AI',
    );
    expect(compareTitle(state({ focus: 'computing' }), three, enTr)).toBe(
      'Compare 2030 and 2031 · Computing',
    );
  });

  it('map: the year and the place, when chosen', () => {
    expect(mapTitle(state({}), index, enTr)).toBe('Map · places of the forums');
    expect(mapTitle(state({ year: 2030, place: 'wuzhen' }), index, enTr)).toBe(
      'Map · places of the forums · 2030 · Wuzhen',
    );
  });

  it('timeline: the window, and the forum or milestone selected', () => {
    expect(timelineTitle({ from: 2015, to: 2025 }, null, enTr)).toBe('Timeline · 2015–2025');
    expect(timelineTitle({ from: 2015, to: 2025 }, { kind: 'forum', year: 2024 }, enTr)).toBe(
      'Timeline · 2015–2025 · 2024 forum',
    );
    expect(
      timelineTitle({ from: 2020, to: 2021 }, { kind: 'milestone', label: 'Launch' }, enTr),
    ).toBe('Timeline · 2020–2021 · Launch');
  });
});

describe('in Chinese', () => {
  it('names views, years and concepts in Chinese, concepts by their Chinese labels', () => {
    const corpus = miniCorpus();
    const concepts = corpus.codebook.concepts.map((c) =>
      c.id === 'ai-governance' ? { ...c, labelZh: '人工智能治理' } : c,
    );
    const zhIndex = indexCorpus({ ...corpus, codebook: { ...corpus.codebook, concepts } });
    expect(describeView(state({ focus: 'ai-governance', year: 2030 }), zhIndex, zhTr)).toBe(
      '概念网络 · 人工智能治理 · 2030年',
    );
    expect(describeView(state({ route: 'compare' }), three, zhTr)).toBe(
      '年份对比 · 2030年与2031年',
    );
    expect(describeView(state({ themes: ['ai', 'data'] }), index, zhTr)).toBe('概念网络 · 2个主题');
    expect(timelineTitle({ from: 2015, to: 2025 }, { kind: 'forum', year: 2024 }, zhTr)).toBe(
      '时间线 · 2015–2025年 · 2024年论坛',
    );
  });
});
