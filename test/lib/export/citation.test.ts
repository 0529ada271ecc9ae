import { describe, expect, it } from 'vitest';
import {
  formatCitation,
  isoDay,
  paragraphNumber,
  sentenceCitation,
  documentCitation,
  type CitationStyle,
  type ChartCitation,
  type SentenceCitation,
} from '../../../src/lib/export/citation.ts';
import { enTr, zhTr } from '../../support/i18n.ts';

const sentence: SentenceCitation = {
  kind: 'sentence',
  title: 'Chair’s Statement of the 2024 Global Development Initiative Digital Cooperation Forum',
  date: '2024-11-21',
  paragraph: 5,
  source: 'https://www.cac.gov.cn/2024-11/21/c_1733794921066666.htm',
  permalink: 'https://example.org/explorer/#/read?doc=2024-chair-statement&s=p5.s2',
  accessed: '2025-03-04',
};

const chart: ChartCitation = {
  kind: 'chart',
  title: 'Concept graph · AI governance · 2024',
  codebookVersion: '1.0.0',
  permalink: 'https://example.org/explorer/#/graph?year=2024&focus=ai-governance',
  accessed: '2025-03-04',
};

describe('formatCitation: a sentence', () => {
  it.each<[CitationStyle, string]>([
    [
      'apa',
      'Chair’s Statement of the 2024 Global Development Initiative Digital Cooperation Forum [Paragraph 5]. (2024, November 21). https://www.cac.gov.cn/2024-11/21/c_1733794921066666.htm. Retrieved March 4, 2025, from GDI Digital Cooperation Explorer: https://example.org/explorer/#/read?doc=2024-chair-statement&s=p5.s2',
    ],
    [
      'chicago',
      '“Chair’s Statement of the 2024 Global Development Initiative Digital Cooperation Forum,” para. 5. November 21, 2024. https://www.cac.gov.cn/2024-11/21/c_1733794921066666.htm. Accessed March 4, 2025, via GDI Digital Cooperation Explorer. https://example.org/explorer/#/read?doc=2024-chair-statement&s=p5.s2.',
    ],
    [
      'gbt',
      'Chair’s Statement of the 2024 Global Development Initiative Digital Cooperation Forum[EB/OL]. (2024-11-21)[2025-03-04]. https://www.cac.gov.cn/2024-11/21/c_1733794921066666.htm. Para. 5, via GDI Digital Cooperation Explorer: https://example.org/explorer/#/read?doc=2024-chair-statement&s=p5.s2.',
    ],
  ])('%s', (style, expected) => {
    expect(formatCitation(sentence, style, enTr).text).toBe(expected);
  });

  it('italicises the document’s title in APA and the explorer’s name in Chicago', () => {
    expect(formatCitation(sentence, 'apa', enTr).parts[0]).toEqual({
      text: sentence.title,
      italic: true,
    });
    expect(
      formatCitation(sentence, 'chicago', enTr)
        .parts.filter((p) => p.italic)
        .map((p) => p.text),
    ).toEqual(['GDI Digital Cooperation Explorer']);
    expect(formatCitation(sentence, 'gbt', enTr).parts.every((p) => !p.italic)).toBe(true);
  });

  it('leaves out the source URL of a document that has none', () => {
    const own = { ...sentence, title: 'My notes', source: '', paragraph: 2, date: '2025-01-09' };
    expect(formatCitation(own, 'apa', enTr).text).toBe(
      'My notes [Paragraph 2]. (2025, January 9). Retrieved March 4, 2025, from GDI Digital Cooperation Explorer: https://example.org/explorer/#/read?doc=2024-chair-statement&s=p5.s2',
    );
    expect(formatCitation(own, 'gbt', enTr).text).toBe(
      'My notes[EB/OL]. (2025-01-09)[2025-03-04]. Para. 2, via GDI Digital Cooperation Explorer: https://example.org/explorer/#/read?doc=2024-chair-statement&s=p5.s2.',
    );
  });
});

