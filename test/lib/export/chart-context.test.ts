import { describe, expect, it } from 'vitest';
import {
  chartContext,
  normalizeColor,
  themeLegend,
} from '../../../src/lib/export/chart-context.ts';
import { indexCorpus } from '../../../src/lib/model/corpus-index.ts';
import { DEFAULT_STATE } from '../../../src/lib/state/url-state.ts';
import { enTr, zhTr } from '../../support/i18n.ts';
import { miniCorpus } from '../../support/mini-corpus.ts';

const index = indexCorpus(miniCorpus());
const colors = Object.fromEntries(index.themes.map((t) => [t.id, t.color]));

describe('themeLegend', () => {
  it('lists the themes shown, in codebook order', () => {
    expect(themeLegend(index, ['infra', 'data'], null, enTr)).toEqual([
      { label: 'Data', color: colors['data'] },
      { label: 'Infrastructure', color: colors['infra'] },
    ]);
    expect(themeLegend(index, null, null, enTr).map((e) => e.label)).toEqual([
      'Data',
      'AI',
      'Infrastructure',
    ]);
  });
});

describe('chartContext', () => {
  const chart = { id: 'graph', title: 'Concept graph · 2030', subtitle: 'By sentence' };
  const url = { ...DEFAULT_STATE, year: 2030, themes: ['ai'] };
  const ctx = chartContext(
    chart,
    index,
    url,
    'https://x.org/#/graph?year=2030',
    '2031-01-02',
    null,
    enTr,
  );

  it('takes the title, the legend of the themes shown, and the sources of the year shown', () => {
    expect(ctx.title).toBe('Concept graph · 2030');
    expect(ctx.subtitle).toBe('By sentence');
    expect(ctx.legend).toEqual([{ label: 'AI', color: colors['ai'] }]);
    expect(ctx.sources.map((s) => s.title)).toEqual(['Fixture statement']);
    expect(ctx.sourceLine).toBe(
      'Source: Fixture statement (1 May 2030, full text) · GDI Digital Cooperation Explorer, codebook 0.1.0',
    );
    expect(ctx.baseName).toBe('graph-concept-2030');
  });

  it('cites the chart in the three styles with its permalink and the day', () => {
    expect(ctx.citations.apa).toBe(
      'GDI Digital Cooperation Explorer. (2031). Concept graph · 2030 [Interactive chart; codebook 0.1.0]. Retrieved January 2, 2031, from https://x.org/#/graph?year=2030',
    );
    expect(ctx.citations.gbt).toBe(
      'GDI Digital Cooperation Explorer. Concept graph · 2030: codebook 0.1.0[DB/OL]. [2031-01-02]. https://x.org/#/graph?year=2030.',
    );
  });

  it('uses the chart’s own legend when it gives one, even an empty one', () => {
    const own = [{ label: 'Venue', color: '#000000' }];
    expect(
      chartContext({ ...chart, legend: () => own }, index, url, '', '2031-01-02', null, enTr)
        .legend,
    ).toEqual(own);
    expect(
      chartContext({ ...chart, legend: () => [] }, index, url, '', '2031-01-02', null, enTr).legend,
    ).toEqual([]);
  });
});

describe('normalizeColor', () => {
  it.each([
    ['#0072B2', 'rgb(0, 114, 178)'],
    ['#abc', 'rgb(170, 187, 204)'],
    ['rgb(0,114,178)', 'rgb(0, 114, 178)'],
    ['rgba(0, 114, 178, 0.5)', 'rgb(0, 114, 178)'],
    ['rgba(0, 114, 178, 0)', 'rgba(0, 114, 178, 0)'],
    ['rgb(0 114 178 / 50%)', 'rgb(0, 114, 178)'],
    ['CurrentColor', 'currentcolor'],
  ])('%s → %s', (input, expected) => expect(normalizeColor(input)).toBe(expected));
});

describe('themeLegend from the colours a chart uses', () => {
  it('keeps only the themes whose colour the chart paints with', () => {
    const used = new Set([normalizeColor(colors['infra']!), 'rgb(1, 2, 3)']);
    expect(themeLegend(index, null, used, enTr)).toEqual([
      { label: 'Infrastructure', color: colors['infra'] },
    ]);
    expect(themeLegend(index, null, new Set(['rgb(1, 2, 3)']), enTr)).toEqual([]);
  });
});

describe('chartContext in Chinese', () => {
  it('gives the legend in the themes’ Chinese labels, the source line and citations in Chinese', () => {
    const corpus = miniCorpus();
    const themes = corpus.codebook.themes.map((t) => ({ ...t, labelZh: `主题${t.id}` }));
    const zhIndex = indexCorpus({ ...corpus, codebook: { ...corpus.codebook, themes } });
    const ctx = chartContext(
      { id: 'graph', title: '概念网络 · 2030年', subtitle: '按句子' },
      zhIndex,
      { ...DEFAULT_STATE, year: 2030, themes: ['ai'] },
      'https://x.org/#/graph?year=2030&lang=zh',
      '2031-01-02',
      null,
      zhTr,
    );
    expect(ctx.legend).toEqual([{ label: '主题ai', color: colors['ai'] }]);
    expect(ctx.sourceLine).toBe(
      '来源：Fixture statement（2030年5月1日，全文） · 全球发展倡议数字合作探索器，编码本 0.1.0',
    );
    expect(ctx.citations.gbt).toBe(
      '全球发展倡议数字合作探索器. 概念网络 · 2030年：编码本 0.1.0[DB/OL]. [2031-01-02]. https://x.org/#/graph?year=2030&lang=zh.',
    );
    // The file name stays ASCII: the view's id (Chinese words have no ASCII form).
    expect(ctx.baseName).toBe('graph-2030');
  });
});
