import { describe, expect, it } from 'vitest';
import {
  chartSources,
  chartYears,
  languageRuns,
  sourceLine,
} from '../../../src/lib/export/sources.ts';
import { indexCorpus } from '../../../src/lib/model/corpus-index.ts';
import { DEFAULT_STATE } from '../../../src/lib/state/url-state.ts';
import { enTr, zhTr } from '../../support/i18n.ts';
import { miniCorpus, realCorpus } from '../../support/mini-corpus.ts';

const index = indexCorpus(miniCorpus());

describe('chartSources', () => {
  it('names the text of a text year and the record of a record year, in year order', () => {
    expect(chartSources(index, null, enTr)).toEqual([
      {
        title: 'Fixture record',
        date: '2029-11-09',
        url: 'https://example.org/2029',
        basis: 'record: concepts coded by hand',
      },
      {
        title: 'Fixture statement',
        date: '2030-05-01',
        url: 'https://example.org/fixture',
        basis: 'full text',
      },
    ]);
  });

  it('keeps only the year shown', () => {
    expect(chartSources(index, 2030, enTr).map((s) => s.title)).toEqual(['Fixture statement']);
    expect(chartSources(index, 1999, enTr)).toEqual([]);
  });
});

describe('chartYears', () => {
  const real = indexCorpus(realCorpus());
  it('on Compare, only the two years compared: their documents, not every year’s', () => {
    const years = chartYears(real, { ...DEFAULT_STATE, route: 'compare', a: 2023, b: 2024 });
    expect(years).toEqual([2023, 2024]);
    expect(chartSources(real, years, enTr).map((s) => s.title)).toEqual([
      "Chair's Statement of Global Development Initiative Digital Cooperation Forum 2023",
      "Chair's Statement of the 2024 Global Development Initiative Digital Cooperation Forum (2024年全球发展倡议数字合作论坛主席声明)",
    ]);
  });

  it('on Compare without years, the default pair; elsewhere the chosen year, or all', () => {
    expect(chartYears(real, { ...DEFAULT_STATE, route: 'compare' })).toEqual([2024, 2025]);
    expect(chartYears(real, { ...DEFAULT_STATE, route: 'graph', year: 2022 })).toEqual([2022]);
    expect(chartYears(real, { ...DEFAULT_STATE, route: 'graph' })).toBeNull();
  });
});

describe('sourceLine', () => {
  it('lists the sources with short dates and how each year is known, then the explorer', () => {
    expect(sourceLine(chartSources(index, null, enTr), '0.1.0', enTr)).toBe(
      'Source: Fixture record (9 Nov 2029, record: concepts coded by hand); Fixture statement (1 May 2030, full text) · GDI Digital Cooperation Explorer, codebook 0.1.0',
    );
  });

  it('says when there is nothing to cite', () => {
    expect(sourceLine([], '2', enTr)).toBe(
      'Source: no source texts · GDI Digital Cooperation Explorer, codebook 2',
    );
  });
});

describe('in Chinese', () => {
  it('says the source line, the dates and each basis in Chinese, data titles as they are', () => {
    expect(sourceLine(chartSources(index, null, zhTr), '0.1.0', zhTr)).toBe(
      '来源：Fixture record（2029年11月9日，记录：概念由人工编码）；Fixture statement（2030年5月1日，全文） · 全球发展倡议数字合作探索器，编码本 0.1.0',
    );
    expect(sourceLine([], '2', zhTr)).toBe(
      '来源：无来源文本 · 全球发展倡议数字合作探索器，编码本 2',
    );
  });

  it('names a translated document by its original (Chinese) title first', () => {
    const real = indexCorpus(realCorpus());
    expect(chartSources(real, 2024, zhTr).map((s) => s.title)).toEqual([
      "2024年全球发展倡议数字合作论坛主席声明（Chair's Statement of the 2024 Global Development Initiative Digital Cooperation Forum）",
    ]);
  });
});

describe('languageRuns', () => {
  it('marks the English titles a Chinese source line quotes, and leaves the Chinese as it is', () => {
    const line =
      "来源：2024年主席声明（Chair's Statement of the 2024 Forum）（2024年11月21日，全文）；GDI Digital Inclusion Action Initiative（2025年11月8日，记录） · 全球发展倡议数字合作探索器，编码本 1.0.0";
    const runs = languageRuns(line, zhTr);
    expect(runs.map((r) => r.text).join('')).toBe(line);
    expect(runs.filter((r) => r.lang === 'en').map((r) => r.text)).toEqual([
      "Chair's Statement of the 2024 Forum",
      'GDI Digital Inclusion Action Initiative',
    ]);
  });

  it('leaves an English line whole', () => {
    expect(languageRuns('Source: a (1 May 2030, full text)', enTr)).toEqual([
      { text: 'Source: a (1 May 2030, full text)' },
    ]);
  });
});