describe('formatCitation: a whole document (the reader without a sentence)', () => {
  const doc = documentCitation(
    {
      title:
        'Chair’s Statement of the 2024 Global Development Initiative Digital Cooperation Forum',
      date: '2024-11-21',
      source: 'https://www.cac.gov.cn/2024-11/21/c_1733794921066666.htm',
    },
    'https://example.org/explorer/#/read?doc=2024-chair-statement',
    '2025-03-04',
  );
  it.each<[CitationStyle, string]>([
    [
      'apa',
      'Chair’s Statement of the 2024 Global Development Initiative Digital Cooperation Forum. (2024, November 21). https://www.cac.gov.cn/2024-11/21/c_1733794921066666.htm. Retrieved March 4, 2025, from GDI Digital Cooperation Explorer: https://example.org/explorer/#/read?doc=2024-chair-statement',
    ],
    [
      'chicago',
      '“Chair’s Statement of the 2024 Global Development Initiative Digital Cooperation Forum.” November 21, 2024. https://www.cac.gov.cn/2024-11/21/c_1733794921066666.htm. Accessed March 4, 2025, via GDI Digital Cooperation Explorer. https://example.org/explorer/#/read?doc=2024-chair-statement.',
    ],
    [
      'gbt',
      'Chair’s Statement of the 2024 Global Development Initiative Digital Cooperation Forum[EB/OL]. (2024-11-21)[2025-03-04]. https://www.cac.gov.cn/2024-11/21/c_1733794921066666.htm. Via GDI Digital Cooperation Explorer: https://example.org/explorer/#/read?doc=2024-chair-statement.',
    ],
  ])('%s', (style, expected) => {
    expect(formatCitation(doc, style, enTr).text).toBe(expected);
  });
});

describe('formatCitation: a chart', () => {
  it.each<[CitationStyle, string]>([
    [
      'apa',
      'GDI Digital Cooperation Explorer. (2025). Concept graph · AI governance · 2024 [Interactive chart; codebook 1.0.0]. Retrieved March 4, 2025, from https://example.org/explorer/#/graph?year=2024&focus=ai-governance',
    ],
    [
      'chicago',
      'GDI Digital Cooperation Explorer. “Concept graph · AI governance · 2024.” Interactive chart, codebook 1.0.0. Accessed March 4, 2025. https://example.org/explorer/#/graph?year=2024&focus=ai-governance.',
    ],
    [
      'gbt',
      'GDI Digital Cooperation Explorer. Concept graph · AI governance · 2024: codebook 1.0.0[DB/OL]. [2025-03-04]. https://example.org/explorer/#/graph?year=2024&focus=ai-governance.',
    ],
  ])('%s', (style, expected) => {
    expect(formatCitation(chart, style, enTr).text).toBe(expected);
  });

  it('does not double the period of a title that ends with one (Chicago)', () => {
    expect(formatCitation({ ...chart, title: 'What is new?' }, 'chicago', enTr).text).toContain(
      '“What is new?” Interactive chart',
    );
  });

  it('refuses a date that is not ISO rather than printing a wrong one', () => {
    expect(() => formatCitation({ ...chart, accessed: '4/3/2025' }, 'apa', enTr)).toThrow(
      /ISO date/,
    );
  });
});

describe('helpers', () => {
  it.each([
    ['p5', 5],
    ['p12', 12],
    ['x', 0],
  ])('paragraphNumber(%s) = %s', (id, n) => expect(paragraphNumber(id)).toBe(n));

  it('isoDay writes the calendar day with two-digit month and day', () => {
    expect(isoDay(new Date(2025, 2, 4, 23, 59))).toBe('2025-03-04');
  });
});

describe('sentenceCitation', () => {
  it('takes the document’s title, date and source and the paragraph’s number', () => {
    expect(
      sentenceCitation(
        {
          doc: { title: 'T', date: '2024-11-21', source: 'https://s.org' },
          sentence: { paragraph: 'p12' },
        },
        'https://x.org/#/read?doc=d&s=p12.s1',
        '2025-01-01',
      ),
    ).toEqual({
      kind: 'sentence',
      title: 'T',
      date: '2024-11-21',
      paragraph: 12,
      source: 'https://s.org',
      permalink: 'https://x.org/#/read?doc=d&s=p12.s1',
      accessed: '2025-01-01',
    });
  });
});

