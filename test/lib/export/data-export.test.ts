import { describe, expect, it } from 'vitest';
import {
  csvField,
  dataReadme,
  fileBaseName,
  tableToCsv,
  tableToJson,
  type DataExportMeta,
} from '../../../src/lib/export/data-export.ts';
import { enTr, zhTr } from '../../support/i18n.ts';
import type { DataTable } from '../../../src/lib/export/exportable-chart.ts';

const table: DataTable = {
  caption: 'Concepts with their mentions',
  columns: [
    { key: 'concept', label: 'Concept' },
    { key: 'mentions', label: 'Mentions', numeric: true },
    { key: 'coded', label: 'Coded' },
  ],
  rows: [
    { concept: 'AI governance', mentions: 4, coded: false },
    { concept: 'data, "flows"', mentions: 0, coded: true, extra: 'dropped' },
    { concept: null, mentions: -2, coded: null },
  ],
};

const meta: DataExportMeta = {
  title: 'Concept graph · 2024',
  subtitle: 'Linked when one sentence says both',
  url: 'https://example.org/#/graph?year=2024',
  codebookVersion: '1.0.0',
  sources: [
    {
      title: 'Chair’s Statement 2024',
      date: '2024-11-21',
      url: 'https://www.cac.gov.cn/x.htm',
      basis: 'full text',
    },
  ],
  exported: '2025-03-04',
  citation: 'A citation.',
};

describe('csvField', () => {
  it.each<[string | number | boolean | null, string]>([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\rhere', '"cr\rhere"'],
    // Formula injection: text that a spreadsheet would run is prefixed with ' and quoted.
    ['=1+1', `"'=1+1"`],
    ['+33 1 23', `"'+33 1 23"`],
    ['-5', `"'-5"`],
    ['@SUM(A1)', `"'@SUM(A1)"`],
    ['\tindent', `"'\tindent"`],
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['a=b', 'a=b'],
    // Numbers are numbers, negative ones too; null is empty.
    [-5, '-5'],
    [0.25, '0.25'],
    [Number.NaN, ''],
    [true, 'true'],
    [null, ''],
  ])('%j → %s', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });
});

describe('tableToCsv', () => {
  it('writes a BOM, the labels, one CRLF line per row, and only the table’s columns', () => {
    expect(tableToCsv(table)).toBe(
      '\uFEFFConcept,Mentions,Coded\r\nAI governance,4,false\r\n"data, ""flows""",0,true\r\n,-2,\r\n',
    );
  });
});

describe('tableToJson', () => {
  it('keeps the rows by column key, with the title, link, sources and citation', () => {
    const json = JSON.parse(tableToJson(table, meta));
    expect(json).toEqual({
      title: 'Concept graph · 2024',
      subtitle: 'Linked when one sentence says both',
      url: 'https://example.org/#/graph?year=2024',
      exported: '2025-03-04',
      codebookVersion: '1.0.0',
      citation: 'A citation.',
      sources: meta.sources,
      caption: 'Concepts with their mentions',
      columns: [
        { key: 'concept', label: 'Concept', numeric: false },
        { key: 'mentions', label: 'Mentions', numeric: true },
        { key: 'coded', label: 'Coded', numeric: false },
      ],
      rows: [
        { concept: 'AI governance', mentions: 4, coded: false },
        { concept: 'data, "flows"', mentions: 0, coded: true },
        { concept: null, mentions: -2, coded: null },
      ],
    });
  });
});

describe('dataReadme', () => {
  it('names the files, the columns, the sources, the codebook version and the link', () => {
    const text = dataReadme(table, meta, 'graph-2024', enTr);
    for (const line of [
      'Concept graph · 2024',
      'View it again: https://example.org/#/graph?year=2024',
      '- graph-2024.csv: Concepts with their mentions (3 rows;',
      '- graph-2024.json:',
      '- Mentions (mentions, number)',
      '- Chair’s Statement 2024, 2024-11-21 (full text): https://www.cac.gov.cn/x.htm',
      'Codebook version: 1.0.0.',
      'A citation.',
    ])
      expect(text).toContain(line);
  });
});

describe('dataReadme in Chinese', () => {
  it('says what the files hold in Chinese; the data’s own words stay as they are', () => {
    const text = dataReadme(table, meta, 'graph-2024', zhTr);
    for (const line of [
      'Concept graph · 2024',
      '再次查看：https://example.org/#/graph?year=2024',
      '- graph-2024.csv：Concepts with their mentions（3行；UTF-8 编码，',
      '- Mentions（mentions，数值）',
      '- Chair’s Statement 2024，2024-11-21（full text）：https://www.cac.gov.cn/x.htm',
      '编码本版本：1.0.0。',
      '引用格式',
    ])
      expect(text).toContain(line);
    expect(text).not.toContain('View it again');
  });
});

describe('fileBaseName', () => {
  it.each([
    ['graph', 'Concept graph · AI governance · 2024', 'graph-concept-ai-governance-2024'],
    ['compare', 'Compare 2023 and 2024', 'compare-2023-and-2024'],
    ['read', 'Café — «données»', 'read-cafe-donnees'],
    ['map', '', 'map'],
    ['', '···', 'chart'],
  ])('%s + %s → %s', (id, title, expected) => {
    expect(fileBaseName(id, title)).toBe(expected);
  });

  it('stays under 60 characters and ends on a whole word', () => {
    const name = fileBaseName(
      'graph',
      'one two three four five six seven eight nine ten eleven twelve',
    );
    expect(name).toBe('graph-one-two-three-four-five-six-seven-eight-nine-ten');
  });
});
