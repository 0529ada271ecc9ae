import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { indexCorpus } from '../../../src/lib/model/corpus-index.ts';
import { themeProfile } from '../../../src/lib/model/theme-profile.ts';
import { compareYears } from '../../../src/lib/model/year-comparison.ts';
import {
  chartPartValues,
  colourChartPoints,
  pptxChartData,
  type BarChartSpec,
} from '../../../src/lib/export/native-chart.ts';
import { compareBarSpec, timelineBarSpec } from '../../../src/lib/export/view-charts.ts';
import { enTr, zhTr } from '../../support/i18n.ts';
import { miniCorpus } from '../../support/mini-corpus.ts';

const index = indexCorpus(miniCorpus());
const colors = new Map(index.themes.map((t) => [t.id, t.color]));

describe('compareBarSpec', () => {
  it('themes as rows, one series per year with its shares, each row its theme’s colour', () => {
    // The mini corpus against a record, so both sides count distinct concepts: 2029's record codes
    // data-flow (data) and coded-only (infra): 0.5, 0, 0.5; 2030's text says data-flow and
    // data-security (data), artificial-intelligence and ai-governance (ai), computing (infra): 2/5,
    // 2/5, 1/5.
    const spec = compareBarSpec(compareYears(index, 2029, 2030), colors, enTr);
    expect(spec.categories).toEqual(['Data', 'AI', 'Infrastructure']);
    expect(spec.series).toEqual([
      { name: '2029 (coded from its record: 2 concepts)', values: [0.5, 0, 0.5], coded: true },
      { name: '2030 (text: 5 distinct concepts)', values: [0.4, 0.4, 0.2], coded: false },
    ]);
    expect(spec.colors).toEqual(['#009E73', '#CC79A7', '#0072B2']);
    expect(pptxChartData(spec)[1]).toEqual({
      name: '2030 (text: 5 distinct concepts)',
      labels: ['Data', 'AI', 'Infrastructure'],
      values: [0.4, 0.4, 0.2],
    });
  });
});

describe('the native charts in Chinese', () => {
  it('name the themes by their Chinese labels and the series in Chinese', () => {
    const corpus = miniCorpus();
    const themes = corpus.codebook.themes.map((t) => ({ ...t, labelZh: `主题${t.id}` }));
    const zhIndex = indexCorpus({ ...corpus, codebook: { ...corpus.codebook, themes } });
    const spec = compareBarSpec(compareYears(zhIndex, 2029, 2030), colors, zhTr);
    expect(spec.categories).toEqual(['主题data', '主题ai', '主题infra']);
    expect(spec.series.map((s) => s.name)).toEqual([
      '2029年（据其记录编码：2个概念）',
      '2030年（文本：5个不同概念）',
    ]);
    const timeline = timelineBarSpec(
      [themeProfile(zhIndex, 2029), themeProfile(zhIndex, 2030)],
      null,
      colors,
      zhTr,
    )!;
    expect(timeline.categories).toEqual(['2029年（编码所得）', '2030年']);
    expect(timeline.series.map((s) => s.name)).toEqual(['主题data', '主题ai', '主题infra']);
  });
});

describe('timelineBarSpec', () => {
  it('one stacked bar per year, one series per theme shown, record years marked', () => {
    const spec = timelineBarSpec(
      [themeProfile(index, 2029), themeProfile(index, 2030)],
      ['data', 'ai'],
      colors,
      enTr,
    )!;
    expect(spec.categories).toEqual(['2029 (coded)', '2030']);
    expect(spec.series.map((s) => [s.name, s.values])).toEqual([
      ['Data', [0.5, 0.5]],
      ['AI', [0, 0.375]],
    ]);
    expect(spec.colors).toEqual(['#009E73', '#CC79A7']);
    expect(spec.codedCategories).toEqual([true, false]);
    expect(timelineBarSpec([], null, colors, enTr)).toBeNull();
  });
});