describe('a translated title', () => {
  // The 2024 statement's English page has no title: the English title is the explorer's rendering.
  const translated = sentenceCitation(
    {
      doc: {
        title: 'Chair’s Statement',
        originalTitle: '主席声明',
        date: '2024-11-21',
        source: 'https://s.org',
      },
      sentence: { paragraph: 'p3' },
    },
    'https://x.org/#/read?doc=d&s=p3.s1',
    '2025-01-01',
  );

  it('cites the original title first, the translation after it, saying whose it is', () => {
    expect(formatCitation(translated, 'gbt', enTr).text).toBe(
      '主席声明 [Chair’s Statement; title translated by the GDI Digital Cooperation Explorer][EB/OL]. (2024-11-21)[2025-01-01]. https://s.org. Para. 3, via GDI Digital Cooperation Explorer: https://x.org/#/read?doc=d&s=p3.s1.',
    );
    expect(
      formatCitation(translated, 'apa', enTr).text.startsWith('主席声明 [Chair’s Statement;'),
    ).toBe(true);
    expect(
      formatCitation(
        documentCitation(
          { title: 'T', originalTitle: '原题', date: '2024-11-21', source: '' },
          'https://x.org/#/read?doc=d',
          '2025-01-01',
        ),
        'chicago',
        enTr,
      ).text.startsWith('“原题 [T; title translated by the GDI Digital Cooperation Explorer].”'),
    ).toBe(true);
  });
});

describe('formatCitation in Chinese', () => {
  it('gives each style’s fixed words in Chinese, keeping its order and punctuation', () => {
    expect(formatCitation(sentence, 'gbt', zhTr).text).toBe(
      'Chair’s Statement of the 2024 Global Development Initiative Digital Cooperation Forum[EB/OL]. (2024-11-21)[2025-03-04]. https://www.cac.gov.cn/2024-11/21/c_1733794921066666.htm. 第5段，引自全球发展倡议数字合作探索器: https://example.org/explorer/#/read?doc=2024-chair-statement&s=p5.s2.',
    );
    expect(formatCitation(sentence, 'apa', zhTr).text).toBe(
      'Chair’s Statement of the 2024 Global Development Initiative Digital Cooperation Forum [第5段]. (2024年11月21日). https://www.cac.gov.cn/2024-11/21/c_1733794921066666.htm. 检索于2025年3月4日，取自全球发展倡议数字合作探索器：https://example.org/explorer/#/read?doc=2024-chair-statement&s=p5.s2',
    );
    const chicago = formatCitation(sentence, 'chicago', zhTr);
    expect(chicago.text).toBe(
      '“Chair’s Statement of the 2024 Global Development Initiative Digital Cooperation Forum”，第5段。2024年11月21日。 https://www.cac.gov.cn/2024-11/21/c_1733794921066666.htm. 访问日期：2025年3月4日，见全球发展倡议数字合作探索器。https://example.org/explorer/#/read?doc=2024-chair-statement&s=p5.s2',
    );
    expect(chicago.parts.filter((p) => p.italic).map((p) => p.text)).toEqual([
      '全球发展倡议数字合作探索器',
    ]);
  });

  it('cites a chart with its Chinese title', () => {
    const zhChart = { ...chart, title: '概念网络 · 人工智能治理 · 2024年' };
    expect(formatCitation(zhChart, 'gbt', zhTr).text).toBe(
      '全球发展倡议数字合作探索器. 概念网络 · 人工智能治理 · 2024年：编码本 1.0.0[DB/OL]. [2025-03-04]. https://example.org/explorer/#/graph?year=2024&focus=ai-governance.',
    );
    expect(formatCitation(zhChart, 'apa', zhTr).parts).toEqual([
      { text: '全球发展倡议数字合作探索器. (2025). ' },
      { text: '概念网络 · 人工智能治理 · 2024年', italic: true },
      {
        text: ' [交互式图表；编码本 1.0.0]. 检索于2025年3月4日，取自https://example.org/explorer/#/graph?year=2024&focus=ai-governance',
      },
    ]);
  });
});