// A chart part as pptxgenjs writes it, cut to what matters here.
const part = (series: string[]) =>
  `<c:chartSpace><c:barChart>${series
    .map(
      (v, i) =>
        `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:spPr><a:solidFill><a:srgbClr val="555555"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/><c:dLbls><c:numFmt formatCode="0%" sourceLinked="0"/></c:dLbls><c:cat/><c:val><c:numRef><c:numCache><c:ptCount val="1"/><c:pt idx="0"><c:v>${v}</c:v></c:pt></c:numCache></c:numRef></c:val></c:ser>`,
    )
    .join('')}</c:barChart></c:chartSpace>`;

describe('colourChartPoints', () => {
  const spec: BarChartSpec = {
    categories: ['Data'],
    series: [
      { name: '2029', values: [0.5], coded: true },
      { name: '2030', values: [0.25], coded: false },
    ],
    colorBy: 'category',
    colors: ['#009e73'],
    grouping: 'clustered',
    format: 'percent',
  };

  it('gives each bar its category’s colour, hatched for a record year, before the labels', () => {
    const xml = colourChartPoints(part(['0.5', '0.25']), spec);
    const [first, second] = xml.split('</c:ser>');
    expect(first).toContain(
      '<c:dPt><c:idx val="0"/><c:invertIfNegative val="0"/><c:bubble3D val="0"/><c:spPr><a:pattFill prst="wdUpDiag"><a:fgClr><a:srgbClr val="009E73"/>',
    );
    expect(second).toContain('<c:dPt><c:idx val="0"/>');
    expect(second).toContain('<a:solidFill><a:srgbClr val="009E73"/></a:solidFill>');
    expect(second).not.toContain('pattFill');
    // Schema order: dPt before dLbls.
    expect(first!.indexOf('<c:dPt>')).toBeLessThan(first!.indexOf('<c:dLbls>'));
    // The legend key of a record year is hatched grey.
    expect(first).toMatch(/<c:spPr><a:pattFill prst="wdUpDiag"><a:fgClr><a:srgbClr val="555555"/);
  });

  it('reads back the values it holds', () => {
    expect(chartPartValues(part(['0.5', '0.25']))).toEqual([[0.5], [0.25]]);
  });
});

describe('a slide with a native chart', () => {
  it('holds ppt/charts/chart1.xml with the shares, coloured, and the source line as text', async () => {
    const { pptxOf } = await import('../../../src/browser/export/exporters.ts');
    const comparison = compareYears(index, 2029, 2030);
    const native = compareBarSpec(comparison, colors, enTr);
    const ctx = {
      title: 'Compare 2029 and 2030',
      subtitle: 'Shares',
      sourceLine: 'Source: fixture texts',
      permalink: 'https://example.org/#/compare?a=2029&b=2030',
      citations: { apa: 'A', chicago: 'C', gbt: 'G' },
      native,
    } as unknown as Parameters<typeof pptxOf>[0][number]['ctx'];
    const framed = { svg: '<svg/>', width: 10, height: 10 };
    const blob = await pptxOf([{ framed, ctx }], 'Deck', enTr);
    const parts = unzipSync(new Uint8Array(await blob.arrayBuffer()));
    const chart = strFromU8(parts['ppt/charts/chart1.xml']!);
    expect(chartPartValues(chart)).toEqual([
      [0.5, 0, 0.5],
      [0.4, 0.4, 0.2],
    ]);
    expect(chart).toContain('<a:srgbClr val="CC79A7"/>');
    expect(chart).toContain('wdUpDiag');
    // No picture on the slide: the chart is the chart.
    expect(
      Object.keys(parts).filter((n) => n.startsWith('ppt/media/') && !n.endsWith('/')),
    ).toEqual([]);
    const slide = strFromU8(parts['ppt/slides/slide1.xml']!);
    expect(slide).toContain('Source: fixture texts');
    expect(slide).toContain('<c:chart ');
  });
});
